import MustDoCore
import TerminalUI

/// Formats a period review as console text, a Markdown draft for a manager, and JSON for scripts; text and Markdown
/// come from the same `PeriodReviewPresentation` the review screen draws.
struct PeriodReviewPrinter {
    let language: Language

    private func present(_ r: PeriodReview) -> PeriodReviewPresentation { PeriodReviewPresentation(r, language: language, marks: AgendaPrinter.marks) }

    /// The console text.
    func text(_ r: PeriodReview) -> String { present(r).text(width: DisplayWidth.of) }

    /// The Markdown draft.
    func markdown(_ r: PeriodReview) -> String { present(r).markdown() + "\n" }

    /// An amount as a JSON number (exact: hundredths printed as a decimal).
    private static func amount(_ q: SalesQuantity?) -> String { q?.description ?? "null" }

    /// A fraction as a JSON number with four decimals, or null.
    private static func fraction(_ d: Double?) -> String {
        guard let d else { return "null" }
        let n = Int((d * 10_000).rounded()), a = abs(n), frac = String(a % 10_000)
        return (n < 0 ? "-" : "") + "\(a / 10_000)." + String(repeating: "0", count: 4 - frac.count) + frac
    }

    private static func summary(_ s: PaneSummary) -> String {
        JSONWriter.object([("done", String(s.done)), ("skipped", String(s.skipped)), ("missed", String(s.missed)), ("open", String(s.open)),
                           ("total", String(s.total)), ("percent", JSONWriter.value(s.percent))])
    }

    private static func customer(_ c: PeriodReview.Customer) -> String {
        JSONWriter.object([("customer_id", String(c.id)), ("number", JSONWriter.quote(c.number)), ("name", JSONWriter.quote(c.name))])
    }

    /// The activity as JSON (shared by the week review's JSON).
    static func json(_ a: CustomerActivity) -> String {
        JSONWriter.object([
            ("contacts", JSONWriter.object(VisitKind.allCases.map { ($0.rawValue, String(a.contacts[$0] ?? 0)) })),
            ("customers_contacted", JSONWriter.object(CustomerActivity.tierOrder.map { ($0?.rawValue ?? "none", String(a.contactedByTier[$0] ?? 0)) })),
            ("visits_with_action", String(a.visitsWithAction)), ("visits_without_action", String(a.visitsWithoutAction)),
            ("promises_kept", JSONWriter.object([("ours", String(a.oursKept)), ("theirs", String(a.theirsKept))])),
            ("promises_broken", JSONWriter.object([("ours", String(a.oursBroken)), ("theirs", String(a.theirsBroken))])),
            ("new_customers", String(a.newCustomers)), ("won", String(a.won)), ("lost", String(a.lost)),
            ("losing_touch", String(a.losingTouch)), ("losing_touch_on", JSONWriter.quote(a.asOf.description)),
        ])
    }

    /// The review as one JSON object (documented in the README).
    func json(_ r: PeriodReview) -> String {
        let s = r.sales, rk = r.ranking
        let ranking = rk.rows.filter { $0.rank != nil }.map { row in
            JSONWriter.object([
                ("rank", JSONWriter.value(row.rank)), ("customer_id", String(row.customer.id)), ("number", JSONWriter.quote(row.customer.number)),
                ("name", JSONWriter.quote(row.customer.name)), ("amount", row.amount.description), ("volume", row.volume.description),
                ("share", PeriodReviewPrinter.fraction(row.share)), ("cumulative", PeriodReviewPrinter.fraction(row.cumulative)),
                ("vital", row.isVital ? "true" : "false"), ("previous", PeriodReviewPrinter.amount(row.previous)),
                ("vs_previous", PeriodReviewPrinter.fraction(row.vsPrevious)),
            ])
        }
        return JSONWriter.object([
            ("period", ItemPrinter.json(r.period)),
            ("previous_period", ItemPrinter.json(r.previous)),
            ("today", JSONWriter.quote(r.today.description)),
            ("completion", JSONWriter.array(r.completion.map { c in
                JSONWriter.object([("kind", JSONWriter.quote(c.kind.rawValue)), ("summary", PeriodReviewPrinter.summary(c.summary)),
                                   ("previous", PeriodReviewPrinter.summary(c.previous))])
            })),
            ("items", JSONWriter.array(r.items.map { ItemPrinter.json($0, ref: "null", today: r.today) })),
            ("sales", JSONWriter.object([
                ("from", JSONWriter.quote(s.months.lowerBound.description)), ("to", JSONWriter.quote(s.months.upperBound.description)),
                ("amount", s.amount.description), ("volume", s.volume.description),
                ("previous_amount", s.previousAmount.description), ("vs_previous", PeriodReviewPrinter.fraction(s.vsPrevious)),
                ("year_before_amount", s.yearBeforeAmount.description), ("vs_year_before", PeriodReviewPrinter.fraction(s.vsYearBefore)),
                ("plan", PeriodReviewPrinter.amount(s.plan)), ("planned_months", String(s.plannedMonths)),
                ("of_plan", PeriodReviewPrinter.fraction(s.ofPlan)),
            ])),
            ("ranking", JSONWriter.object([
                ("buying", String(rk.buyingCount)), ("vital_count", String(rk.vitalCount)),
                ("vital_sales_share", PeriodReviewPrinter.fraction(rk.vitalSalesShare)), ("rows", JSONWriter.array(ranking)),
            ])),
            ("activity", PeriodReviewPrinter.json(r.activity)),
            ("promises_made", JSONWriter.object([("ours", String(r.promisesMadeOurs)), ("theirs", String(r.promisesMadeTheirs))])),
            ("promises_pending", String(r.promisesPending)),
            ("won", JSONWriter.array(r.wonCustomers.map(PeriodReviewPrinter.customer))),
            ("lost", JSONWriter.array(r.lostCustomers.map(PeriodReviewPrinter.customer))),
            ("weekly_notes", JSONWriter.array(r.weeklyNotes.map(ItemPrinter.json))),
        ]) + "\n"
    }
}
