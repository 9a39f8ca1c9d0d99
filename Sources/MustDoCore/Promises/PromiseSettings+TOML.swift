import TOMLKit

extension PromiseSettings {
    /// The keys of `[promises]`.
    static let knownKeys = ["remind_days", "check_every_days", "long_promise_days"]

    /// Reads `[promises]`: `remind_days` (one number for every kind, or a table by kind: `{ general = 3, rebate = 30,
    /// payment = 3, action = 1 }`), `check_every_days`, `long_promise_days`. `fail(key, problem)` makes the error.
    mutating func read(_ t: TOMLTable, fail: (String, String) -> MustDoError) throws {
        for key in t.keys where !PromiseSettings.knownKeys.contains(key) {
            throw fail(key, "unknown setting (known: \(PromiseSettings.knownKeys.joined(separator: ", ")))")
        }
        let range = 0...PromiseSettings.remindLimit
        if let v = t["remind_days"] {
            if let n = v.int {
                guard range.contains(n) else { throw fail("remind_days", "use a number of days 0–\(PromiseSettings.remindLimit)") }
                for k in PromiseKind.allCases { remindDaysByKind[k] = n }
            } else if let byKind = v.table {
                for key in byKind.keys {
                    guard let kind = PromiseKind(rawValue: key) else {
                        throw fail(key, "unknown promise kind (known: general, rebate, payment, action)")
                    }
                    guard let n = byKind[key]?.int, range.contains(n) else { throw fail(key, "use a number of days 0–\(PromiseSettings.remindLimit)") }
                    remindDaysByKind[kind] = n
                }
            } else {
                throw fail("remind_days", "use a number of days, or a table such as { general = 3, rebate = 30, payment = 3, action = 1 }")
            }
        }
        if let v = t["check_every_days"] {
            guard let n = v.int, (1...366).contains(n) else { throw fail("check_every_days", "use a number of days 1–366") }
            checkEveryDays = n
        }
        if let v = t["long_promise_days"] {
            guard let n = v.int, (1...3650).contains(n) else { throw fail("long_promise_days", "use a number of days 1–3650") }
            longPromiseDays = n
        }
    }
}
