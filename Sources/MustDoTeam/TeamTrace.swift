#if canImport(Glibc)
import Glibc
#endif

/// The parts of a team command timed on standard error, for bench/team.sh: with `MUSTDO_TEAM_TRACE` set, each
/// `mark` prints `mustdo-trace <label> <ms>` (milliseconds since the previous mark, monotonic clock); without it a
/// mark costs one check of a flag. The first mark only starts the clock: the process's start-up is the whole
/// command's time (measured from outside) less the parts.
public enum TeamTrace {
    /// Whether the environment asks for the trace (read once).
    nonisolated(unsafe) private static var enabled: Bool? = nil
    /// The previous mark, in nanoseconds of the monotonic clock.
    nonisolated(unsafe) private static var last: UInt64 = 0

    /// Prints the time since the previous mark under `label` when tracing.
    public static func mark(_ label: String) {
        if enabled == nil {
            enabled = getenv("MUSTDO_TEAM_TRACE") != nil
            guard enabled == true else { return }
            last = now()
            return
        }
        guard enabled == true else { return }
        let t = now()
        let micros = (t &- last) / 1000
        last = t
        let line = "mustdo-trace \(label) \(micros / 1000).\(String(micros % 1000 / 100))\n"
        var bytes = Array(line.utf8)
        _ = write(2, &bytes, bytes.count)
    }

    /// The monotonic clock in nanoseconds.
    private static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
}
