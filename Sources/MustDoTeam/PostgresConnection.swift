import CLibpq

#if canImport(Glibc)
import Glibc
#endif

/// One libpq connection to the team's PostgreSQL server: text parameters in, text rows out.
///
/// libpq is opened with dlopen on first use (see `CLibpq/shim.h`), so commands that never talk to the
/// server do not load it. Every failure becomes a `TeamError` with one sentence and a sysexits code.
public final class PostgresConnection {
    /// The resolved libpq functions or why they could not be, loaded once per process on first use (a static `let`
    /// is initialised once even when two threads ask at once: `mustdo sync` connects on one while the other reads
    /// the configured server's name).
    private static let loaded: Result<mustdo_pq_api, TeamError> = {
        var api = mustdo_pq_api()
        if let problem = mustdo_pq_load(&api) {
            return .failure(TeamError(.teamNoLibpq, ["reason": String(cString: problem)], exitCode: 69))
        }
        return .success(api)
    }()

    private let api: mustdo_pq_api
    private let conn: OpaquePointer
    /// The login role the server accepted.
    public let user: String
    /// Whether the connection is encrypted with TLS.
    public let usesTLS: Bool

    /// Loads libpq.so.5 or throws the sentence that says to install libpq5.
    static func library() throws -> mustdo_pq_api {
        try loaded.get()
    }

    /// Connects with a libpq connection string or URI (`conninfo`), extra `key=value` settings appended.
    /// A password is never taken from MustDo's config: libpq reads it from `PGPASSFILE` or `~/.pgpass`.
    public init(conninfo: String, settings: [String: String] = [:]) throws {
        api = try PostgresConnection.library()
        var info = conninfo
        let extra = settings.sorted { $0.key < $1.key }.map { "\($0.key)=\(PostgresConnection.quoted($0.value))" }.joined(separator: " ")
        if !extra.isEmpty {
            if info.hasPrefix("postgres://") || info.hasPrefix("postgresql://") {
                // A URI cannot be followed by key=value words; libpq takes the URI itself as dbname=.
                info = "dbname=\(PostgresConnection.quoted(info)) \(extra)"
            } else {
                info += " " + extra
            }
        }
        guard let c = api.connectdb!(info) else {
            throw TeamError(.teamUnreachable, ["server": PostgresConnection.label(conninfo, user: settings["user"]), "reason": "out of memory"], exitCode: 69)
        }
        if api.status!(c) != CONNECTION_OK {
            let reason = PostgresConnection.firstLine(text(api.errorMessage!(c)))
            let needsPassword = api.connectionNeedsPassword!(c) != 0
            api.finish!(c)
            throw PostgresConnection.connectError(reason: reason, needsPassword: needsPassword,
                                                  server: PostgresConnection.label(conninfo, user: settings["user"]))
        }
        conn = c
        user = text(api.user!(c))
        usesTLS = api.sslInUse!(c) != 0
        _ = try execute("SET client_min_messages = error")
    }

    deinit { api.finish!(conn) }

    /// The sentence for a refused connection: a missing or wrong password, a refused TLS, or an unreachable server.
    static func connectError(reason: String, needsPassword: Bool, server: String) -> TeamError {
        let lower = reason.lowercased()
        if needsPassword || lower.contains("no password supplied") {
            return TeamError(.teamNoPassword, ["server": server], exitCode: 77)
        }
        if lower.contains("password authentication failed") || lower.contains("authentication failed") {
            return TeamError(.teamWrongPassword, ["server": server, "reason": reason], exitCode: 77)
        }
        if lower.contains("ssl") || lower.contains("certificate") || lower.contains("encryption") {
            return TeamError(.teamTLSProblem, ["server": server, "reason": reason], exitCode: 69)
        }
        if lower.contains("not permitted to log in") {
            return TeamError(.teamLoginDisabled, ["server": server], exitCode: 77)
        }
        if lower.contains("role") && lower.contains("does not exist") {
            return TeamError(.teamNoSuchLogin, ["server": server, "reason": reason], exitCode: 77)
        }
        return TeamError(.teamUnreachable, ["server": server, "reason": reason], exitCode: 69)
    }

    /// The rows of `sql` run with text `parameters` ($1, $2 …; nil is NULL), each row its columns as optional text.
    @discardableResult
    public func execute(_ sql: String, _ parameters: [String?] = []) throws -> [[String?]] {
        // Without parameters, PQexec: it also runs a script of several statements (a schema migration).
        let result: OpaquePointer? = parameters.isEmpty ? api.exec!(conn, sql) : withCStrings(parameters) { pointers in
            pointers.withUnsafeBufferPointer { buffer in
                api.execParams!(conn, sql, Int32(parameters.count), nil, buffer.baseAddress, nil, nil, 0)
            }
        }
        guard let result else { throw lostConnection() }
        defer { api.clear!(result) }
        return try rows(of: result)
    }

