#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import MustDoCore

/// `mustdo customers export [--format json|csv|vcf] [--version 3.0|4.0] [--output P] [--force]`: every card (archived
/// included) as MustDo's JSON or CSV, or as vCard in one file or a folder of one `.vcf` per card; read back by `customers import`.
struct CustomersExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "export", abstract: CLIText.helpLanguage.text(.cxExportAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.cxExportFormatHelp), valueName: "format")) var format = "json"
    @Option(name: .customLong("version"), help: ArgumentHelp(CLIText.helpLanguage.text(.cxVersionHelp), valueName: "version")) var vCardVersion: String?
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.cxOutputHelp), valueName: "path")) var output: String?
    @Flag(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.forceOptionHelp))) var force = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let language = context.language
            let format = self.format.lowercased()
            guard ["json", "csv", "vcf"].contains(format) else { throw MustDoError.invalidInput(.cxBadExportFormat, ["text": self.format.quotedForMessage()]) }
            var version = VCardVersion.v3
            if let v = vCardVersion {
                guard format == "vcf" else { throw MustDoError.invalidInput(.cxVersionNeedsVCF, [:]) }
                guard let parsed = VCardVersion(rawValue: v == "3" ? "3.0" : v == "4" ? "4.0" : v) else {
                    throw MustDoError.invalidInput(.cxBadVersion, ["text": v.quotedForMessage()])
                }
                version = parsed
            }
            let folder = format == "vcf" ? output.flatMap { CustomersExportCommand.isFolder($0) ? $0 : nil } : nil
            let target = OutputTarget(path: output, force: force, language: language)
            if folder == nil { try target.check() }
            let db = try context.openCustomers()
            let cards = try db.customers() + db.customers(CustomerQuery(archived: true))
            let summary = language.text(.cxExportedCount, ["count": String(cards.count)])
            switch format {
            case "vcf":
                let uids = try db.customerUIDs(cards)
                let vcards = cards.map { CustomerContact.vCard($0, uid: uids[$0.id] ?? CustomerContact.derivedUID($0), version: version) }
                if let folder {
                    try CustomersExportCommand.writeFolder(vcards, to: folder, force: force)
                    Output.out(language.text(.cxExportedFolder, ["count": String(cards.count), "path": folder]) + "\n")
                } else {
                    try target.write(VCardWriter.write(vcards), summary: summary)
                }
            case "csv":
                try target.write(CustomerRecordText.csv(cards), summary: summary)
            default:
                try target.write(CustomersExportCommand.json(cards), summary: summary)
            }
        }
    }

    /// Whether `path` names a folder to write one `.vcf` per card into: an existing folder, or a path ending in `/`.
    static func isFolder(_ path: String) -> Bool {
        if path.hasSuffix("/") { return true }
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Writes one `.vcf` per card into `folder` (made 0700 when missing); refuses, before writing anything, to
    /// replace files already there unless `force`.
    static func writeFolder(_ cards: [VCard], to folder: String, force: Bool) throws {
        if !force {
            var existing = 0
            for card in cards {
                let path = (folder.hasSuffix("/") ? folder : folder + "/") + VCardFolder.fileName(uid: card.resolvedUID)
                var st = stat()
                if lstat(path, &st) == 0 { existing += 1 }
            }
            if existing > 0 { throw MustDoError.invalidInput(.cxFolderWouldReplace, ["path": folder, "count": String(existing)]) }
        }
        do {
            try VCardFolder.write(cards, to: folder)
        } catch let e as ExchangeError {
            throw MustDoError.outputNotWritten(path: folder, reason: e.message(.en))
        }
    }

    /// MustDo's own JSON of `cards`: one object per card with every column, people as objects, tags as an array.
    static func json(_ cards: [Customer]) -> String {
        JSONWriter.array(cards.map { c in
            let r = CustomerRecordText.record(c)
            return JSONWriter.object(CustomerRecordText.columns.map { key in
                switch key {
                case "people": return (key, JSONWriter.array(c.people.map { p in
                    JSONWriter.object([("name", JSONWriter.quote(p.name)), ("role", JSONWriter.quote(p.role.rawValue)), ("note", JSONWriter.quote(p.note))])
                }))
                case "tags": return (key, JSONWriter.array(c.tags.map(JSONWriter.quote)))
                default: return (key, JSONWriter.quote(r[key] ?? ""))
                }
            })
        }) + "\n"
    }
}
