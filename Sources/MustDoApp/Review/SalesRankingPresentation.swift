import MustDoCore
import TerminalUI

/// The sales ranking in words and columns as the sales screen draws it: totals, the two comparisons, and each row cut
/// to the width (numbers whole, the customer's name giving way; the comparisons dropped first when narrow).
struct SalesRankingPresentation: Sendable {
    /// The ranking shown.
    public let ranking: SalesRanking
    /// The language of the words.
    public let language: Language

    /// Presents `ranking` in `language`.
    public init(_ ranking: SalesRanking, language: Language) {
        self.ranking = ranking
        self.language = language
    }

    /// A column of the table.
    public enum Column: Sendable, Equatable {
        case rank, customer, amount, share, cumulative, vsPrevious, vsYear
    }

    private func say(_ key: MessageKey, _ values: [String: String] = [:]) -> String { language.text(key, values) }
    private func change(_ c: Double?) -> String { c.map(SalesRanking.signedPercent) ?? say(.salesChangeNone) }

    /// `4 customers bought; amount 100,000.00, volume 18.` (the console's first summary line).
    public var totalWords: String {
        say(.salesRankTotal, ["count": String(ranking.buyingCount), "amount": ranking.total.grouped, "volume": ranking.totalVolume.description])
    }

    /// The month against the previous month and the same month a year earlier.
    public var comparisons: [String] {
        var out: [String] = []
        if let p = ranking.month.previous {
            out.append(say(.salesRankVsPrevious, ["month": p.description, "amount": ranking.previousTotal.grouped, "change": change(ranking.totalVsPrevious)]))
        }
        if let y = ranking.month.yearBefore {
            out.append(say(.salesRankVsYear, ["month": y.description, "amount": ranking.yearBeforeTotal.grouped, "change": change(ranking.totalVsYearBefore)]))
        }
        return out
    }

    private func widthOf(_ c: Column) -> Int {
        let head = DisplayWidth.of(title(c))
        switch c {
        case .rank: return max(head, String(ranking.rows.count).count)
        case .customer: return 0
        case .amount: return max(head, ranking.rows.map { $0.amount.grouped.count }.max() ?? 0)
        case .share, .cumulative: return max(head, 6)
        case .vsPrevious, .vsYear: return max(head, 8)
        }
    }

    private func title(_ c: Column) -> String {
        switch c {
        case .rank: return say(.salesColRank)
        case .customer: return say(.salesColCustomer)
        case .amount: return say(.salesColAmount)
        case .share: return say(.salesColShare)
        case .cumulative: return say(.salesColCumulative)
        case .vsPrevious: return say(.salesColVsPrevious, ["month": ranking.month.previous?.description ?? ""])
        case .vsYear: return say(.salesColVsYear, ["month": ranking.month.yearBefore?.description ?? ""])
        }
    }

    /// The columns that fit `width` with their widths, the customer taking the rest (at least 8 columns): the year's
    /// comparison goes first, then last month's, then the share.
    public func columns(width: Int) -> [(column: Column, width: Int)] {
        var chosen: [Column] = [.rank, .customer, .amount, .share, .cumulative, .vsPrevious, .vsYear]
        func fixed(_ cs: [Column]) -> Int { cs.filter { $0 != .customer }.reduce(0) { $0 + widthOf($1) + 2 } }
        for drop in [Column.vsYear, .vsPrevious, .share] where width - fixed(chosen) < 8 { chosen.removeAll { $0 == drop } }
        let customer = max(4, width - fixed(chosen))
        return chosen.map { ($0, $0 == .customer ? customer : widthOf($0)) }
    }

    private func cell(_ text: String, _ c: Column, _ w: Int) -> String {
        let t = DisplayWidth.of(text) > w ? Text.truncate(text, toWidth: w, ellipsis: "…") : text
        let pad = String(repeating: " ", count: max(0, w - DisplayWidth.of(t)))
        return c == .customer ? t + pad : pad + t
    }

    /// The header line for `columns`.
    public func header(_ columns: [(column: Column, width: Int)]) -> String {
        columns.map { cell(title($0.column), $0.column, $0.width) }.joined(separator: "  ")
    }

    /// One row's line for `columns`; a customer who bought nothing this month shows `-` for a rank and no shares.
    public func line(_ row: SalesRanking.Row, _ columns: [(column: Column, width: Int)]) -> String {
        columns.map { c -> String in
            let text: String
            switch c.column {
            case .rank: text = row.rank.map(String.init) ?? "-"
            case .customer:
                // Narrow: the name alone (the number when the card has none), so the name is not cut away.
                text = row.customer.name.isEmpty ? row.customer.number : c.width < 20 ? row.customer.name : row.customer.number + " " + row.customer.name
            case .amount: text = row.amount.grouped
            case .share: text = row.rank == nil ? "" : SalesRanking.percent(row.share)
            case .cumulative: text = row.rank == nil ? "" : SalesRanking.percent(row.cumulative)
            case .vsPrevious: text = change(row.vsPrevious)
            case .vsYear: text = change(row.vsYearBefore)
            }
            return cell(text, c.column, c.width)
        }.joined(separator: "  ")
    }

    /// The 80% line between the vital few and the rest, ruled out to `width`.
    public func vitalLine(width: Int, rule: String) -> String {
        let words = say(.salesRankLine, ["count": String(ranking.vitalCount), "customers": SalesRanking.percent(ranking.vitalCustomerShare),
                                         "share": SalesRanking.percent(ranking.vitalSalesShare)])
        let text = rule + rule + " " + words + " "
        return text + String(repeating: rule, count: max(0, width - DisplayWidth.of(text)))
    }
}
