/// What `mustdo review` (text, Markdown) and the review screen both show of a period review: the title and the
/// sections in words, computed once here. JSON is printed from the same `PeriodReview` numbers.
public struct PeriodReviewPresentation: Sendable {
    /// The review shown.
    public let review: PeriodReview
    /// The language of the words.
    public let language: Language
    /// The marks drawn.
    public let marks: Marks
    /// How many customers the ranking lists at most (the vital few are always cut there too).
    public static let rankingRows = 10

    /// Presents `review` in `language`.
    public init(_ review: PeriodReview, language: Language, marks: Marks = .unicode) {
        self.review = review
        self.language = language
        self.marks = marks
    }

    private var words: Vocabulary { Vocabulary(language) }
    private func say(_ key: MessageKey, _ values: [String: String] = [:]) -> String { language.text(key, values) }
    private func percent(_ p: Int?) -> String { p.map { "\($0)%" } ?? marks.noPercent }
    private func change(_ c: Double?) -> String { c.map(SalesRanking.signedPercent) ?? say(.salesChangeNone) }

    /// The name of the report the routines ask for: monthly report, quarterly summary, half-year summary, annual self-review.
    public var reportName: String {
        switch review.period.kind {
        case .quarter: return say(.reviewNameQuarter)
        case .half: return say(.reviewNameHalf)
        case .year: return say(.reviewNameYear)
        default: return say(.reviewNameMonth)
        }
    }

    /// `Monthly report · November 2026 · 2026-11-01 – 2026-11-30`.
    public var title: String { reportName + " · " + words.periodName(review.period) + " · " + words.range(review.period) }

    /// `Drafted on 2026-11-27 (the period is not over yet)`.
    public var asOf: String {
        say(review.today < review.period.end ? .reviewDraftedOpen : .reviewDrafted, ["date": review.today.description])
    }

    /// The routines' completion per kind, with the previous period's percentage beside it, and the period's own items.
    public var routines: ReportSection {
        let header = [say(.reviewColKind), say(.reviewColDone), say(.reviewColSkipped), say(.reviewColMissed), say(.reviewColTotal),
                      say(.reviewColPercent), say(.reviewColPrevious, ["key": review.previous.key])]
        let rows = review.completion.map { c in
            [words.periodTitle(c.kind), String(c.summary.done), String(c.summary.skipped), String(c.summary.missed), String(c.summary.total),
             percent(c.summary.percent), percent(c.previous.percent)]
        }
        var lines: [ReportSection.Line] = [.table(header: header, rows: rows, numeric: [false, true, true, true, true, true, true])]
        if !review.items.isEmpty {
            lines.append(.text(say(.reviewItemsHeading, ["kind": words.periodTitle(review.period.kind)]), indent: 0))
            for o in review.items {
                lines.append(.item(o.state, o.state == .done || o.state == .open ? o.title : o.title + " (" + words.state(o.state) + ")"))
            }
        }
        return ReportSection(say(.reviewRoutinesHeading), lines)
    }

    /// Sales against the previous period, the same period a year earlier and the plan.
    public var sales: ReportSection {
        let s = review.sales
        let months = s.months.lowerBound == s.months.upperBound ? s.months.lowerBound.description
            : s.months.lowerBound.description + " – " + s.months.upperBound.description
        var lines: [ReportSection.Line] = [
            .fact(say(.reviewSalesAmount), say(.reviewSalesAmountValue, ["amount": s.amount.grouped, "volume": s.volume.description, "months": months])),
            .fact(say(.reviewSalesPrevious, ["key": review.previous.key]), s.previousAmount.grouped + " (" + change(s.vsPrevious) + ")"),
            .fact(say(.reviewSalesYearBefore), s.yearBeforeAmount.grouped + " (" + change(s.vsYearBefore) + ")"),
        ]
        if let plan = s.plan {
            let reached = s.ofPlan.map(SalesRanking.percent) ?? marks.noPercent
            let key = s.plannedMonths == s.monthCount ? MessageKey.reviewSalesPlanValue : .reviewSalesPlanPartial
            lines.append(.fact(say(.reviewSalesPlan), say(key, ["plan": plan.grouped, "reached": reached,
                                                                 "planned": String(s.plannedMonths), "months": String(s.monthCount)])))
        } else {
            lines.append(.fact(say(.reviewSalesPlan), say(.reviewSalesPlanMissing, ["month": s.months.lowerBound.description])))
        }
        return ReportSection(say(.reviewSalesHeading), lines)
    }

