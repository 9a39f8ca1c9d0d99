/// Writes contacts as MustDo's own CSV (RFC 4180 through `CSVWriter`, with a byte-order mark for spreadsheet
/// programs): the columns of `ContactCSVFormat.mustdoColumns`, then one column per custom field name.
///
/// A cell with several values holds one per line; phones, e-mails and relations are written
/// `labels:value` (`cell,voice:+86 138 0000 0000`), addresses `labels:` and ADR's seven parts with vCard
/// escapes, a lunar birthday `lunar:1990-L05-12`, other vCard properties as their content lines.
public enum ContactCSVWriter {
    /// The whole CSV document of `records`.
    public static func write(_ records: [ContactRecord]) -> String {
        var customNames: [String] = []
        var seen = Set<String>()
        for r in records { for f in r.custom where !seen.contains(f.name) && !ContactCSVFormat.mustdoColumns.contains(f.name) { seen.insert(f.name); customNames.append(f.name) } }
        var csv = CSVWriter(bom: true)
        csv.row(ContactCSVFormat.mustdoColumns + customNames)
        for r in records {
            func labeled(_ labels: [String], _ value: String) -> String { labels.joined(separator: ",") + ":" + value }
            var birthday = ""
            if let b = r.birthday { birthday = b.calendar == .lunar ? "lunar:" + b.vCardText(.v3) : b.vCardText(.v3) }
            var row = [r.uid ?? "", r.formattedName, r.name.family, r.name.given, r.name.additional, r.name.prefixes, r.name.suffixes,
                       r.organization, r.department, r.title, r.role,
                       r.phones.map { labeled($0.labels, $0.number) }.joined(separator: "\n"),
                       r.emails.map { labeled($0.labels, $0.address) }.joined(separator: "\n"),
                       r.addresses.map { labeled($0.labels, $0.components.map(VCardText.escape).joined(separator: ";")) }.joined(separator: "\n"),
                       birthday, r.notes, r.categories.joined(separator: "\n"), r.hobbies.joined(separator: "\n"),
                       r.interests.joined(separator: "\n"), r.related.map { labeled($0.types, $0.value) }.joined(separator: "\n"),
                       r.revision ?? "", r.created ?? "",
                       r.otherProperties.map { VCardWriter.line($0, version: .v4) }.joined(separator: "\n")]
            for name in customNames { row.append(r.custom.first { $0.name == name }?.value ?? "") }
            csv.row(row)
        }
        return csv.text
    }
}