    /// The rows of one statement's result, or the error it reports (a lost connection, or the server's refusal).
    private func rows(of result: OpaquePointer) throws -> [[String?]] {
        let status = api.resultStatus!(result)
        if status == PGRES_COMMAND_OK { return [] }
        guard status == PGRES_TUPLES_OK else {
            let state = api.resultErrorField!(result, mustdo_pq_diag_sqlstate()).map { String(cString: $0) } ?? ""
            let message = PostgresConnection.firstLine(text(api.resultErrorMessage!(result)))
            if state.isEmpty || state.hasPrefix("08") || status == PGRES_FATAL_ERROR && api.status!(conn) != CONNECTION_OK {
                throw lostConnection(message)
            }
            throw PostgresError(sqlState: state, message: message)
        }
        let rows = api.ntuples!(result), columns = api.nfields!(result)
        var out: [[String?]] = []
        out.reserveCapacity(Int(rows))
        for r in 0..<rows {
            var row: [String?] = []
            row.reserveCapacity(Int(columns))
            for c in 0..<columns {
                row.append(api.getisnull!(result, r, c) != 0 ? nil : text(api.getvalue!(result, r, c)))
            }
            out.append(row)
        }
        return out
    }

    /// Runs `statements` (each SQL with its text parameters) in order and returns each one's rows: sent together in
    /// libpq's pipeline mode, so a transaction of several statements costs one round trip to the server instead of
    /// one each (a libpq older than 14 runs them one by one). The first statement that fails throws, the later ones
    /// are skipped, and a transaction they opened is rolled back.
    public func pipeline(_ statements: [(sql: String, parameters: [String?])]) throws -> [[[String?]]] {
        var out: [[[String?]]] = []
        for result in try pipeline(groups: [statements])[0] {
            out.append(try result.get())
        }
        return out
    }

    /// Runs `groups` of statements in one round trip (libpq's pipeline mode; one by one with a libpq older than 14).
    /// Each group ends with a sync point, so a group without its own BEGIN is one implicit transaction, committed at
    /// its end, and a statement that fails skips only the rest of its group (a transaction it opened is rolled back).
    /// Returns each statement's rows or error, by group; throws only when the connection is lost.
    public func pipeline(groups: [[(sql: String, parameters: [String?])]]) throws -> [[Result<[[String?]], Error>]] {
        guard let enter = api.enterPipelineMode, enter(conn) == 1 else {
            return try groups.map { group in
                var failure: Error?
                var out: [Result<[[String?]], Error>] = []
                for s in group {
                    if let failure { out.append(.failure(failure)); continue }
                    do {
                        out.append(.success(try execute(s.sql, s.parameters)))
                    } catch let e as TeamError where e.exitCode == 75 {
                        throw e
                    } catch {
                        failure = error
                        out.append(.failure(error))
                        rollBackIfOpen()
                    }
                }
                return out
            }
        }
        for group in groups {
            for s in group {
                let ok = withCStrings(s.parameters) { pointers in
                    pointers.withUnsafeBufferPointer { buffer in
                        api.sendQueryParams!(conn, s.sql, Int32(s.parameters.count), nil, buffer.baseAddress, nil, nil, 0)
                    }
                }
                if ok != 1 { throw lostConnection() }
            }
            if api.pipelineSync!(conn) != 1 { throw lostConnection() }
        }
        // Every result of what was sent is read (each statement's, then its group's sync point), even after a failure.
        var out: [[Result<[[String?]], Error>]] = []
        var lost: Error?
        for group in groups {
            var failure: Error?
            var results: [Result<[[String?]], Error>] = []
            for _ in group {
                guard lost == nil, let result = api.getResult!(conn) else {
                    lost = lost ?? lostConnection()
                    break
                }
                if let failure {
                    results.append(.failure(failure))  // aborted by the group's earlier failure
                } else if api.resultStatus!(result) == PGRES_PIPELINE_ABORTED {
                    // Only a failed BEGIN … COMMIT of an earlier group leaves this one aborted from its start.
                    failure = PostgresError(sqlState: "25P02", message: "current transaction is aborted")
                    results.append(.failure(failure!))
                } else {
                    do {
                        results.append(.success(try rows(of: result)))
                    } catch let e as TeamError where e.exitCode == 75 {
                        lost = e
                    } catch {
                        failure = error
                        results.append(.failure(error))
                    }
                }
                api.clear!(result)
                while let extra = api.getResult!(conn) { api.clear!(extra) }  // the NULL that ends this statement's results
            }
            if lost != nil { break }
            while let result = api.getResult!(conn) {
                let sync = api.resultStatus!(result) == PGRES_PIPELINE_SYNC
                api.clear!(result)
                if sync { break }
            }
            out.append(results)
        }
        if let lost { throw lost }
        _ = api.exitPipelineMode!(conn)
        // A failed statement inside a group's BEGIN … COMMIT leaves that transaction open (a sync point does not end it).
        if out.contains(where: { $0.contains { if case .failure = $0 { return true } else { return false } } }) { rollBackIfOpen() }
        return out
    }

