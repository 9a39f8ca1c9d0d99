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

    /// The real link of this machine: `settings` from config.toml (nil: not joined) and the screen's own database
    /// connection (GRDB serialises its use; a second connection opened in this process would release the process's
    /// file locks when its checks close the file, so another process could remove the -wal under the screen).
    public static func live(settings: TeamSettings?, configPath: String, database: AppDatabase, databasePath: String, syncEvery: Int?) -> TeamLink {
        let notJoined = TeamError(.teamNotJoined, ["config": configPath], exitCode: 78)
        return TeamLink(report: { period, today in
            guard let settings else { throw notJoined }
            return try TeamReport.load(try settings.connect(), period: period, today: today)
        }, sync: { today, now in
            guard let settings else { throw notJoined }
            let db = database
            let joined = try db.syncEnabled()
            guard joined.enabled, joined.server == settings.label() else {
                throw TeamError(.teamDatabaseNotJoined, ["db": databasePath, "config": configPath], exitCode: 78)
            }
            return try TeamSync(connection: try settings.connect(), database: db).run(today: today, now: now)
        }, syncEvery: syncEvery)
    }
}
