import MustDoCore

extension TeamReport {
    /// A report from known values (a screen test draws a fixed report without a server).
    public static func fixed(kind: String, key: String, start: LocalDate, end: LocalDate, asOf: LocalDate, lines: [Line]) -> TeamReport {
        TeamReport(kind: kind, key: key, start: start, end: end, asOf: asOf, lines: lines)
    }
}

extension TeamReport.Line {
    /// A person's line from known values: period and daily counts (done, skipped, missed, total), contacts, promises
    /// kept/broken ours and theirs, customers won and lost, cards losing touch.
    public static func fixed(_ owner: String, period: TeamReport.Counts, days: TeamReport.Counts, visits: Int, withAction: Int,
                             ours: (Int, Int), theirs: (Int, Int), won: Int, lost: Int, losingTouch: Int) -> TeamReport.Line {
        TeamReport.Line(owner: owner, period: period, days: days, visits: visits, visitsWithAction: withAction, oursKept: ours.0,
                        oursBroken: ours.1, theirsKept: theirs.0, theirsBroken: theirs.1, won: won, lost: lost, losingTouch: losingTouch)
    }
}
