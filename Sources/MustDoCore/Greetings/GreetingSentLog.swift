/// The hook through which a sent greeting is logged as a contact of kind message (issue 12).
///
/// Visits and contacts are being built beside this; when they exist, the store implements this protocol (a contact
/// of kind `message` with the greeting's reason as its note, restarting the customer's cadence) and
/// `mustdo greetings sent CUSTOMER` / the planning screen's greet list call it. Until then nothing implements it.
public protocol GreetingSentLog {
    /// Records that `customerID` was greeted on `date` for `reason`, in one transaction.
    func logGreetingSent(customerID: Int64, on date: LocalDate, reason: Greeting.Reason, now: String) throws
}
