import MustDoCore

/// The team report as a table of words, the one presentation both `mustdo team report` (text and Markdown) and
/// the team screen draw: a title, the column headings and one row of cells per person.
public struct TeamReportTable: Sendable {
    /// The title line (period, its days and the day losing touch is counted on).
    public let title: String
    /// The column headings.
    public let headings: [String]
    /// One row per person, cells in the order of `headings`.
    public let rows: [[String]]
    /// Which columns hold numbers (drawn right-aligned).
    public let numeric: [Bool]

    /// The table of `report` in `language`.
    public init(_ report: TeamReport, language: Language) {
        let kindName: String
        switch report.kind {
        case "month": kindName = language.text(.team2KindMonth)
        case "quarter": kindName = language.text(.team2KindQuarter)
        default: kindName = language.text(.team2KindWeek)
        }
        title = language.text(.team2ReportTitle, ["kind": kindName, "key": report.key, "start": report.start.description,
                                                  "end": report.end.description, "asOf": report.asOf.description])
        headings = [.team2ColPerson, .team2ColPeriod, .team2ColDaily, .team2ColVisits, .team2ColAction, .team2ColOurs,
                    .team2ColTheirs, .team2ColWon, .team2ColLost, .team2ColTouch].map { language.text($0) }
        numeric = [false, true, true, true, true, true, true, true, true, true]
        rows = report.lines.map { l in
            [l.owner.terminalSafe(keepingLineBreaks: false), "\(l.period.done)/\(l.period.total) \(l.period.percent)", "\(l.days.done)/\(l.days.total) \(l.days.percent)",
             String(l.visits), String(l.visitsWithAction), "\(l.oursKept)/\(l.oursBroken)", "\(l.theirsKept)/\(l.theirsBroken)",
             String(l.won), String(l.lost), String(l.losingTouch)]
        }
    }

    /// The table as aligned text lines (title, headings, rows), each column as wide as its widest cell in
    /// terminal columns (`width` measures a string: CJK characters take two).
    public func textLines(width: (String) -> Int) -> [String] {
        var widths = headings.map(width)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], width(cell)) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - width(cell))
                return numeric[i] ? pad + cell : (i == cells.count - 1 ? cell : cell + pad)
            }.joined(separator: "  ")
        }
        return [title, "", line(headings)] + rows.map(line)
    }

    /// The table as Markdown: a heading and a pipe table (`|` in a cell escaped).
    public var markdown: String {
        func line(_ cells: [String]) -> String { "| " + cells.map { $0.replacingAll("|", with: "\\|") }.joined(separator: " | ") + " |" }
        var out = "## " + title + "\n\n" + line(headings) + "\n|" + numeric.map { $0 ? "---:|" : "---|" }.joined() + "\n"
        for row in rows { out += line(row) + "\n" }
        return out
    }
}
