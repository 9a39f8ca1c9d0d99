import MustDoCore
import MustDoTeam
import TerminalUI

/// The team screen (`T`): the manager's roll-up of one week, month or quarter, drawn from `TeamReportTable`, the
/// table `mustdo team report` prints. The report is fetched off the main loop; "loading…" shows meanwhile, and a
/// machine that has not joined or a server out of reach is one sentence in place of the table.
public struct TeamView: WheelScrolling {
    /// The period shown (or being loaded).
    public var period: Period
    /// The report of `period` (nil until it arrives).
    public var report: TeamReport?
    /// Why there is no report (nil: none or still loading).
    public var problem: String?
    /// Whether a load of `period` is on its way.
    public var loading = true
    /// The selected person's row.
    public var cursor = 0
    /// How many figure columns are scrolled off to the left (the person column stays).
    public var column = 0

    /// The current week.
    public init(_ state: AppState) {
        period = Period.containing(state.today, kind: .week, settings: state.calendar)
    }

    /// `[keys.team]`.
    public var kind: ViewKind { .team }
    /// The team mode.
    public var mode: AppState.Mode { .team }

    /// The table in words (nil until a report arrives).
    public func table(_ language: Language) -> TeamReportTable? { report.map { TeamReportTable($0, language: language) } }

    /// Moves, scrolls columns, switches the period, reloads, goes back.
    public mutating func handle(_ c: Command, _ state: inout AppState) -> ViewStep {
        let count = report?.lines.count ?? 0
        let page = max(1, state.height - 4)
        if let moved = c.movedCursor(cursor, count: count, page: page) {
            cursor = moved
            return ViewStep()
        }
        switch c {
        case .columnsLeft: column = max(0, column - 1)
        case .columnsRight: column = min(column + 1, 8)
        case .previousPeriod: return show(period.previous(settings: state.calendar))
        case .nextPeriod: return show(period.next(settings: state.calendar))
        case .today: return show(Period.containing(state.today, kind: period.kind, settings: state.calendar))
        case .focusWeekly, .focusMonthly, .focusQuarterly, .cycleReportKind:
            let next: PeriodKind
            switch c {
            case .focusWeekly: next = .week
            case .focusMonthly: next = .month
            case .focusQuarterly: next = .quarter
            default: next = period.kind == .week ? .month : period.kind == .month ? .quarter : .week
            }
            return show(Period.containing(state.today, kind: next, settings: state.calendar))
        case .reloadTeam: return show(period)
        case .back, .teamScreen: return ViewStep([], .pop)
        default: break
        }
        return ViewStep()
    }

    /// Asks for the report of `p`; the figures of another period are not shown meanwhile.
    private mutating func show(_ p: Period) -> ViewStep {
        if p != period {
            report = nil
            cursor = 0
        }
        period = p
        problem = nil
        loading = true
        return ViewStep([.loadTeamReport(p)])
    }

    /// Takes the report of the period shown; after a background sync, reads it again (the figures shown stay meanwhile).
    public mutating func receive(_ action: Action, _ state: inout AppState) -> [Effect] {
        switch action {
        case .teamReportLoaded(let p, let result) where p == period:
            loading = false
            switch result {
            case .report(let r):
                report = r
                problem = nil
                cursor = min(cursor, max(0, r.lines.count - 1))
            case .failed(let sentence):
                report = nil
                problem = sentence
            }
            return []
        case .teamSynced(let r) where r.problem == nil && !loading:
            loading = true
            return [.loadTeamReport(period)]
        default:
            return []
        }
    }

    /// Draws the roll-up.
    public func draw(into buf: inout Buffer, _ screen: Screen) {
        TeamScreen.draw(&buf, view: self, screen: screen)
    }
}
