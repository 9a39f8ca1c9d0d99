import MustDoCore
import MustDoStore

#if canImport(Glibc)
import Glibc
#endif

/// `mustdo sync`: pushes the outbox in one server transaction, then pulls the team's changes in one read-only
/// snapshot and applies them locally in one SQLite transaction. A sync stopped at any moment is completed by the
/// next: an unacknowledged push is sent again with the same change ids (the server applies each once), and an
/// unapplied pull is fetched again from the old cursor.
public struct TeamSync {
    /// The member's connection.
    public let connection: PostgresConnection
    /// The local database.
    public let database: AppDatabase

    /// A sync of `database` over `connection`.
    public init(connection: PostgresConnection, database: AppDatabase) {
        self.connection = connection
        self.database = database
    }

    /// What a sync did.
    public struct Outcome: Sendable {
        /// Changes sent, of which the server had already applied `duplicates` and refused `rejected`.
        public var pushed = 0, duplicates = 0, rejected = 0
        /// Rows changed here by the pull, and new conflicts.
        public var pulled = 0, conflicts = 0
        /// Local changes still waiting (made during the sync).
        public var pending = 0
    }

    /// Checks that this login is a member of a team on a server with the team schema; returns the team and role.
    public func membership() throws -> (team: String, role: String) {
        try TeamSync.membership(connection)
    }

    /// Checks that the login of `connection` is a member of a team; returns the team and role.
    public static func membership(_ connection: PostgresConnection) throws -> (team: String, role: String) {
        if try connection.scalar("SELECT to_regclass('mustdo.member')::text") == nil {
            throw TeamError(.teamNotInitialised, [:], exitCode: 69)
        }
        guard let row = try connection.execute("SELECT team, role FROM mustdo.member WHERE login = session_user AND removed_at IS NULL").first,
              let team = row[0], let role = row[1] else {
            throw TeamError(.teamNotAMember, ["user": connection.user], exitCode: 77)
        }
        return (team, role)
    }

    /// Runs one sync; `today` decides which open items of ended periods count as missed; `now` is the local timestamp.
    ///
    /// One round trip to the server (libpq's pipeline): the push, one statement and so its own transaction (all of
    /// the batch or nothing); the pull, one read-only snapshot; and the note of this sync for `team status`. Then one
    /// local transaction takes the pushed changes out of the outbox and applies the pull with its new cursor.
    public func run(today: LocalDate, now: String) throws -> Outcome {
        try TeamSync.run(database: database, connecting: { connection }, today: today, now: now)
    }

    /// Runs one sync of `database` as `run(today:now:)` does, with the connection `connecting` gives once the batch
    /// is ready (`mustdo sync` opens it on another thread meanwhile, see `PendingConnection`).
    public static func run(database: AppDatabase, connecting: () throws -> PostgresConnection, today: LocalDate, now: String) throws -> Outcome {
        var outcome = Outcome()
        let status = try database.syncStatus()
        let batch = try database.prepareSyncBatch(today: today)
        TeamTrace.mark("prepare-batch")
        let connection = try connecting()
        TeamTrace.mark("connected")
        let sync = TeamSync(connection: connection, database: database)
        TeamSync.stopForTest(at: "before-push")
        let cursor = status.cursor
        var groups: [[(sql: String, parameters: [String?])]] = []
        if !batch.sent.isEmpty {
            groups.append([("SELECT mustdo.push($1, $2::jsonb)::text", [String(cursor), batch.json])])
        }
        groups.append([
            ("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", []),
            (TeamSync.pullSQL, [String(cursor)]),
            ("""
                SELECT id, entity, replace(uid::text, '-', ''), field, kept_value::text, kept_author,
                       to_char(kept_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), lost_value::text, lost_author,
                       to_char(lost_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                FROM mustdo.conflict WHERE team = mustdo.my_team() AND seq > $1 ORDER BY id
                """, [String(cursor)]),
            ("SELECT coalesce(max(seq), 0) FROM mustdo.change WHERE author = session_user", []),
            ("COMMIT", []),
        ])
        // Who synced when, for `team status` (every outbox row is in the batch, sent or left out, so none is left
        // waiting). A bookkeeping row: committed without waiting for the server's disk, and a failure loses nothing.
        groups.append([("SELECT set_config('synchronous_commit', 'off', true), mustdo.note_sync($1, 0)", [String(batch.sent.count)])])
        let results = try sync.serverCall { try connection.pipeline(groups: groups) }
        if !batch.sent.isEmpty {
            let reply = try sync.serverCall { try results[0][0].get().first?.first.flatMap { $0 } ?? "{}" }
            outcome.pushed = batch.sent.count
            outcome.duplicates = TeamSync.number(in: reply, "duplicate")
            outcome.rejected = TeamSync.number(in: reply, "rejected")
        }
        TeamTrace.mark("push-pull")
        TeamSync.stopForTest(at: "after-push")
        let pull = results[batch.sent.isEmpty ? 0 : 1]
        let fields: [PulledField], conflicts: [SyncConflictRow], newCursor: Int64
        do {
            (fields, conflicts, newCursor) = try sync.serverCall {
                let rows = try pull.map { try $0.get() }
                let fields = rows[1].map { r in
                    PulledField(entity: r[0] ?? "", uid: r[1] ?? "", owner: r[2] ?? "", field: r[3] ?? "", value: r[4], seq: Int64(r[5] ?? "0") ?? 0)
                }
                let conflicts = rows[2].map { r in
                    SyncConflictRow(serverID: Int64(r[0] ?? "0") ?? 0, entity: r[1] ?? "", uid: r[2] ?? "", field: r[3] ?? "", kept: r[4],
                                    keptBy: r[5] ?? "", keptAt: r[6] ?? "", lost: r[7], lostBy: r[8] ?? "", lostAt: r[9] ?? "")
                }
                let own = Int64(rows[3].first?.first.flatMap { $0 } ?? "0") ?? 0
                return (fields, conflicts, max(cursor, own, fields.map(\.seq).max() ?? 0))
            }
        } catch {
            // The push is on the server: its changes leave the outbox even though the pull failed (the next sync pulls).
            if !batch.sent.isEmpty || !batch.dropped.isEmpty { try database.finishSyncBatch(batch, now: now) }
            throw error
        }
        TeamSync.stopForTest(at: "after-fetch")
        do {
            outcome.pulled = try database.applyPulled(fields, conflicts: conflicts, cursor: newCursor, now: now, finishing: batch)
        } catch let e as PulledValueRefused {
            // The pull is rolled back whole, the cursor with it: the next sync fetches the same changes once the value is
            // corrected. The push is done all the same.
            if !batch.sent.isEmpty || !batch.dropped.isEmpty { try database.finishSyncBatch(batch, now: now) }
            throw TeamError(.syncPulledValueRefused, ["field": e.field, "value": e.shownValue.quotedForMessage(), "record": e.record.quotedForMessage(limit: 60),
                                                      "owner": e.owner.quotedForMessage()], exitCode: 65)
        }
        TeamTrace.mark("apply-pulled")
        outcome.conflicts = conflicts.count
        outcome.pending = try database.syncStatus().pending
        TeamTrace.mark("pending")
        return outcome
    }

