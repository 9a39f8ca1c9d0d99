/// A local wall-clock minute, `YYYY-MM-DD HH:MM` (no time zone, like every date in MustDo): when a visit happened or an appointment is.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The day.
    public var date: LocalDate
    /// Minutes after midnight, 0–1439.
    public var minutes: Int

    /// A minute of `date`.
    public init(date: LocalDate, hour: Int, minute: Int) {
        self.date = date
        self.minutes = hour * 60 + minute
    }

    /// Reads `YYYY-MM-DD HH:MM` (also `T` instead of the space, and a trailing `:SS`, as timestamps are stored); nil when it is not a real minute.
    public init?(parsing text: some StringProtocol) {
        let s = String(text)
        let u = Array(s.utf8)
        guard u.count == 16 || u.count == 19, u[10] == UInt8(ascii: " ") || u[10] == UInt8(ascii: "T"), u[13] == UInt8(ascii: ":"),
              let d = LocalDate(parsing: s.prefix(10)) else { return nil }
        func num(_ i: Int) -> Int? {
            guard (48...57).contains(u[i]), (48...57).contains(u[i + 1]) else { return nil }
            return Int(u[i] - 48) * 10 + Int(u[i + 1] - 48)
        }
        guard let h = num(11), let m = num(14), h < 24, m < 60 else { return nil }
        if u.count == 19 { guard u[16] == UInt8(ascii: ":"), let sec = num(17), sec < 60 else { return nil } }
        self.init(date: d, hour: h, minute: m)
    }

    /// The hour.
    public var hour: Int { minutes / 60 }
    /// The minute of the hour.
    public var minute: Int { minutes % 60 }

    /// `2026-11-27 09:30`.
    public var description: String { "\(date) \(LocalDate.pad(hour, 2)):\(LocalDate.pad(minute, 2))" }

    /// `09:30`.
    public var timeText: String { "\(LocalDate.pad(hour, 2)):\(LocalDate.pad(minute, 2))" }

    /// Orders by day, then minute.
    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool { (a.date, a.minutes) < (b.date, b.minutes) }
}
