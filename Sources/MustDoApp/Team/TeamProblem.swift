import MustDoCore
import MustDoTeam

/// A team job's failure in words: the full sentence the console would print, and a short phrase for the status line.
enum TeamProblem {
    /// The sentence in `language`.
    static func sentence(_ error: Error, _ language: Language) -> String {
        switch error {
        case let e as TeamError: return e.message(language)
        case let e as MustDoError: return e.message(language)
        case let e as PostgresError: return TeamError(.teamServerRefused, ["reason": e.message], exitCode: 69).message(language)
        default: return language.text(.tscreenSyncFailed, ["reason": "\(error)"])
        }
    }

    /// A few words for the status line.
    static func phrase(_ error: Error, _ language: Language) -> String {
        guard let e = error as? TeamError else { return language.text(.tscreenProblemFailed) }
        switch e.key {
        case .teamUnreachable, .teamTLSProblem, .teamNoLibpq: return language.text(.tscreenProblemUnreachable)
        case .teamNoPassword, .teamWrongPassword, .teamNoSuchLogin, .teamLoginDisabled, .teamNotAMember: return language.text(.tscreenProblemLogin)
        case .teamConnectionLost: return language.text(.tscreenProblemLost)
        case .teamNotJoined, .teamDatabaseNotJoined: return language.text(.tscreenProblemNotJoined)
        default: return language.text(.tscreenProblemFailed)
        }
    }
}