    /// The pull's field values: every clock this member may read changed after the cursor $1 (not their own changes,
    /// except on the first pull), never period summaries. A rep's later pulls read by scope (cards shared with or by
    /// them) and their own rows last written by someone else (indexes of t12-pull-by-reader), the manager and a first
    /// pull through the team's index: the team's whole day is not read to keep a rep's few rows. Row-level security
    /// still decides what is returned (the same rows as a plain `team = my_team()`); on a server without the t12
    /// indexes the branches are only slower.
    static let pullSQL = """
        SELECT entity, replace(uid::text, '-', ''), owner, field, value::text, seq FROM (
          SELECT * FROM mustdo.field_clock
          WHERE author <> owner AND owner = session_user AND seq > $1 AND entity <> 'completion' AND $1 > 0
            AND NOT (SELECT mustdo.is_manager())
          UNION ALL
          SELECT * FROM mustdo.field_clock
          WHERE scope = ANY ((SELECT mustdo.my_scopes(false))::uuid[]) AND owner <> session_user AND seq > $1 AND entity <> 'completion'
            AND NOT (SELECT mustdo.is_manager())
          UNION ALL
          SELECT * FROM mustdo.field_clock
          WHERE team = (SELECT mustdo.my_team()) AND seq > $1 AND entity <> 'completion'
            AND ((SELECT mustdo.is_manager()) OR $1 = 0 AND owner = session_user)) f
        WHERE team = (SELECT mustdo.my_team()) AND ($1 = 0 OR author <> session_user) AND \(SyncRegistry.pullFilter)
        ORDER BY seq
        """

    /// The crash tests' hook: with `MUSTDO_TEST_SYNC_KILL` set to `point`, the process kills itself there (SIGKILL),
    /// so a test can stop a sync exactly between the server's commit and the local one without any timing.
    static func stopForTest(at point: String) {
        guard let p = getenv("MUSTDO_TEST_SYNC_KILL"), String(cString: p) == point else { return }
        kill(getpid(), SIGKILL)
    }

    /// Runs a server call, turning a refusal by the server into one sentence.
    func serverCall<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as PostgresError {
            if e.sqlState == "42501" { throw TeamError(.teamNotAMember, ["user": connection.user], exitCode: 77) }
            if e.sqlState == "3F000" || e.sqlState == "42P01" || e.sqlState == "42883" { throw TeamError(.teamNotInitialised, [:], exitCode: 69) }
            throw TeamError(.teamServerRefused, ["reason": e.message], exitCode: 69)
        }
    }

    /// The integer after `"key": ` in a small JSON object (the push reply), 0 when absent.
    static func number(in json: String, _ key: String) -> Int {
        guard let r = json.firstRange(of: "\"\(key)\": ") else { return 0 }
        return Int(json[r.upperBound...].prefix { $0.isNumber }) ?? 0
    }

    /// Shares the card with team-wide id `uid` with the colleague `grantee` (same team): they read and write it
    /// from their next sync on. Only the card's owner can share it.
    public func share(uid: String, with grantee: String) throws {
        try serverCall {
            guard try connection.scalar("SELECT 1 FROM mustdo.member WHERE login = $1 AND removed_at IS NULL", [grantee]) != nil else {
                throw TeamError(.teamNoSuchMember, ["name": grantee], exitCode: 67)
            }
            guard try connection.scalar("SELECT 1 FROM mustdo.customer WHERE uid = $1::uuid AND owner = session_user", [uid]) != nil else {
                throw TeamError(.teamShareNotOwner, [:], exitCode: 77)
            }
            try connection.transaction {
                try connection.execute("SELECT mustdo.share_with($1::uuid, $2)", [uid, grantee])
            }
        }
    }

    /// The members of this member's team with their last sync, for `team status` (a rep sees the team list too).
    public func members() throws -> [(login: String, role: String, lastSync: String?, pending: Int?)] {
        try serverCall {
            try connection.execute("""
                SELECT login, role, to_char(last_sync_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS "UTC"'), pending
                FROM mustdo.member WHERE removed_at IS NULL ORDER BY role DESC, login
                """).map { ($0[0] ?? "", $0[1] ?? "", $0[2], $0[3].flatMap { Int($0) }) }
        }
    }
}
