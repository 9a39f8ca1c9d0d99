import MustDoCore
import TOMLKit

/// How this machine reaches the team server: the `[team]` table of config.toml. It never holds a password: libpq
/// reads that from `PGPASSFILE` or `~/.pgpass`.
public struct TeamSettings: Equatable, Sendable {
    /// The server as a libpq URI or `key=value` string, without a password.
    public var server: String
    /// The login role.
    public var user: String
    /// libpq's sslmode (disable, allow, prefer, require, verify-ca, verify-full).
    public var sslmode: String

    /// The sslmodes libpq knows.
    public static let sslmodes = ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"]

    /// Settings for `server`, `user` and `sslmode`.
    public init(server: String, user: String, sslmode: String) {
        self.server = server
        self.user = user
        self.sslmode = sslmode
    }

    /// The `[team]` settings of the config file at `path`, or nil when it has none (or the file does not exist).
    public static func load(configPath path: String) throws -> TeamSettings? {
        guard let text = try TextFile.read(path).text(path: path, role: .config, missingIsFine: true) else { return nil }
        let table: TOMLTable
        do { table = try TOMLTable(string: text) } catch { return nil }  // Settings.load has already said what is wrong
        guard let team = table["team"]?.table else { return nil }
        let server = team["server"]?.string ?? ""
        let user = team["user"]?.string ?? ""
        guard !server.isEmpty, !user.isEmpty else { return nil }
        return TeamSettings(server: server, user: user, sslmode: team["sslmode"]?.string ?? "verify-full")
    }

    /// `text` (a config.toml) with its `[team]` table replaced by these settings (other lines and comments kept).
    public func written(into text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        var out: [String] = []
        var inTeam = false
        for line in lines {
            let trimmed = line.trimmingSpaces()
            // A table header may carry a comment (`[team]  # written by mustdo team join`, as written below).
            if trimmed.hasPrefix("[") { inTeam = String(trimmed.prefix { $0 != "#" }).trimmingSpaces() == "[team]" }
            if !inTeam { out.append(line) }
        }
        while out.last?.trimmingSpaces().isEmpty == true { out.removeLast() }
        if !out.isEmpty { out.append("") }
        out += ["[team]  # written by mustdo team join; the password lives in ~/.pgpass or $PGPASSFILE, never here",
                "server = " + ConfigFileEditor.quoted(server),
                "user = " + ConfigFileEditor.quoted(user),
                "sslmode = " + ConfigFileEditor.quoted(sslmode)]
        return out.joined(separator: "\n") + "\n"
    }

    /// Opens a connection as this member.
    public func connect() throws -> PostgresConnection {
        try PostgresConnection(conninfo: server, settings: ["user": user, "sslmode": sslmode, "application_name": "mustdo", "connect_timeout": "10"])
    }

    /// A short name of the team database for messages and the sync state: `user@host:port/dbname`.
    public func label() -> String { PostgresConnection.label(server, user: user) }
}
