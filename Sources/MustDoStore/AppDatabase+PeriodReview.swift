import GRDB
import MustDoCore

extension AppDatabase {
    /// The review of `period` (a month, quarter, half or year) as seen on `today`, read in one transaction.
    public func periodReview(_ period: Period, today: LocalDate, settings: CalendarSettings,
                             cadence: CadenceSettings = CadenceSettings()) throws -> PeriodReview {
        let previous = period.previous(settings: settings)
        return try read { db in
            var completion: [PeriodReview.Completion] = []
            for kind in PeriodKind.allCases where kind <= period.kind {
                completion.append(PeriodReview.Completion(
                    kind: kind,
                    summary: try AppDatabase.completion(db, kind: kind, in: period, today: today, settings: settings),
                    previous: try AppDatabase.completion(db, kind: kind, in: previous, today: today, settings: settings)))
            }
            let items = try AppDatabase.occurrences(db, keys: [period.key], today: today)

            // Sales: the period's months, the previous period's, the same months a year earlier.
            let months = PeriodReview.months(of: period), before = PeriodReview.months(of: previous)
            let yearBefore: ClosedRange<SalesMonth>? = months.lowerBound.adding(months: -12).flatMap { lo in
                months.upperBound.adding(months: -12).map { lo...$0 }
            }
            let current = try AppDatabase.salesByCustomer(db, months, label: months.upperBound)
            let prior = try AppDatabase.salesByCustomer(db, before, label: months.upperBound)
            let lastYear = try yearBefore.map { try AppDatabase.salesByCustomer(db, $0, label: months.upperBound) } ?? []
            var ids = Set(current.map(\.customerID))
            ids.formUnion(prior.map(\.customerID))
            ids.formUnion(lastYear.map(\.customerID))
            var customers: [Int64: SalesRanking.Customer] = [:]
            let named = try Row.fetchCursor(db, sql: "SELECT id, number, name FROM customer WHERE id IN (SELECT value FROM json_each(?))",
                                            arguments: ["[" + ids.map(String.init).joined(separator: ",") + "]"])
            while let row = try named.next() {
                let id: Int64 = row[0]
                customers[id] = SalesRanking.Customer(id: id, number: row[1], name: row[2])
            }
            let ranking = SalesRanking(month: months.upperBound, customers: customers, current: current, previous: prior, yearBefore: lastYear)
            let plan = try Row.fetchOne(db, sql: "SELECT count(*), sum(amount) FROM sales_plan WHERE month BETWEEN ? AND ?",
                                        arguments: [months.lowerBound.description, months.upperBound.description])!
            let plannedMonths: Int = plan[0]
            let sales = PeriodReview.Sales(months: months, amount: ranking.total, volume: ranking.totalVolume, previousAmount: ranking.previousTotal,
                                           yearBeforeAmount: ranking.yearBeforeTotal,
                                           plan: plannedMonths > 0 ? SalesQuantity(hundredths: plan[1]) : nil, plannedMonths: plannedMonths)

            let asOf = min(today, period.end)
            let activity = try AppDatabase.customerActivity(db, from: period.start, through: period.end, asOf: asOf, cadence: cadence)
            let lo = period.start.description, hi = period.end.adding(days: 1).description
            var made = (ours: 0, theirs: 0)
            for row in try Row.fetchAll(db, sql: "SELECT direction, count(*) FROM promise WHERE made_on BETWEEN ? AND ? GROUP BY direction",
                                        arguments: [lo, period.end.description]) {
                if (row[0] as String) == "ours" { made.ours = row[1] } else { made.theirs = row[1] }
            }
            // Pending at the period's end: made by then and not settled by then (a settlement after it still counts as pending).
            let pending = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM promise p WHERE p.made_on <= ?1 AND NOT EXISTS (
                  SELECT 1 FROM promise_event e WHERE e.promise_id = p.id AND e.action IN ('kept', 'broken', 'cancelled') AND e.at < ?2)
                  AND (p.state IN ('open', 'renegotiated') OR EXISTS (
                  SELECT 1 FROM promise_event e WHERE e.promise_id = p.id AND e.action IN ('kept', 'broken', 'cancelled')))
                """, arguments: [period.end.description, hi]) ?? 0
            let changes = try AppDatabase.statusChanges(db, lo: lo, hi: hi)
            let weeks = PeriodReview.weeks(of: period, settings: settings).map(\.key)
            var notes: [JournalEntry] = []
            if !weeks.isEmpty {
                let marks = Array(repeating: "?", count: weeks.count).joined(separator: ",")
                notes = try Row.fetchAll(db, sql: "SELECT key, plan, review FROM journal WHERE key IN (\(marks)) AND (plan != '' OR review != '') ORDER BY key",
                                         arguments: StatementArguments(weeks)).map { JournalEntry(key: $0[0], plan: $0[1], review: $0[2]) }
            }
            return PeriodReview(period: period, previous: previous, today: today, completion: completion, items: items, sales: sales,
                                ranking: ranking, activity: activity, promisesMadeOurs: made.ours, promisesMadeTheirs: made.theirs,
                                promisesPending: pending, wonCustomers: changes.won, lostCustomers: changes.lost, weeklyNotes: notes)
        }
    }

    /// The done / skipped / missed / open count of the `kind` occurrences lying inside `period` (a week belongs to
    /// the period holding its fourth day, see `PeriodReview.weeks`).
    static func completion(_ db: Database, kind: PeriodKind, in period: Period, today: LocalDate, settings: CalendarSettings) throws -> PaneSummary {
        var summary = PaneSummary(done: 0, skipped: 0, missed: 0, open: 0)
        let rows: RowCursor
        switch kind {
        case .day:
            rows = try Row.fetchCursor(db, sql: "SELECT state, end FROM occurrence WHERE period_key BETWEEN ? AND ? AND period_kind = 'day'",
                                       arguments: [period.start.description, period.end.description])
        default:
            var keys: [String] = []
            if kind == .week {
                keys = PeriodReview.weeks(of: period, settings: settings).map(\.key)
            } else {
                var p = Period.containing(period.start, kind: kind, settings: settings)
                while p.start <= period.end {
                    if p.start >= period.start && p.end <= period.end { keys.append(p.key) }
                    p = p.next(settings: settings)
                }
            }
            guard !keys.isEmpty else { return summary }
            let marks = Array(repeating: "?", count: keys.count).joined(separator: ",")
            rows = try Row.fetchCursor(db, sql: "SELECT state, end FROM occurrence WHERE period_key IN (\(marks)) AND period_kind = ?",
                                       arguments: StatementArguments(keys + [kind.rawValue]))
        }
        let todayNumber = today.dayNumber
        while let row = try rows.next() {
            switch row[0] as String {
            case "done": summary.done += 1
            case "skipped": summary.skipped += 1
            default:
                if (row[1] as Int) < todayNumber { summary.missed += 1 } else { summary.open += 1 }
            }
        }
        return summary
    }

    /// Each customer's sales summed over `months` (a merged card counted as the card it went into), labelled `label`.
    static func salesByCustomer(_ db: Database, _ months: ClosedRange<SalesMonth>, label: SalesMonth) throws -> [SalesFigure] {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT coalesce(c.merged_into, s.customer_id), sum(s.amount), sum(s.volume)
            FROM sales s JOIN customer c ON c.id = s.customer_id WHERE s.month BETWEEN ? AND ? GROUP BY 1
            """, arguments: [months.lowerBound.description, months.upperBound.description])
        var out: [SalesFigure] = []
        while let row = try rows.next() {
            out.append(SalesFigure(customerID: row[0], month: label, amount: SalesQuantity(hundredths: row[1]), volume: SalesQuantity(hundredths: row[2])))
        }
        return out
    }
}
