import MustDoCore
import MustDoStore
import MustDoTeam

/// How the screen reaches the team server: the report of a period and one sync, each run off the main loop by the
/// runtime (a closure may wait on the network for seconds), and the background sync's interval.
public struct TeamLink: Sendable {
    /// Reads the report of a period as seen on a day.
    public var report: @Sendable (Period, LocalDate) throws -> TeamReport
    /// Runs one sync (`today`, local timestamp now).
    public var sync: @Sendable (LocalDate, String) throws -> TeamSync.Outcome
    /// Seconds between background syncs (nil: the screen does not sync by itself).
    public var syncEvery: Int?

    /// A link made of these closures (tests pass fixed or blocking ones).
    public init(report: @escaping @Sendable (Period, LocalDate) throws -> TeamReport,
                sync: @escaping @Sendable (LocalDate, String) throws -> TeamSync.Outcome, syncEvery: Int?) {
        self.report = report
        self.sync = sync
        self.syncEvery = syncEvery
    }

    /// The real link of this machine: `settings` from config.toml (nil: not joined), the database file synced through
    /// a connection of its own (so the screen's poll sees the pulled changes as another writer's and refreshes).
    public static func live(settings: TeamSettings?, configPath: String, databasePath: String, syncEvery: Int?) -> TeamLink {
        let notJoined = TeamError(.teamNotJoined, ["config": configPath], exitCode: 78)
        let box = DatabaseBox()
        return TeamLink(report: { period, today in
            guard let settings else { throw notJoined }
            return try TeamReport.load(try settings.connect(), period: period, today: today)
        }, sync: { today, now in
            guard let settings else { throw notJoined }
            let db = try box.database(databasePath)
            let joined = try db.syncEnabled()
            guard joined.enabled, joined.server == settings.label() else {
                throw TeamError(.teamDatabaseNotJoined, ["db": databasePath, "config": configPath], exitCode: 78)
            }
            return try TeamSync(connection: try settings.connect(), database: db).run(today: today, now: now)
        }, syncEvery: syncEvery)
    }
}

/// The sync's own connection to the database file, opened on first use; only the runtime's one sync lane uses it.
final class DatabaseBox: @unchecked Sendable {
    private var opened: AppDatabase?

    /// The database at `path`, opened once.
    func database(_ path: String) throws -> AppDatabase {
        if let opened { return opened }
        let db = try AppDatabase.open(path: path)
        opened = db
        return db
    }
}
