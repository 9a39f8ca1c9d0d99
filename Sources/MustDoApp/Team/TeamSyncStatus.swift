import MustDoCore
import MustDoTeam

/// The background sync as the status line shows it: when it last succeeded, the problem of the last try in a short
/// phrase, whether one is running, and the conflicts the syncs of this session brought.
public struct TeamSyncStatus: Sendable, Equatable {
    /// The local time (HH:MM) of the last sync that succeeded (nil: none yet).
    public var lastTime: String?
    /// The last try's problem in a short phrase (nil: it worked).
    public var problem: String?
    /// Whether a sync is running now.
    public var running = false
    /// Conflicts pulled by this session's syncs (`mustdo sync --conflicts` lists them).
    public var conflicts = 0

    /// A status before any sync.
    public init() {}

    /// The words at the right of the status line: the last sync or the problem, then the conflict mark.
    public func text(_ language: Language) -> String {
        var out: String
        if let problem {
            out = language.text(.tscreenSyncProblem, ["problem": problem])
        } else if let lastTime {
            out = language.text(.tscreenSyncedAt, ["time": lastTime])
        } else {
            out = language.text(.tscreenSyncing)
        }
        if conflicts > 0 { out += " · " + language.text(.tscreenConflictMark, ["count": String(conflicts)]) }
        return out
    }
}

/// What one background sync did, delivered to the reducer as an action.
public struct TeamSyncResult: Sendable, Equatable {
    /// The local time it ended (HH:MM).
    public var time: String
    /// Rows changed here, and new conflicts.
    public var pulled = 0, conflicts = 0
    /// The problem in a short phrase and the full sentence (nil: it worked).
    public var problem: String?, sentence: String?

    /// A result.
    public init(time: String, pulled: Int = 0, conflicts: Int = 0, problem: String? = nil, sentence: String? = nil) {
        self.time = time
        self.pulled = pulled
        self.conflicts = conflicts
        self.problem = problem
        self.sentence = sentence
    }
}

/// A team report load's outcome: the report, or the sentence that says why not (not joined, server unreachable).
public enum TeamReportResult: Sendable {
    /// The report.
    case report(TeamReport)
    /// One sentence.
    case failed(String)
}
