import MustDoCore
import TerminalUI

/// The console's faces of a `SalesRanking`: aligned text with the 80% line drawn between the rows, JSON, and Markdown.
struct SalesRankingPrinter {
    let ranking: SalesRanking
    let language: Language
    /// What stands where there is nothing to compare (looked up once, not once per cell).
    private let none: String

    init(ranking: SalesRanking, language: Language) {
        self.ranking = ranking
        self.language = language
        none = language.text(.salesChangeNone)
    }

    /// The widest customer column, in terminal columns; longer names are cut with `…`.
    static let customerWidth = 32

    private func change(_ c: Double?) -> String { c.map(SalesRanking.signedPercent) ?? none }
    private func who(_ c: SalesRanking.Customer) -> String { c.name.isEmpty ? c.number : c.number + " " + c.name }

    /// The lines above the table: title, totals, the two comparisons.
    private func summary() -> [String] {
        let r = ranking
        var lines = [language.text(.salesRankTotal, ["count": String(r.buyingCount), "amount": r.total.grouped, "volume": r.totalVolume.description])]
        if let p = r.month.previous {
            lines.append(language.text(.salesRankVsPrevious, ["month": p.description, "amount": r.previousTotal.grouped, "change": change(r.totalVsPrevious)]))
        }
        if let y = r.month.yearBefore {
            lines.append(language.text(.salesRankVsYear, ["month": y.description, "amount": r.yearBeforeTotal.grouped, "change": change(r.totalVsYearBefore)]))
        }
        return lines
    }

    private var lineText: String {
        language.text(.salesRankLine, ["count": String(ranking.vitalCount), "customers": SalesRanking.percent(ranking.vitalCustomerShare),
                                       "share": SalesRanking.percent(ranking.vitalSalesShare)])
    }

    private var headers: [String] {
        [language.text(.salesColRank), language.text(.salesColCustomer), language.text(.salesColAmount), language.text(.salesColShare),
         language.text(.salesColCumulative), language.text(.salesColVolume),
         language.text(.salesColVsPrevious, ["month": ranking.month.previous?.description ?? ""]),
         language.text(.salesColVsYear, ["month": ranking.month.yearBefore?.description ?? ""])]
    }

    private func cells(_ row: SalesRanking.Row) -> [String] {
        [row.rank.map(String.init) ?? "-", who(row.customer), row.amount.grouped,
         row.rank == nil ? "" : SalesRanking.percent(row.share), row.rank == nil ? "" : SalesRanking.percent(row.cumulative),
         row.volume.description, change(row.vsPrevious), change(row.vsYearBefore)]
    }

    /// The columns `text` takes: its length for ASCII (every number and most names), else the display width.
    static func width(_ text: String) -> Int {
        var n = 0
        for b in text.utf8 {
            guard b < 0x80 else { return DisplayWidth.of(text) }
            n += 1
        }
        return n
    }

    /// `text` cut to `width` columns with `…`.
    static func clip(_ text: String, _ width: Int) -> String {
        guard SalesRankingPrinter.width(text) > width else { return text }
        var out = "", used = 0
        for c in text {
            let w = DisplayWidth.of(c)
            if used + w > width - 1 { break }
            out.append(c)
            used += w
        }
        return out + "…"
    }

