import Testing
@testable import MustDoCore

/// `Clock.timestamp()`, the "now" every record is stamped with and every "not in the future" check compares against.
/// With `--today` on a day that is already over, a time on that day must not be "later than now" just because the
/// real day has not reached that hour yet (a backfilled 10:00 visit was refused before 10:00 of the real day).
@Suite struct ClockTimestampTests {
    @Test func aFixedDayAlreadyOverEndsAtItsLastSecond() {
        let past = Clock.wallNow().date.adding(days: -3)
        #expect(Clock(fixedToday: past).timestamp() == "\(past)T23:59:59")
    }

    @Test func todayAndLaterDaysKeepTheWallClocksTime() {
        let real = Clock.wallNow().date
        for day in [real, real.adding(days: 2)] {
            let stamp = Clock(fixedToday: day).timestamp()
            #expect(stamp.hasPrefix("\(day)T") && stamp.count == 19, "\(stamp)")
        }
    }
}
