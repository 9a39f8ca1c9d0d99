#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way MustDo creates folders: mode 0700 whatever the umask, existing folders left as they are.
public enum PrivateDirectory {
    /// The folder part of `path` ("." for a bare name, "/" for a file at the root).
    public static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Whether `path` is an existing folder (following symbolic links).
    public static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Creates `path` and, with `parents`, every missing folder above it, each 0700; returns the folders created, outermost first.
    ///
    /// Without `parents` a missing parent is an ENOENT error. A part of the path that exists but is not a
    /// folder is ENOTDIR. Nothing is created when the first step fails.
    @discardableResult
    public static func make(_ path: String, parents: Bool = true) throws -> [String] {
        if exists(path) { return [] }
        var missing: [String] = []
        var p = path
        while !p.isEmpty, p != "/", p != ".", !exists(p) {
            missing.append(p)
            if !parents && missing.count > 1 { throw FileSystemError(path: p, code: ENOENT) }
            let up = parent(of: p)
            if up == p { break }
            p = up
        }
        var created: [String] = []
        for dir in missing.reversed() {
            if mkdir(dir, 0o700) != 0 {
                let code = errno
                if code == EEXIST && exists(dir) { continue }
                throw FileSystemError(path: dir, code: code)
            }
            chmod(dir, 0o700)   // the umask may have taken bits away (umask 0277 would leave 0500)
            created.append(dir)
        }
        return created
    }
}
