import Foundation
import MustDoCore

/// MustDo's own customer JSON (what `customers export --format json` writes): an array of objects keyed by
/// `CustomerRecordText.columns`, people as objects and tags as an array.
enum CustomersImportJSON {
    /// The cards of a JSON array; a value that is not as typed throws `CustomerImportProblem` naming the card and key.
    static func cards(_ text: String, today: LocalDate) throws -> [Customer] {
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
