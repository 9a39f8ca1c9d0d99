import MustDoCore

/// The manager's roll-up for one period, read from the server's report views (not from local copies): per
/// person, the period's own routines, the daily routines of its days, contacts and those that won a customer
/// action, promises kept and broken both ways, customers won and lost in it, and cards losing touch on `asOf`.
public struct TeamReport: Sendable {
    /// Done, skipped, missed and total items of a routine list.
    public struct Counts: Sendable, Equatable {
        /// The items done, skipped, missed (open after their period ended) and all of them.
        public var done = 0, skipped = 0, missed = 0, total = 0

        /// Counts from four numbers.
        public init(_ done: Int, _ skipped: Int, _ missed: Int, _ total: Int) {
            self.done = done
            self.skipped = skipped
            self.missed = missed
            self.total = total
        }

        /// done ÷ total as a whole percentage, or "—" when there is nothing.
        public var percent: String { TeamReport.percent(done, total) }
    }

    /// One person's line.
    public struct Line: Sendable {
        /// The login.
        public let owner: String
        /// The period's own list (e.g. the weekly routines for a week).
        public let period: Counts
        /// The daily routines of the period's days, summed.
        public let days: Counts
        /// Contacts (visits, calls, messages, meals) in the period, and those that won a customer action.
        public let visits: Int, visitsWithAction: Int
        /// Our promises kept and broken in the period, and the customers' promises kept and broken.
        public let oursKept: Int, oursBroken: Int, theirsKept: Int, theirsBroken: Int
        /// Cards that became customers, and cards lost, in the period.
        public let won: Int, lost: Int
        /// Cards in play whose last contact is longer ago than their tier allows, on the report's `asOf` day.
        public let losingTouch: Int
    }

    /// The period kind and key.
    public let kind: String, key: String
    /// Its first and last day.
    public let start: LocalDate, end: LocalDate
    /// The day "losing touch" is counted on: the period's last day, or today while it runs.
    public let asOf: LocalDate
    /// The people, by login.
    public let lines: [Line]

    /// Reads the report of `period` (a week, month or quarter) as seen on `today`; a rep sees only their own line.
    public static func load(_ connection: PostgresConnection, period: Period, today: LocalDate) throws -> TeamReport {
        let asOf = min(period.end, today)
        let rows = try connection.execute(sql, [period.kind.rawValue, period.key, period.start.description, period.end.description, asOf.description])
        let lines = rows.map { r -> Line in
            let n = r.dropFirst().map { Int($0 ?? "0") ?? 0 }
            return Line(owner: r[0] ?? "", period: Counts(n[0], n[1], n[2], n[3]), days: Counts(n[4], n[5], n[6], n[7]),
                        visits: n[8], visitsWithAction: n[9], oursKept: n[10], oursBroken: n[11], theirsKept: n[12], theirsBroken: n[13],
                        won: n[14], lost: n[15], losingTouch: n[16])
        }
        return TeamReport(kind: period.kind.rawValue, key: period.key, start: period.start, end: period.end, asOf: asOf, lines: lines)
    }

    /// The report query: $1 kind, $2 key, $3 first day, $4 last day, $5 the day losing touch is counted on.
    /// Everything comes from `security_invoker` views, so the reader's row-level security decides whose lines appear.
    static let sql = """
        WITH people AS (
          SELECT login::text AS owner FROM mustdo.member
          WHERE removed_at IS NULL AND team = mustdo.my_team() AND (mustdo.is_manager() OR login = session_user)
          UNION SELECT owner::text FROM mustdo.report_completion WHERE period_kind = $1::text AND period_key = $2::text),
        own AS (SELECT owner::text, sum(done) d, sum(skipped) s, sum(missed) m, sum(total) t FROM mustdo.report_completion
                WHERE period_kind = $1::text AND period_key = $2::text GROUP BY owner),
        days AS (SELECT owner::text, sum(done) d, sum(skipped) s, sum(missed) m, sum(total) t FROM mustdo.report_completion
                 WHERE period_kind = 'day' AND start_day BETWEEN $3::text::date AND $4::text::date GROUP BY owner),
        visits AS (SELECT owner::text, sum(visits) n, sum(won_action) a FROM mustdo.report_visits
                   WHERE day BETWEEN $3::text AND $4::text GROUP BY owner),
        promises AS (SELECT owner::text,
                       sum(kept) FILTER (WHERE direction = 'ours') ok, sum(broken) FILTER (WHERE direction = 'ours') ob,
                       sum(kept) FILTER (WHERE direction = 'theirs') tk, sum(broken) FILTER (WHERE direction = 'theirs') tb
                     FROM mustdo.report_promises WHERE day BETWEEN $3::text AND $4::text GROUP BY owner),
        moves AS (SELECT owner::text, sum(won) w, sum(lost) l FROM mustdo.report_status_moves
                  WHERE day BETWEEN $3::text AND $4::text GROUP BY owner),
        -- Losing touch on $5: more days than the card's interval since its last contact on or before $5 (or, never
        -- contacted, since the card was made). The server keeps each card's last contact and the first day it is
        -- losing touch without another (t10-report-touch), so a card not contacted after $5 is one index range; only
        -- cards contacted after $5 (a past period's report) look up their last contact before it.
        touch AS (SELECT x.owner, count(*) n FROM (
                    SELECT c.owner::text FROM mustdo.report_cards c
                    WHERE c.touch_from <= $5::text AND (c.last_contact IS NULL OR c.last_contact <= $5::text) AND c.created_day <= $5::text
                    UNION ALL
                    SELECT c.owner::text FROM mustdo.report_cards c
                    WHERE c.last_contact > $5::text AND c.created_day <= $5::text
                      AND $5::text::date - coalesce((SELECT substr(max(v.at), 1, 10) FROM mustdo.report_contacts v
                                                     WHERE v.customer = c.uid AND v.at < to_char($5::text::date + 1, 'YYYY-MM-DD')),
                                                    c.created_day)::date > c.interval_days) x
                  GROUP BY x.owner)
        SELECT p.owner, coalesce(o.d, 0), coalesce(o.s, 0), coalesce(o.m, 0), coalesce(o.t, 0),
               coalesce(d.d, 0), coalesce(d.s, 0), coalesce(d.m, 0), coalesce(d.t, 0),
               coalesce(v.n, 0), coalesce(v.a, 0), coalesce(pr.ok, 0), coalesce(pr.ob, 0), coalesce(pr.tk, 0), coalesce(pr.tb, 0),
               coalesce(m.w, 0), coalesce(m.l, 0), coalesce(t.n, 0)
        FROM people p LEFT JOIN own o USING (owner) LEFT JOIN days d USING (owner) LEFT JOIN visits v USING (owner)
          LEFT JOIN promises pr USING (owner) LEFT JOIN moves m USING (owner) LEFT JOIN touch t USING (owner)
        ORDER BY p.owner
        """

    /// done ÷ total as a whole percentage, or "—" when there is nothing.
    public static func percent(_ done: Int, _ total: Int) -> String {
        total == 0 ? "—" : String((done * 100 + total / 2) / total) + "%"
    }
}
