import MustDoCore
import TerminalUI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The themes MustDo can use: `*.toml` files in the user's theme folder and in the folders shipped with the program.
public struct ThemeCatalog: Sendable {
    /// The user's theme folder (`DataPaths.userThemes`); its themes shadow shipped ones with the same name.
    public let userDirectory: String
    /// The shipped theme folders, first match wins.
    public let shippedDirectories: [String]

    /// A catalog over these folders; folders that do not exist are simply empty.
    public init(userDirectory: String, shippedDirectories: [String]) {
        self.userDirectory = userDirectory
        self.shippedDirectories = shippedDirectories
    }

    /// Where shipped themes may be, in order: each folder in `$MUSTDO_THEMES` (`:`-separated),
    /// `<exe>/../share/mustdo/themes`, `<exe>/themes`, and, for a development build run from inside a `.build`
    /// folder, the `themes/` folder beside the nearest `Package.swift` above the executable.
    public static func shippedDirectories(executableDirectory: String, environment: [String: String]) -> [String] {
        var dirs: [String] = []
        for dir in (environment["MUSTDO_THEMES"] ?? "").split(separator: ":") where !dir.isEmpty {
            dirs.append(normalized(String(dir)))
        }
        let exe = normalized(executableDirectory)
        dirs.append(normalized(exe + "/../share/mustdo/themes"))
        dirs.append(normalized(exe + "/themes"))
        if exe.split(separator: "/").contains(".build") {
            var dir = exe
            while dir != "/" && !dir.isEmpty {
                if access(dir + "/Package.swift", F_OK) == 0 {
                    dirs.append(normalized(dir + "/themes"))
                    break
                }
                dir = parent(of: dir)
            }
        }
        var seen = Set<String>()
        return dirs.filter { seen.insert($0).inserted }
    }

    /// Every theme by name, sorted: user themes first shadow shipped ones, and an earlier shipped folder shadows
    /// a later one. `source` is "user", "shipped", or "built-in" for the code-only default when no file has it.
    public func available() -> [(name: String, path: String, source: String)] {
        var found: [String: (name: String, path: String, source: String)] = [:]
        for (dir, source) in [(userDirectory, "user")] + shippedDirectories.map({ ($0, "shipped") }) {
            for file in ThemeCatalog.tomlFiles(in: dir) {
                let name = String(file.dropLast(".toml".count))
                if found[name] == nil { found[name] = (name, dir + "/" + file, source) }
            }
        }
        if found["default"] == nil { found["default"] = ("default", "", "built-in") }
        return found.values.sorted { $0.name < $1.name }
    }

    /// Loads the theme called `name` (a file path when it contains `/` or ends in `.toml`). An unknown name throws
    /// `configInvalid` for key `theme`, blamed on `file` and `line` (where the name was asked for); a broken file
    /// throws its own error. `default` without a file is `Theme.fallback`.
    public func load(_ name: String, requestedIn file: String = "--theme", line: Int = 0) throws -> Theme {
        if ThemeCatalog.isPath(name) {
            let base = name.split(separator: "/").last.map(String.init) ?? name
            return try ThemeCatalog.read(path: name, name: base.hasSuffix(".toml") ? String(base.dropLast(5)) : base)
        }
        let all = available()
        guard let entry = all.first(where: { $0.name == name }) ?? all.first(where: { $0.name.lowercased() == name.lowercased() }) else {
            let names = all.map(\.name).joined(separator: ", ")
            throw MustDoError.configInvalid(file: file, line: line, key: "theme", problem: "no theme named '\(name)' (available: \(names))")
        }
        if entry.source == "built-in" { return Theme.fallback }
        return try ThemeCatalog.read(path: entry.path, name: entry.name)
    }

    /// Whether a theme name is really a file path (it contains `/` or ends in `.toml`).
    static func isPath(_ name: String) -> Bool { name.contains("/") || name.hasSuffix(".toml") }

