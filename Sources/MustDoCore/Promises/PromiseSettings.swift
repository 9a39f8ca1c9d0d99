/// Reminders for promises (`[promises]` in config.toml): days before the due date per kind, and progress checks of long promises.
public struct PromiseSettings: Equatable, Sendable {
    /// Days before the due date a reminder starts, by kind (defaults: general 3, rebate 30, payment 3, action 1).
    public var remindDaysByKind: [PromiseKind: Int] = [.general: 3, .rebate: 30, .payment: 3, .action: 1]
    /// A promise running longer than this many days (from made to due) with conditions gets progress checks.
    public var longPromiseDays = 60
    /// Days between progress checks of a long promise.
    public var checkEveryDays = 30

    /// The defaults.
    public init() {}

    /// The default reminder of `kind`.
    public func remindDays(_ kind: PromiseKind) -> Int { remindDaysByKind[kind] ?? 3 }

    /// The largest number of reminder days allowed (a year).
    public static let remindLimit = 366
}
