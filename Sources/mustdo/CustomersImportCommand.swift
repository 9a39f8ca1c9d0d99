import ArgumentParser
import Foundation
import MustDoCore

/// `mustdo customers import FILE [--dry-run]`: MustDo's own JSON or CSV, checked whole before one transaction writes it.
struct CustomersImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "import", abstract: CLIText.helpLanguage.text(.custImportAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.custFileHelp), valueName: "file")) var file: String
    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(CLIText.helpLanguage.text(.custDryRunHelp))) var dryRun = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let language = context.language
            let text = try TextFile.read(file).text(path: file, role: .customers)!
            let cards: [Customer]
            do {
                cards = try CustomersImportCommand.cards(text, today: context.today)
            } catch let p as CustomerImportProblem {
                var problem = p.error.message(language)
                while problem.hasSuffix(".") || problem.hasSuffix("。") { problem.removeLast() }
                let field = p.card > 0 && p.line == 0 ? "#\(p.card) \(p.field)" : p.field
                throw MustDoError.packInvalid(file: file, line: p.line, field: field, problem: problem)
            }
            let db = try context.openCustomers()
            let result = try db.importCustomers(cards, prefix: context.settings.customers.prefix(on: context.today),
                                                now: context.clock.timestamp(), dryRun: dryRun)
            Output.out(language.text(dryRun ? .custImportDryRun : .custImported,
                                     ["added": String(result.added), "skipped": String(result.skipped.count), "path": file]) + "\n")
        }
    }

    /// The cards of a JSON array (starts with `[`) or of MustDo's CSV.
    static func cards(_ text: String, today: LocalDate) throws -> [Customer] {
        let trimmed = text.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        guard trimmed.first == "[" else { return try CustomerRecordText.cards(csv: text, today: today) }
        guard let array = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any] else {
            throw CustomerImportProblem(line: 0, card: 0, field: "JSON", error: .invalidInput(.custImportNotJSON, [:]))
        }
        var out: [Customer] = []
        for (i, item) in array.enumerated() {
            guard let object = item as? [String: Any] else {
                throw CustomerImportProblem(line: 0, card: i + 1, field: "JSON", error: .invalidInput(.custImportNotJSON, [:]))
            }
            var record: [String: String] = [:]
            for (key, value) in object where CustomerRecordText.columns.contains(key) {
                switch (key, value) {
                case ("people", let list as [Any]):
                    var lines: [String] = []
                    for p in list {
                        guard let p = p as? [String: Any], let name = p["name"] as? String, let role = p["role"] as? String else {
                            throw CustomerImportProblem(line: 0, card: i + 1, field: "people", error: .invalidInput(.custBadPerson, ["text": "\(p)".quotedForMessage()]))
                        }
                        let note = p["note"] as? String ?? ""
                        if name.contains("\n") || note.contains("\n") {
                            throw CustomerImportProblem(line: 0, card: i + 1, field: "people", error: .invalidInput(.custFieldControl, ["option": "people", "char": "\\u{a}"]))
                        }
                        lines.append(CustomerPerson(name: name, role: PersonRole(name: role) ?? .contact, note: note).text)
                        if PersonRole(name: role) == nil {
                            throw CustomerImportProblem(line: 0, card: i + 1, field: "people", error: .invalidInput(.custBadPerson, ["text": (name + ":" + role).quotedForMessage()]))
                        }
                    }
                    record[key] = lines.joined(separator: "\n")
                case ("tags", let list as [Any]):
                    let tags = list.compactMap { $0 as? String }
                    guard tags.count == list.count, !tags.contains(where: { $0.contains(",") }) else {
                        throw CustomerImportProblem(line: 0, card: i + 1, field: "tags", error: .invalidInput(.custBadTag, ["text": "\(list)".quotedForMessage()]))
                    }
                    record[key] = tags.joined(separator: ",")
                case (_, let s as String):
                    record[key] = s
                case (_, is NSNull):
                    record[key] = ""
                default:
                    throw CustomerImportProblem(line: 0, card: i + 1, field: key, error: .invalidInput(.custImportNotText, ["key": key]))
                }
            }
            out.append(try CustomerRecordText.card(record, line: 0, index: i + 1, today: today))
        }
        return out
    }
}
