#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way MustDo reads a text file a user names (config, holiday file, theme, routine pack, .ics calendar).
///
/// Only regular files are read (a device such as `/dev/zero`, a pipe or a folder is refused before a byte
/// is read, and a FIFO never blocks the program), and never more than `sizeLimit` bytes, so a file that
/// never ends cannot exhaust memory.
public enum TextFile {
    /// The most bytes read from one file: 4 MiB, far above any config, pack or holiday calendar.
    public static let sizeLimit = 4 * 1024 * 1024

    /// Reads `path` as UTF-8 text (a byte-order mark dropped), or says why it cannot.
    public static func read(_ path: String, limit: Int = sizeLimit) -> FileText {
        // O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever; it is refused below anyway.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .missing(errno: errno) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .missing(errno: errno) }
        if let kind = FileKind(mode: st.st_mode) { return .notRegular(kind) }
        if Int(st.st_size) > limit { return .tooLarge(limit: limit) }
        // Back to blocking reads for a regular file; read at most limit + 1 bytes in case it grows meanwhile.
        _ = fcntl(fd, F_SETFL, 0)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(st.st_size))
        // A chunk the size of the file (at least a page, at most 64 KiB): zeroing 64 KiB for a 30-byte config was 16 page faults.
        var chunk = [UInt8](repeating: 0, count: max(4096, min(65536, Int(st.st_size) + 1)))
        while bytes.count <= limit {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, min($0.count, limit + 1 - bytes.count)) }
            if n < 0 {
                if errno == EINTR { continue }
                return .missing(errno: errno)
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        if bytes.count > limit { return .tooLarge(limit: limit) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else { return .notUTF8 }
        return .text(text)
    }

    /// `bytes` written for people: `4 MiB`, `512 KiB`, `100 bytes`.
    public static func sizeText(_ bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
