#if canImport(Glibc)
import Glibc
#endif

/// Unbuffered writing to stdout and stderr without Foundation (each call is one write, whole).
enum Output {
    /// Writes `text` to stdout.
    static func out(_ text: String) { write(fd: 1, text) }

    /// Writes `text` and a newline to stderr.
    static func err(_ text: String) { write(fd: 2, text + "\n") }

    private static func write(fd: Int32, _ text: String) {
        var t = text
        t.withUTF8 { buf in
            var offset = 0
            while offset < buf.count {
                let n = Glibc.write(fd, buf.baseAddress! + offset, buf.count - offset)
                if n < 0 { if errno == EINTR { continue } else { return } }
                offset += n
            }
        }
    }
}