    /// The 80/20 ranking of the period: the line in words and the top customers (the vital few, at most `rankingRows`).
    public var ranking: ReportSection {
        let r = review.ranking
        guard r.buyingCount > 0 else { return ReportSection(say(.reviewRankingHeading), [.text(say(.reviewRankingEmpty), indent: 1)]) }
        let line = say(.salesRankLine, ["count": String(r.vitalCount), "customers": SalesRanking.percent(r.vitalCustomerShare),
                                        "share": SalesRanking.percent(r.vitalSalesShare)])
        let header = [say(.salesColRank), say(.salesColCustomer), say(.salesColAmount), say(.salesColShare), say(.salesColCumulative),
                      say(.reviewColVsPrevious, ["key": review.previous.key])]
        let rows = r.rows.prefix { $0.rank != nil }.prefix(PeriodReviewPresentation.rankingRows).map { row in
            [String(row.rank ?? 0) + (row.isVital ? "*" : ""), row.customer.name.isEmpty ? row.customer.number : row.customer.number + " " + row.customer.name,
             row.amount.grouped, SalesRanking.percent(row.share), SalesRanking.percent(row.cumulative), change(row.vsPrevious)]
        }
        return ReportSection(say(.reviewRankingHeading), [.text(line, indent: 1), .table(header: header, rows: rows, numeric: [true, false, true, true, true, true])])
    }

    /// Visits, commitments, promises both ways, customers won and lost, losing touch.
    public var customers: ReportSection {
        var lines = CustomerActivityPresentation(review.activity, language: language, marks: marks).facts
        lines.append(.fact(say(.reviewCommitmentsLabel), say(.reviewCommitmentsValue, [
            "ours": String(review.promisesMadeOurs), "theirs": String(review.promisesMadeTheirs), "pending": String(review.promisesPending)])))
        let names: ([PeriodReview.Customer]) -> String = { list in
            list.isEmpty ? self.say(.listNone) : list.map { $0.name.isEmpty ? $0.number : $0.name }.joined(separator: self.say(.listSeparator))
        }
        lines.append(.fact(say(.reviewWonLabel), names(review.wonCustomers)))
        lines.append(.fact(say(.reviewLostLabel), names(review.lostCustomers)))
        return ReportSection(say(.reviewActivityHeading), lines)
    }

    /// The journal's weekly notes, week by week.
    public var notes: ReportSection {
        guard !review.weeklyNotes.isEmpty else { return ReportSection(say(.reviewNotesHeading), [.text(say(.reviewNotesNone), indent: 1)]) }
        var lines: [ReportSection.Line] = []
        for e in review.weeklyNotes {
            lines.append(.text(e.key, indent: 0))
            if !e.plan.isEmpty { lines.append(.text(words.journalPlan + ": " + e.plan, indent: 1)) }
            if !e.review.isEmpty { lines.append(.text(words.journalReview + ": " + e.review, indent: 1)) }
        }
        return ReportSection(say(.reviewNotesHeading), lines)
    }

    /// Every section in report order.
    public var sections: [ReportSection] { [routines, sales, ranking, customers, notes] }

    /// The console text: title, date line, then each section.
    public func text(width: (String) -> Int) -> String {
        var out = "MustDo · " + title + "\n" + asOf + "\n"
        for s in sections { out += "\n" + s.textLines(width: width, marks: marks).joined(separator: "\n") + "\n" }
        return out
    }

    /// The Markdown draft for a manager: `# title`, the date line, each section.
    public func markdown() -> String {
        var out = "# " + ReportSection.escape(title) + "\n\n" + asOf + "\n\n"
        for s in sections { out += s.markdown() }
        while out.hasSuffix("\n\n") { out.removeLast() }
        return out
    }
}
