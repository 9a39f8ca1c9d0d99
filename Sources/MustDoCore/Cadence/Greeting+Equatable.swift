/// Greetings compare by value, so a morning plan holding its greet list can be compared (tests, the screen's reload).
extension Greeting: Equatable {
    /// Same day, reason, customers and years.
    public static func == (a: Greeting, b: Greeting) -> Bool {
        a.date == b.date && a.daysAway == b.daysAway && a.reason == b.reason && a.customers == b.customers && a.years == b.years
    }
}
