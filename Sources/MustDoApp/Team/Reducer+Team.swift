import MustDoCore

extension Reducer {
    /// `T` from any view that does not take text: opens the team report, or goes back to it when it is on the stack.
    static func openTeam(_ state: inout AppState) -> [Effect] {
        if let i = state.stack.lastIndex(where: { $0 is TeamView }) {
            state.stack.removeSubrange((i + 1)...)
            return []
        }
        let view = TeamView(state)
        state.stack.append(view)
        return [.loadTeamReport(view.period)]
    }

    /// Team results: the report goes to the team view; a background sync's outcome goes to the status line (a new
    /// problem or new conflicts are also said once in full) and to every view.
    static func team(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .teamSyncStarted:
            var s = state.teamSync ?? TeamSyncStatus()
            s.running = true
            state.teamSync = s
            return []
        case .teamSynced(let r):
            var s = state.teamSync ?? TeamSyncStatus()
            s.running = false
            if let problem = r.problem {
                if s.problem != problem, let sentence = r.sentence { state.message = .init(text: sentence, isError: true) }
                s.problem = problem
            } else {
                s.problem = nil
                s.lastTime = r.time
                s.conflicts += r.conflicts
                if r.conflicts > 0 { state.say(.tscreenSyncConflicts, ["count": String(r.conflicts)], error: true) }
            }
            state.teamSync = s
            return broadcast(&state, action)
        default:
            return broadcast(&state, action)
        }
    }
}
