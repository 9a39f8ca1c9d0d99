import ArgumentParser
import MustDoCore
import MustDoStore
import MustDoTeam

#if canImport(Glibc)
import Glibc
#endif

/// What the team commands share: errors said in the user's language with their exit code, the admin connection,
/// the member's connection from config.toml, and reading a password without it reaching the process list.
enum TeamConsole {
    /// Runs `body`; a `TeamError` is one sentence on stderr and its exit code, other errors as every command says them.
    static func run(language: String?, _ body: () throws -> Void) throws {
        try reportingErrors(language: language) {
            do {
                try body()
            } catch let e as TeamError {
                let lang = language.flatMap { Language(code: $0) } ?? CLIText.helpLanguage
                Output.err("mustdo: " + e.message(lang))
                throw ExitCode(e.exitCode)
            } catch let e as PostgresError {
                let lang = language.flatMap { Language(code: $0) } ?? CLIText.helpLanguage
                Output.err("mustdo: " + TeamError(.teamServerRefused, ["reason": e.message], exitCode: 69).message(lang))
                throw ExitCode(69)
            }
        }
    }

    /// Checks a server address given on the command line: libpq must understand it and it must not hold a password.
    static func checkServer(_ server: String) throws -> [String: String] {
        guard let parts = try PostgresConnection.parse(server) else {
            throw TeamError(.teamBadServer, ["server": server.quotedForMessage()], exitCode: 64)
        }
        if let p = parts["password"], !p.isEmpty { throw TeamError(.teamPasswordInServer, [:], exitCode: 64) }
        return parts
    }

    /// An administrator's connection to `server` (the login and password come from the address's user, PGUSER or
    /// the system user, and ~/.pgpass or PGPASSFILE).
    static func adminConnection(_ server: String, sslmode: String?) throws -> PostgresConnection {
        _ = try checkServer(server)
        var settings = ["application_name": "mustdo-admin", "connect_timeout": "10"]
        if let sslmode { settings["sslmode"] = try checkSslmode(sslmode) }
        return try PostgresConnection(conninfo: server, settings: settings)
    }

    /// `value` when it is an sslmode libpq knows.
    static func checkSslmode(_ value: String) throws -> String {
        guard TeamSettings.sslmodes.contains(value) else { throw TeamError(.teamBadSslmode, ["value": value.quotedForMessage()], exitCode: 64) }
        return value
    }

    /// The member settings of this machine, or the sentence that says to join.
    static func settings(_ context: AppContext) throws -> TeamSettings {
        guard let s = try TeamSettings.load(configPath: context.paths.config) else {
            throw TeamError(.teamNotJoined, ["config": context.paths.config], exitCode: 78)
        }
        return s
    }

    /// Reads a password: from the terminal with echo off, asked twice, or the first line of standard input.
    static func readPassword(for name: String, language: Language) throws -> String {
        if isatty(0) == 1 {
            let first = try prompt(language.text(.teamPasswordPrompt, ["name": name]))
            let second = try prompt(language.text(.teamPasswordAgain))
            guard first == second else { throw TeamError(.teamPasswordsDiffer, ["name": name], exitCode: 64) }
            guard !first.isEmpty else { throw TeamError(.teamNoPasswordGiven, ["name": name], exitCode: 64) }
            return first
        }
        var bytes: [UInt8] = []
        var c: UInt8 = 0
        while read(0, &c, 1) == 1, c != 10, bytes.count < 1024 { bytes.append(c) }
        if bytes.last == 13 { bytes.removeLast() }
        guard !bytes.isEmpty else { throw TeamError(.teamNoPasswordGiven, ["name": name], exitCode: 64) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Asks on the terminal with echo off.
    private static func prompt(_ text: String) throws -> String {
        write(2, text, text.utf8.count)
        var old = termios()
        tcgetattr(0, &old)
        var quiet = old
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(0, TCSAFLUSH, &quiet)
        defer {
            tcsetattr(0, TCSAFLUSH, &old)
            write(2, "\n", 1)
        }
        var bytes: [UInt8] = []
        var c: UInt8 = 0
        while read(0, &c, 1) == 1, c != 10, bytes.count < 1024 { bytes.append(c) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
