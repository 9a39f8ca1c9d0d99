#if canImport(Glibc)
import Glibc
#endif

/// Bytes this thread has passed to write(2) so far, from Linux's /proc/thread-self/io `wchar`
/// line; nil where that file does not exist. Read around `doupdate` to count a frame's bytes.
enum ProcessWriteCounter {
    /// The current count, or nil when it cannot be read.
    static func current() -> Int? {
        #if os(Linux)
        var fd = open("/proc/thread-self/io", O_RDONLY)
        if fd < 0 { fd = open("/proc/self/io", O_RDONLY) }
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: 512)
        let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard n > 0 else { return nil }
        let text = String(decoding: bytes[0..<n], as: UTF8.self)
        for line in text.split(separator: "\n") where line.hasPrefix("wchar:") {
            return Int(line.dropFirst(6).drop(while: { $0 == " " }))
        }
        return nil
        #else
        return nil
        #endif
    }
}
