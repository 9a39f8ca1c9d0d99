import MustDoCore

#if canImport(Glibc)
import Glibc
#endif

/// Unbuffered writing to stdout and stderr without Foundation (each call is one write, whole).
///
/// The one exit of console text: whatever a printer built, user text inside it reaches the terminal
/// only through `terminalSafe` (control characters, C1 and bidi overrides escaped; the line breaks
/// and tabs that shape the output kept), so no printer has to remember it.
enum Output {
    /// Writes `text` to stdout, terminal-safe.
    static func out(_ text: String) { write(fd: 1, text.terminalSafe(keepingLineBreaks: true)) }

    /// Writes `text` and a newline to stderr, terminal-safe.
    static func err(_ text: String) { write(fd: 2, text.terminalSafe(keepingLineBreaks: true) + "\n") }

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