    /// Aligned text: numbers right-aligned, the customer left-aligned, the 80% line after the last vital row.
    func text() -> String {
        var out = language.text(.salesRankTitle, ["month": ranking.month.description]) + "\n"
        for l in summary() { out += l + "\n" }
        let ranked = ranking.rows.filter { $0.rank != nil }, silent = ranking.rows.filter { $0.rank == nil }
        if ranked.isEmpty { out += language.text(.salesRankEmpty, ["month": ranking.month.description]) + "\n" }
        let table = [headers] + ranking.rows.map { cells($0) }.map { c in
            var c = c
            c[1] = SalesRankingPrinter.clip(c[1], SalesRankingPrinter.customerWidth)
            return c
        }
        // Each cell's width once; the column widths from them.
        // Changes and dashes repeat ("—", "−12.5%"): their widths are looked up once.
        var known: [String: Int] = [:]
        let cellWidths = table.map { row in
            row.enumerated().map { i, c -> Int in
                if i == 1 { return SalesRankingPrinter.width(c) }
                if let w = known[c] { return w }
                let w = SalesRankingPrinter.width(c)
                known[c] = w
                return w
            }
        }
        var widths = Array(repeating: 0, count: 8)
        for r in cellWidths { for (i, w) in r.enumerated() { widths[i] = max(widths[i], w) } }
        func line(_ index: Int) -> String {
            let r = table[index]
            var s = ""
            for (i, c) in r.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - cellWidths[index][i])
                s += (i == 0 ? "" : "  ") + (i == 1 ? c + pad : pad + c)
            }
            while s.hasSuffix(" ") { s.removeLast() }
            return s + "\n"
        }
        if !ranked.isEmpty {
            out += "\n" + line(0)
            for i in ranked.indices {
                out += line(i + 1)
                if i + 1 == ranking.vitalCount { out += "── " + lineText + " ──\n" }
            }
        }
        if !silent.isEmpty {
            out += "\n" + language.text(.salesRankSilent, ["month": ranking.month.description]) + "\n"
            if ranked.isEmpty { out += line(0) }
            for i in ranked.count..<ranking.rows.count { out += line(i + 1) }
        }
        return out
    }

    /// A share or change as a JSON number with four decimals, or null.
    private static func number(_ d: Double?) -> String {
        guard let d else { return "null" }
        let n = Int((d * 10_000).rounded())
        let a = abs(n)
        let frac = String(a % 10_000)
        return (n < 0 ? "-" : "") + "\(a / 10_000)." + String(repeating: "0", count: 4 - frac.count) + frac
    }

    /// The ranking as one JSON object (amounts as decimal numbers, shares and changes as fractions).
    func json() -> String {
        let r = ranking
        let rows = r.rows.map { row in
            JSONWriter.object([
                ("rank", JSONWriter.value(row.rank)), ("customer_id", String(row.customer.id)), ("number", JSONWriter.quote(row.customer.number)),
                ("name", JSONWriter.quote(row.customer.name)), ("amount", row.amount.description), ("volume", row.volume.description),
                ("share", SalesRankingPrinter.number(row.share)), ("cumulative", SalesRankingPrinter.number(row.cumulative)),
                ("vital", row.isVital ? "true" : "false"), ("previous", row.previous?.description ?? "null"),
                ("vs_previous", SalesRankingPrinter.number(row.vsPrevious)), ("year_before", row.yearBefore?.description ?? "null"),
                ("vs_year_before", SalesRankingPrinter.number(row.vsYearBefore)),
            ])
        }
        return JSONWriter.object([
            ("month", JSONWriter.quote(r.month.description)), ("total", r.total.description), ("volume", r.totalVolume.description),
            ("previous_month", JSONWriter.value(r.month.previous?.description)), ("previous_total", r.previousTotal.description),
            ("vs_previous", SalesRankingPrinter.number(r.totalVsPrevious)),
            ("year_before_month", JSONWriter.value(r.month.yearBefore?.description)), ("year_before_total", r.yearBeforeTotal.description),
            ("vs_year_before", SalesRankingPrinter.number(r.totalVsYearBefore)),
            ("buying", String(r.buyingCount)), ("vital_count", String(r.vitalCount)),
            ("vital_customer_share", SalesRankingPrinter.number(r.vitalCustomerShare)), ("vital_sales_share", SalesRankingPrinter.number(r.vitalSalesShare)),
            ("rows", JSONWriter.array(rows)),
        ]) + "\n"
    }

    /// A Markdown report: title, totals, the 80% line in bold, and a table with the vital rows marked.
    func markdown() -> String {
        var out = "# " + language.text(.salesRankTitle, ["month": ranking.month.description]) + "\n\n"
        for l in summary() { out += l + "\n" }
        if ranking.buyingCount == 0 {
            out += "\n" + language.text(.salesRankEmpty, ["month": ranking.month.description]) + "\n"
        } else {
            out += "\n**" + lineText + "**\n"
        }
        guard !ranking.rows.isEmpty else { return out }
        func escape(_ s: String) -> String { s.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
        out += "\n| " + (headers + [language.text(.salesColVital)]).joined(separator: " | ") + " |\n"
        out += "|---:|---|---:|---:|---:|---:|---:|---:|:---:|\n"
        for row in ranking.rows {
            var c = cells(row)
            c[1] = escape(c[1])
            out += "| " + (c + [row.isVital ? "✓" : ""]).joined(separator: " | ") + " |\n"
        }
        return out
    }
}
