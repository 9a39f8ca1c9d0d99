/// One section of a review drawn the same way on the screen and in the console: a heading and lines that are facts
/// (a label and its value), plain text, or a table. The screen aligns it, the console prints it as text or Markdown.
public struct ReportSection: Sendable, Equatable {
    /// One line of a section.
    public enum Line: Sendable, Equatable {
        /// A label and its value (`Contacts: 12 …`).
        case fact(String, String)
        /// Free text (a journal note, an item); `indent` levels of two columns.
        case text(String, indent: Int)
        /// A routine item: its state (drawn as the item's check box) and its words (title, and the state when not done).
        case item(OccurrenceState, String)
        /// A table: the header, the rows, and which columns are numbers (right-aligned).
        case table(header: [String], rows: [[String]], numeric: [Bool])
    }

    /// The heading.
    public var heading: String
    /// The lines under it.
    public var lines: [Line]

    /// Creates a section.
    public init(_ heading: String, _ lines: [Line]) {
        self.heading = heading
        self.lines = lines
    }

    /// The section as console text lines (no trailing newline): heading, then facts as `label: value` with the labels
    /// padded to one width, tables with aligned columns; `width(_:)` measures a text in terminal columns.
    public func textLines(width: (String) -> Int, marks: Marks = .unicode) -> [String] {
        var out = [heading]
        let labelWidth = lines.compactMap { if case .fact(let l, _) = $0 { return width(l) } else { return nil } }.max() ?? 0
        for line in lines {
            switch line {
            case .fact(let label, let value):
                out.append("  " + label + ":" + String(repeating: " ", count: labelWidth - width(label) + 1) + value)
            case .text(let t, let indent):
                for part in t.split(separator: "\n", omittingEmptySubsequences: false) {
                    out.append(String(repeating: "  ", count: indent + 1) + part)
                }
            case .item(let state, let t):
                out.append("    " + marks.item(state) + " " + t)
            case .table(let header, let rows, let numeric):
                let all = [header] + rows
                var widths = Array(repeating: 0, count: header.count)
                for r in all { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], width(c)) } }
                for r in all {
                    var s = " "
                    for (i, c) in r.enumerated() where i < widths.count {
                        let pad = String(repeating: " ", count: widths[i] - width(c))
                        s += " " + (numeric[i] ? pad + c : c + pad) + (i + 1 < r.count ? " " : "")
                    }
                    while s.hasSuffix(" ") { s.removeLast() }
                    out.append(s)
                }
            }
        }
        return out
    }

    /// The section as Markdown: `## heading`, facts as a bullet list with the label in bold, tables as pipe tables.
    public func markdown() -> String {
        var out = "## " + heading + "\n\n"
        var inList = false
        for line in lines {
            switch line {
            case .fact(let label, let value):
                out += "- **" + ReportSection.escape(label) + "**: " + ReportSection.escape(value) + "\n"
                inList = true
            case .text(let t, let indent):
                if inList { out += "\n"; inList = false }
                if indent == 0 {
                    out += "**" + ReportSection.escape(t) + "**\n\n"
                } else {
                    let body = t.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + ReportSection.escape(String($0)) }
                    out += body.joined(separator: "\n") + "\n\n"
                }
            case .item(let state, let t):
                out += "- [" + (state == .done ? "x" : " ") + "] " + ReportSection.escape(t) + "\n"
                inList = true
            case .table(let header, let rows, let numeric):
                if inList { out += "\n"; inList = false }
                out += "| " + header.map(ReportSection.escape).joined(separator: " | ") + " |\n"
                out += "|" + numeric.map { $0 ? "---:|" : "---|" }.joined() + "\n"
                for r in rows { out += "| " + r.map(ReportSection.escape).joined(separator: " | ") + " |\n" }
                out += "\n"
            }
        }
        if inList { out += "\n" }
        return out
    }

    /// `text` with the characters Markdown would read as structure escaped (`|`, `*`, `_`, a leading `#`).
    public static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "|", "*", "_", "<", ">", "[", "]": out.append("\\"); out.append(c)
            default: out.append(c)
            }
        }
        if out.hasPrefix("#") { out = "\\" + out }
        return out
    }
}
