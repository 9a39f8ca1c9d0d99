import MustDoCore

/// What an administrator does on the server: create or upgrade the team schema, add and remove members.
public struct TeamAdmin {
    /// The administrator's connection (a role that may create roles and schemas).
    public let connection: PostgresConnection

    /// An administrator session on `conn`.
    public init(connection: PostgresConnection) { self.connection = connection }

    /// Runs the schema migrations not yet recorded, in one transaction under an advisory lock; returns their names
    /// (empty when the schema was already up to date). A newer schema than this MustDo knows is refused untouched.
    public func initialise() throws -> [String] {
        do {
            return try connection.transaction {
                try connection.execute("SELECT pg_advisory_xact_lock(hashtext('mustdo-team-init'))")
                try connection.execute("CREATE SCHEMA IF NOT EXISTS mustdo")
                try connection.execute("CREATE TABLE IF NOT EXISTS mustdo.migration (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())")
                let applied = Set(try connection.execute("SELECT name FROM mustdo.migration").compactMap { $0[0] })
                let known = Set(TeamSchema.migrations.map(\.name))
                if let unknown = applied.subtracting(known).sorted().first {
                    throw TeamError(.teamSchemaNewer, ["migration": unknown], exitCode: 65)
                }
                var ran: [String] = []
                for m in TeamSchema.migrations where !applied.contains(m.name) {
                    try connection.execute(m.sql)
                    try connection.execute("INSERT INTO mustdo.migration (name) VALUES ($1)", [m.name])
                    ran.append(m.name)
                }
                return ran
            }
        } catch let e as PostgresError where e.sqlState == "42501" {
            throw TeamError(.teamAdminNotAllowed, ["user": connection.user, "reason": e.message], exitCode: 77)
        }
    }

    /// Whether a login name is a plain PostgreSQL identifier MustDo accepts: a lower-case letter or `_`, then up to
    /// 62 lower-case letters, digits or `_`.
    public static func isValidLogin(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard (1...63).contains(bytes.count) else { return false }
        for (i, b) in bytes.enumerated() {
            let letter = (b >= 97 && b <= 122) || b == 95
            let digit = b >= 48 && b <= 57
            if !(letter || (i > 0 && digit)) { return false }
        }
        return !["mustdo_rep", "mustdo_manager", "public", "postgres"].contains(name) && !name.hasPrefix("pg_")
    }

    /// Whether a team name is one line of 1–63 printable characters.
    public static func isValidTeam(_ name: String) -> Bool {
        (1...63).contains(name.count) && !name.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }

    /// Adds `login` to `team` as `role` (rep or manager) with `password`, or updates an existing member (a new
    /// password, role or team; a removed member comes back). The password is hashed here (SCRAM-SHA-256) and
    /// only the hash is sent, so it never appears in the server's log or process list. Returns whether the member is new.
    @discardableResult
    public func addMember(_ login: String, role: String, team: String, password: String) throws -> Bool {
        guard TeamAdmin.isValidLogin(login) else { throw TeamError(.teamBadLogin, ["name": login.quotedForMessage()], exitCode: 64) }
        guard TeamAdmin.isValidTeam(team) else { throw TeamError(.teamBadTeamName, ["name": team.quotedForMessage()], exitCode: 64) }
        try requireSchema()
        let hash = try connection.encryptedPassword(password, user: login)
        // Utility statements take no parameters: the login is checked above, the hash is base64 and `$:`.
        guard !hash.contains("'") && !hash.contains("\\") else { throw TeamError(.teamBadLogin, ["name": login], exitCode: 64) }
        let group = role == "manager" ? "mustdo_manager" : "mustdo_rep"
        let other = role == "manager" ? "mustdo_rep" : "mustdo_manager"
        do {
            return try connection.transaction {
                let exists = try connection.scalar("SELECT 1 FROM pg_roles WHERE rolname = $1", [login]) != nil
                let member = try connection.scalar("SELECT 1 FROM mustdo.member WHERE login = $1", [login]) != nil
                if exists && !member { throw TeamError(.teamRoleTaken, ["name": login], exitCode: 65) }
                if exists {
                    try connection.execute("ALTER ROLE \"\(login)\" LOGIN PASSWORD '\(hash)'")
                    try connection.execute("REVOKE \(other) FROM \"\(login)\"")
                } else {
                    try connection.execute("CREATE ROLE \"\(login)\" LOGIN PASSWORD '\(hash)'")
                }
                try connection.execute("GRANT \(group) TO \"\(login)\"")
                try connection.execute("""
                    INSERT INTO mustdo.member (login, team, role) VALUES ($1, $2, $3)
                    ON CONFLICT (login) DO UPDATE SET team = EXCLUDED.team, role = EXCLUDED.role, removed_at = NULL
                    """, [login, team, role])
                return !member
            }
        } catch let e as PostgresError where e.sqlState == "42501" {
            throw TeamError(.teamAdminNotAllowed, ["user": connection.user, "reason": e.message], exitCode: 77)
        }
    }

    /// Removes `login` from the team: the login is disabled and leaves the groups; the rows they wrote keep their
    /// owner, so the team's history stays whole. Throws when there is no such member.
    public func removeMember(_ login: String) throws {
        guard TeamAdmin.isValidLogin(login) else { throw TeamError(.teamBadLogin, ["name": login.quotedForMessage()], exitCode: 64) }
        try requireSchema()
        do {
            try connection.transaction {
                guard try connection.scalar("SELECT 1 FROM mustdo.member WHERE login = $1 AND removed_at IS NULL", [login]) != nil else {
                    throw TeamError(.teamNoSuchMember, ["name": login], exitCode: 67)
                }
                try connection.execute("ALTER ROLE \"\(login)\" NOLOGIN")
                try connection.execute("REVOKE mustdo_rep, mustdo_manager FROM \"\(login)\"")
                try connection.execute("UPDATE mustdo.member SET removed_at = now() WHERE login = $1", [login])
            }
        } catch let e as PostgresError where e.sqlState == "42501" {
            throw TeamError(.teamAdminNotAllowed, ["user": connection.user, "reason": e.message], exitCode: 77)
        }
    }

    /// Throws the sentence that says to run `team init` when the schema is missing.
    func requireSchema() throws {
        if try connection.scalar("SELECT to_regclass('mustdo.member')::text") == nil {
            throw TeamError(.teamNotInitialised, [:], exitCode: 69)
        }
    }
}
