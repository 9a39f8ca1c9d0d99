#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw

/// Catches SIGTERM, SIGHUP and SIGINT by recording the signal number, nothing more (the only
/// async-signal-safe thing to do); `NcursesTerminal.readEvent` polls it and returns `.terminate`.
enum TerminationSignal {
    /// The last signal caught, or 0. A leaked pointer held by a `let`, so the handler does a
    /// plain store: no lazy initialisation, locks or exclusivity checks happen in the handler.
    nonisolated(unsafe) private static let pending: UnsafeMutablePointer<sig_atomic_t> = {
        let p = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)
        p.initialize(to: 0)
        return p
    }()

    /// The signals that end the program.
    static let signals: [Int32] = [SIGTERM, SIGHUP, SIGINT]

    /// Installs the handlers (before curses starts, so curses keeps its hands off these signals).
    static func install() {
        _ = pending  // initialise before any handler can run
        for sig in signals {
            _ = mustdo_set_signal_handler(sig) { sig in
                TerminationSignal.pending.pointee = sig_atomic_t(sig)
            }
        }
    }

    /// Restores the default actions.
    static func uninstall() {
        for sig in signals { _ = mustdo_reset_signal_handler(sig) }
    }

    /// The signal caught since the last `clear()`, if any.
    static var caught: Int32? {
        let v = pending.pointee
        return v == 0 ? nil : Int32(v)
    }

    /// Forgets a caught signal.
    static func clear() { pending.pointee = 0 }
}
