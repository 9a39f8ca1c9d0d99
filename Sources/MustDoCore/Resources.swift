#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the data files shipped with the program (routine packs) without Foundation's Bundle, which aborts when they are missing.
public enum Resources {
    /// The folder names searched, in order: `$MUSTDO_RESOURCES`, `mustdo_MustDoCore.resources` next to the executable, then `../share/mustdo` beside its bin folder.
    public static func candidates() -> [String] {
        var dirs: [String] = []
        if let env = getenv("MUSTDO_RESOURCES") { dirs.append(String(cString: env)) }
        let exeDir = executableDirectory()
        dirs.append(exeDir + "/mustdo_MustDoCore.resources")
        dirs.append(exeDir + "/MustDo_MustDoCore.resources")
        dirs.append(exeDir + "/../share/mustdo")
        return dirs
    }

    /// The full path of `relative` inside the first candidate folder that has it.
    public static func path(of relative: String, what: String) throws -> String {
        for dir in candidates() {
            let p = dir + "/" + relative
            if access(p, R_OK) == 0 { return p }
        }
        throw MustDoError.resourcesMissing(what: what)
    }

    /// The folder holding the running executable (from /proc/self/exe).
    public static func executableDirectory() -> String {
        var buf = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buf, buf.count - 1)
        guard n > 0 else { return "." }
        let path = String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }

    /// Reads a whole file as UTF-8 text through `TextFile.read` (regular files only, at most `TextFile.sizeLimit` bytes).
    public static func readFile(_ path: String) -> FileText { TextFile.read(path) }

    /// Reads a shipped resource file as text.
    public static func read(_ path: String) throws -> String {
        guard case .text(let t) = readFile(path) else { throw MustDoError.resourcesMissing(what: path) }
        return t
    }
}
