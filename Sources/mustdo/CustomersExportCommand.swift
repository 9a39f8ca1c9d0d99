import ArgumentParser
import MustDoCore

/// `mustdo customers export [--format json|csv] [--output P] [--force] [--archived]`: MustDo's own JSON or CSV, read back by `customers import`.
struct CustomersExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "export", abstract: CLIText.helpLanguage.text(.custExportAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.custFormatHelp), valueName: "format")) var format = "json"
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.outputOptionHelp), valueName: "path")) var output: String?
    @Flag(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.forceOptionHelp))) var force = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            guard ["json", "csv"].contains(format) else { throw MustDoError.invalidInput(.custBadFormat, ["text": format.quotedForMessage()]) }
            let target = OutputTarget(path: output, force: force, language: context.language)
            try target.check()
            let db = try context.openCustomers()
            let cards = try db.customers() + db.customers(CustomerQuery(archived: true))
            let text: String
            if format == "csv" {
                text = CustomerRecordText.csv(cards)
            } else {
                text = JSONWriter.array(cards.map { c in
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
            try target.write(text, summary: context.language.text(.custExported, ["count": String(cards.count)]))
        }
    }
}