    /// Reads and parses one theme file.
    public static func read(path: String, name: String) throws -> Theme {
        switch Resources.readFile(path) {
        case .text(let text): return try Theme(text: text, file: path, name: name)
        case .notUTF8: throw MustDoError.configInvalid(file: path, line: 0, key: "file", problem: "the file is not UTF-8 text")
        case .notRegular(let kind): throw MustDoError.inputFile(path: path, role: .theme, problem: .notRegular(kind))
        case .tooLarge(let limit): throw MustDoError.inputFile(path: path, role: .theme, problem: .tooLarge(limit: limit))
        case .missing(let e):
            let why = e == ENOENT ? "the file does not exist" : "the file cannot be read"
            throw MustDoError.configInvalid(file: path, line: 0, key: "file", problem: why)
        }
    }

    /// The `mustdo themes` listing: one line per theme with its source and path, `*` before `current`, broken
    /// files marked with why; then where the user's own themes go.
    public func report(current: String, language: Language) -> String {
        var all = available()
        if ThemeCatalog.isPath(current) { all.append((current, current, "file")) }
        let sourceWord: [String: String] = ["user": language.text(.themeSourceUser), "shipped": language.text(.themeSourceShipped),
                                            "built-in": language.text(.themeSourceBuiltIn), "file": language.text(.themeSourceFile)]
        let nameWidth = all.map { DisplayWidth.of($0.name) }.max() ?? 0
        let sourceWidth = all.map { DisplayWidth.of(sourceWord[$0.source] ?? $0.source) }.max() ?? 0
        var out = ""
        var currentFound = false
        for entry in all {
            let isCurrent = entry.name == current
            currentFound = currentFound || isCurrent
            let source = sourceWord[entry.source] ?? entry.source
            var line = (isCurrent ? "* " : "  ") + pad(entry.name, nameWidth) + "  " + pad(source, sourceWidth) + "  "
            line += entry.path.isEmpty ? language.text(.themeCompiledIn) : entry.path
            if !entry.path.isEmpty {
                do { _ = try ThemeCatalog.read(path: entry.path, name: entry.name) } catch {
                    line += language.text(.themeBroken, ["reason": ThemeCatalog.brokenReason(error, language)])
                }
            }
            out += line + "\n"
        }
        if !currentFound {
            out += language.text(.themeConfiguredMissing, ["name": current]) + "\n"
        }
        out += language.text(.themeUserFolder, ["folder": userDirectory]) + "\n"
        return out
    }

    /// One sentence saying why a theme file cannot be used, without repeating its path.
    static func brokenReason(_ error: Error, _ language: Language) -> String {
        guard case let MustDoError.configInvalid(_, line, key, problem) = error else {
            return (error as? MustDoError)?.message(language) ?? "\(error)"
        }
        let firstLine = problem.split(separator: "\n").first.map(String.init) ?? problem
        if line > 0 { return language.text(.themeReasonAtLine, ["line": String(line), "key": key, "problem": firstLine]) }
        return language.text(.themeReasonKey, ["key": key, "problem": firstLine])
    }

    private func pad(_ s: String, _ width: Int) -> String {
        s + String(repeating: " ", count: max(0, width - DisplayWidth.of(s)))
    }

    /// The names of the regular `*.toml` files in `dir` (none when it cannot be read).
    private static func tomlFiles(in dir: String) -> [String] {
        guard !dir.isEmpty, let handle = opendir(dir) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            guard name.hasSuffix(".toml"), name.count > 5, !name.hasPrefix(".") else { continue }
            var info = stat()
            guard stat(dir + "/" + name, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            names.append(name)
        }
        return names.sorted()
    }

    /// `path` with `.`, `..` and doubled slashes resolved lexically.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            if part == "..", path.hasPrefix("/") { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    private static func parent(of dir: String) -> String {
        guard let slash = dir.lastIndex(of: "/") else { return "" }
        return slash == dir.startIndex ? "/" : String(dir[..<slash])
    }
}
