import MustDoCore

/// The manager's roll-up for one period, read from the server's report views (not from local copies): per
/// person, the period's own routines, the daily routines of its days, and customers won and lost in it.
public struct TeamReport: Sendable {
    /// One person's line.
    public struct Line: Sendable {
        /// The login.
        public let owner: String
        /// The period's own list (e.g. the weekly routines for a week): done, skipped, missed, total.
        public let period: (done: Int, skipped: Int, missed: Int, total: Int)
        /// The daily routines of the period's days, summed.
        public let days: (done: Int, skipped: Int, missed: Int, total: Int)
        /// Cards that became customers, and cards lost, in the period.
        public let won: Int, lost: Int
    }

    /// The period kind and key.
    public let kind: String, key: String
    /// Its first and last day as the members' MustDo reported them (empty when nobody reported it yet).
    public let start: String, end: String
    /// The people, by login.
    public let lines: [Line]

    /// Reads the report of `kind` `key` (week, month or quarter); a rep sees only their own line.
    public static func load(_ connection: PostgresConnection, kind: String, key: String) throws -> TeamReport {
        let range = try connection.execute("""
            SELECT min(start_day)::text, max(end_day)::text FROM mustdo.report_completion WHERE period_kind = $1 AND period_key = $2
            """, [kind, key]).first
        let start = range?[0] ?? "", end = range?[1] ?? ""
        let rows = try connection.execute("""
            WITH people AS (SELECT DISTINCT owner FROM mustdo.report_completion WHERE team = mustdo.my_team()),
            own AS (SELECT owner, sum(done) d, sum(skipped) s, sum(missed) m, sum(total) t FROM mustdo.report_completion
                    WHERE period_kind = $1 AND period_key = $2 GROUP BY owner),
            days AS (SELECT owner, sum(done) d, sum(skipped) s, sum(missed) m, sum(total) t FROM mustdo.report_completion
                     WHERE period_kind = 'day' AND $3 <> '' AND start_day BETWEEN $3::date AND $4::date GROUP BY owner),
            moves AS (SELECT owner, sum(won) w, sum(lost) l FROM mustdo.report_customer_moves
                      WHERE $3 <> '' AND day BETWEEN $3::date AND $4::date GROUP BY owner)
            SELECT p.owner, coalesce(o.d, 0), coalesce(o.s, 0), coalesce(o.m, 0), coalesce(o.t, 0),
                   coalesce(d.d, 0), coalesce(d.s, 0), coalesce(d.m, 0), coalesce(d.t, 0), coalesce(v.w, 0), coalesce(v.l, 0)
            FROM people p LEFT JOIN own o USING (owner) LEFT JOIN days d USING (owner) LEFT JOIN moves v USING (owner)
            ORDER BY p.owner
            """, [kind, key, start, end.isEmpty ? start : end])
        let lines = rows.map { r -> Line in
            let n = r.dropFirst().map { Int($0 ?? "0") ?? 0 }
            return Line(owner: r[0] ?? "", period: (n[0], n[1], n[2], n[3]), days: (n[4], n[5], n[6], n[7]), won: n[8], lost: n[9])
        }
        return TeamReport(kind: kind, key: key, start: start, end: end, lines: lines)
    }

    /// done ÷ total as a whole percentage, or "—" when there is nothing.
    public static func percent(_ done: Int, _ total: Int) -> String {
        total == 0 ? "—" : String((done * 100 + total / 2) / total) + "%"
    }
}
