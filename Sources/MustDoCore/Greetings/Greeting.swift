/// One reason to greet on one day: a festival (with every customer greeted on it), a customer's birthday, or another
/// date on a customer's card.
public struct Greeting: Sendable {
    /// Why.
    public enum Reason: Sendable, Equatable {
        /// A festival.
        case festival(Festival)
        /// The customer's birthday (solar or lunar, as kept on the card).
        case birthday(Birthday)
        /// Another date on the card, with its label (a wedding anniversary, the company's founding day).
        case cardDate(label: String, date: Birthday)
    }

    /// The day to greet on.
    public var date: LocalDate
    /// Days from today (0 is today).
    public var daysAway: Int
    /// Why.
    public var reason: Reason
    /// Who: every customer greeted on a festival, or the one whose birthday or date it is.
    public var customers: [GreetingCalendar.Person]
    /// For a birthday or a dated anniversary: the years completed on that day (nil when the year is unknown).
    public var years: Int?
}
