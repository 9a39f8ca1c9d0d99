/// Works out which period instances each routine needs an occurrence for. Pure: no I/O, no clock.
public struct ScheduleEngine: Sendable {
    /// The calendar the engine schedules by.
    public let settings: CalendarSettings

    /// Creates an engine for `settings`.
    public init(settings: CalendarSettings) { self.settings = settings }

    /// How far after the real date `--today` / `MUSTDO_TODAY` may go: a year and a day, so next year's same day can be planned.
    public static let lookAheadDays = 366

    /// How far back a fill reaches: periods that ended more than this many days before today are never stored
    /// (ten years and a few days, so the ten-year history of the benchmark is still filled whole).
    public static let backFillDays = 3_660

    /// Refuses a pinned `today` more than `lookAheadDays` after `realToday`; `source` names where it came from (`--today`).
    ///
    /// Every period up to the pinned day is stored when a command runs, so a mistyped year (9999) would
    /// write millions of rows that stay for good; within the limit the rows written are the ones that
    /// day will need anyway.
    public static func checkLookAhead(_ today: LocalDate, realToday: LocalDate, source: String) throws {
        let limit = realToday.adding(days: lookAheadDays)
        guard today <= limit else {
            throw MustDoError.invalidInput(.inputTodayTooFar, ["source": source, "date": today.description, "days": String(lookAheadDays),
                                                              "real": realToday.description, "limit": limit.description])
        }
    }

    /// The current period of every kind on `today`, in display order.
    public func currentPeriods(on today: LocalDate) -> [Period] {
        PeriodKind.allCases.map { Period.containing(today, kind: $0, settings: settings) }
    }

    /// Whether `routine` may still need occurrences on `today`, given that all its periods through `filledThrough` exist.
    public func needsFilling(_ routine: Routine, filledThrough: LocalDate?, today: LocalDate) -> Bool {
        if let r = routine.retiredOn, let f = filledThrough, f.adding(days: 1) >= r { return false }
        guard let f = filledThrough else { return routine.activeFrom <= today }
        return f < today && Period.containing(f.adding(days: 1), kind: routine.period, settings: settings).start <= today
    }

    /// Every period of `routine` that needs an occurrence, after `filledThrough` (or from its active-from date) up to and including the one containing `today`.
    ///
    /// Returns the periods in order and the new `filledThrough` (the last period's end), so that
    /// a later call only looks at periods that have not been considered yet.
    public func periodsToFill(for routine: Routine, filledThrough: LocalDate?, today: LocalDate) -> (periods: [Period], filledThrough: LocalDate?) {
        guard needsFilling(routine, filledThrough: filledThrough, today: today) else { return ([], filledThrough) }
        var from = routine.activeFrom
        if let f = filledThrough, f >= from { from = f.adding(days: 1) }
        // A bounded back-fill: a routine back-dated by decades, or a database first opened with a date long
        // past, stores only the last `backFillDays` (older periods count as considered).
        let oldest = today.adding(days: -ScheduleEngine.backFillDays)
        if from < oldest { from = oldest }
        var result: [Period] = []
        var p = Period.containing(from, kind: routine.period, settings: settings)
        var last: LocalDate? = filledThrough
        while p.start <= today {
            if let r = routine.retiredOn, p.end >= r {
                last = p.end   // considered: retired before it ended, so it never needs filling again
                break
            }
            if routine.isScheduled(in: p, settings: settings) { result.append(p) }
            last = p.end
            p = p.next(settings: settings)
        }
        return (result, last)
    }

    /// The state a new occurrence of `period` starts in: missed when the period already ended, else open.
    public func initialState(of period: Period, today: LocalDate) -> OccurrenceState {
        period.end < today ? .missed : .open
    }
}
