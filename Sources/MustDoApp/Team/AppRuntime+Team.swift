import MustDoCore
import MustDoTeam

extension AppRuntime {
    /// Starts fetching a team report off the main loop; `.teamReportLoaded` arrives through the mailbox.
    func loadTeamReport(_ period: Period) -> Action? {
        let language = state.language, today = state.today
        guard let link = team else { return .teamReportLoaded(period, .failed(language.text(.tscreenNoTeam))) }
        teamWorker.run(sync: false) {
            do {
                return .teamReportLoaded(period, .report(try link.report(period, today)))
            } catch {
                return .teamReportLoaded(period, .failed(TeamProblem.sentence(error, language)))
            }
        }
        return nil
    }

    /// Hands finished team jobs to the reducer and starts the background sync when it is due; returns whether the
    /// state changed.
    func pollTeam() -> Bool {
        var changed = false
        for action in teamWorker.take() {
            dispatch(action)
            changed = true
            // The sync wrote through this connection, so the poll's change token does not move: reload as it would.
            if case .teamSynced(let r) = action, r.pulled > 0 || r.conflicts > 0 { reloadAfterSync() }
        }
        guard let link = team, let every = link.syncEvery, !teamWorker.isSyncing else { return changed }
        let now = AppRuntime.milliseconds()
        guard now >= teamWorker.nextSync else { return changed }
        teamWorker.nextSync = UInt64.max  // set again when this sync ends
        let language = state.language, today = state.today, stamp = clock.timestamp()
        let worker = teamWorker
        dispatch(.teamSyncStarted)
        teamWorker.run(sync: true) {
            var result: TeamSyncResult
            do {
                let outcome = try link.sync(today, stamp)
                result = TeamSyncResult(time: AppRuntime.clockTime(), pulled: outcome.pulled, conflicts: outcome.conflicts)
            } catch {
                result = TeamSyncResult(time: AppRuntime.clockTime(), problem: TeamProblem.phrase(error, language),
                                        sentence: TeamProblem.sentence(error, language))
            }
            worker.nextSync = AppRuntime.milliseconds() + UInt64(every) * 1000
            return .teamSynced(result)
        }
        return true
    }

    /// Today's lists and the browsed periods read again; every view on the stack then refreshes (as after an outside change).
    func reloadAfterSync() {
        do {
            dispatch(.agendaLoaded(try database.agenda(today: state.today, engine: engine)))
            for (kind, b) in state.browsing {
                dispatch(.periodLoaded(kind, b.period, try database.occurrences(periodKey: b.period.key, today: state.today)))
            }
        } catch {
            dispatch(.failed((error as? MustDoError)?.message(state.language) ?? "\(error)"))
        }
    }

    /// Blocks until the team jobs started so far have finished, then takes their results (tests).
    public func waitForTeam() {
        teamWorker.waitUntilIdle()
        _ = pollTeam()
    }

    /// The local wall-clock time, HH:MM.
    static func clockTime() -> String {
        let now = Clock.wallNow()
        func two(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }
        return two(now.hour) + ":" + two(now.minute)
    }
}