    /// Rolls back a transaction left open by a failed statement (nothing when the connection is lost or idle).
    private func rollBackIfOpen() {
        guard api.status!(conn) == CONNECTION_OK else { return }
        let state = api.transactionStatus!(conn)
        if state == PQTRANS_INTRANS || state == PQTRANS_INERROR { _ = try? execute("ROLLBACK") }
    }

    /// The first column of the first row.
    public func scalar(_ sql: String, _ parameters: [String?] = []) throws -> String? {
        try execute(sql, parameters).first?.first ?? nil
    }

    /// Runs `body` in one transaction (`BEGIN` … `COMMIT`), rolled back when it throws.
    @discardableResult
    public func transaction<T>(_ mode: String = "", _ body: () throws -> T) throws -> T {
        try execute("BEGIN " + mode)
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            if api.status!(conn) == CONNECTION_OK { _ = try? execute("ROLLBACK") }
            throw error
        }
    }

    /// A password hashed the way the server stores it (SCRAM-SHA-256), so the clear text never reaches the server or its log.
    public func encryptedPassword(_ password: String, user: String) throws -> String {
        guard let p = api.encryptPasswordConn!(conn, password, user, "scram-sha-256") else {
            throw PostgresError(sqlState: "", message: PostgresConnection.firstLine(text(api.errorMessage!(conn))))
        }
        defer { api.freemem!(p) }
        return String(cString: p)
    }

    /// The error for a connection lost in the middle of a command.
    private func lostConnection(_ message: String? = nil) -> TeamError {
        let reason = message ?? PostgresConnection.firstLine(text(api.errorMessage!(conn)))
        return TeamError(.teamConnectionLost, ["reason": reason], exitCode: 75)
    }

    /// The first line of a libpq message, without its trailing newline.
    static func firstLine(_ text: String) -> String {
        let lines = text.split(separator: "\n").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        // libpq prefixes "connection to server at … failed:" on its own line before the reason on the next.
        if lines.count >= 2, lines[0].hasSuffix("failed:") || lines[0].hasSuffix(":") { return lines[0] + " " + lines[1] }
        return lines.first ?? text
    }

    /// A short name of a server for sentences, `user@host:port/dbname`, without certificates or other settings.
    public static func label(_ conninfo: String, user: String? = nil) -> String {
        let parts = ((try? parse(conninfo)) ?? nil) ?? [:]
        let host = parts["host"] ?? parts["hostaddr"] ?? "localhost"
        let who = user ?? parts["user"]
        return (who.map { $0 + "@" } ?? "") + host + ":" + (parts["port"] ?? "5432") + "/" + (parts["dbname"] ?? who ?? "")
    }

    /// A value for a conninfo string, single-quoted with `\` and `'` escaped.
    static func quoted(_ value: String) -> String {
        "'" + value.replacingAll("\\", with: "\\\\").replacingAll("'", with: "\\'") + "'"
    }

    /// The settings a conninfo string or URI holds (host, port, dbname, user, password, sslmode …), or nil when libpq cannot parse it.
    public static func parse(_ conninfo: String) throws -> [String: String]? {
        let api = try library()
        var err: UnsafeMutablePointer<CChar>?
        guard let options = api.conninfoParse!(conninfo, &err) else {
            if let err { api.freemem!(err) }
            return nil
        }
        defer { api.conninfoFree!(options) }
        var out: [String: String] = [:]
        var p = options
        while let keyword = p.pointee.keyword {
            if let value = p.pointee.val { out[String(cString: keyword)] = String(cString: value) }
            p += 1
        }
        return out
    }
}

/// An error the server reported for a statement (not a lost connection): its SQLSTATE and first line.
public struct PostgresError: Error {
    /// The five-character SQLSTATE, e.g. 42501 for insufficient privilege.
    public let sqlState: String
    /// The server's message.
    public let message: String
}

/// The text of a C string libpq returned (empty for NULL).
func text(_ p: UnsafeMutablePointer<CChar>?) -> String { p.map { String(cString: $0) } ?? "" }

/// Calls `body` with C strings for `values` (NULL for nil), kept alive for the call.
func withCStrings<T>(_ values: [String?], _ body: ([UnsafePointer<CChar>?]) throws -> T) rethrows -> T {
    let owned: [UnsafeMutablePointer<CChar>?] = values.map { $0.map { strdup($0) } }
    defer { for p in owned { free(p) } }
    return try body(owned.map { UnsafePointer($0) })
}

extension String {
    /// The text without spaces, tabs or line breaks at either end.
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }

    /// The text with every `target` replaced by `replacement` (no Foundation).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.firstRange(of: target) {
            out += rest[..<r.lowerBound] + replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
