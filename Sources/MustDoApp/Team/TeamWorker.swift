import Dispatch

/// Runs the team's network work off the main loop: report loads on one lane, syncs on another (a sync waiting on an
/// unreachable server never holds up a report, nor a key). Each job's result is an action left in a mailbox that the
/// runtime empties on its next turn, so results arrive as messages like any other.
final class TeamWorker: @unchecked Sendable {
    private let reports = DispatchQueue(label: "mustdo.team.reports")
    private let syncs = DispatchQueue(label: "mustdo.team.sync")
    private let lock = DispatchQueue(label: "mustdo.team.mailbox")
    private var finished: [Action] = []
    private var running = 0, syncing = false, due: UInt64 = 0

    /// When the next background sync is due (monotonic milliseconds; 0: at once), set from either thread.
    var nextSync: UInt64 {
        get { lock.sync { due } }
        set { lock.sync { due = newValue } }
    }

    /// Runs `job` on the sync lane when `sync`, else the report lane; its action goes to the mailbox.
    func run(sync: Bool, _ job: @escaping @Sendable () -> Action) {
        lock.sync {
            running += 1
            if sync { syncing = true }
        }
        (sync ? syncs : reports).async {
            let action = job()
            self.lock.sync {
                self.finished.append(action)
                self.running -= 1
                if sync { self.syncing = false }
            }
        }
    }

    /// The actions finished since the last call, oldest first.
    func take() -> [Action] {
        lock.sync {
            let out = finished
            finished.removeAll()
            return out
        }
    }

    /// Whether a job is running or its result has not been taken yet.
    var busy: Bool { lock.sync { running > 0 || !finished.isEmpty } }

    /// Whether a sync is running.
    var isSyncing: Bool { lock.sync { syncing } }

    /// Blocks until every job started so far has finished (tests).
    func waitUntilIdle() {
        reports.sync {}
        syncs.sync {}
    }
}
