import MustDoCore
import MustDoStore

/// Work the runtime performs for the reducer: database writes and loads, and quitting.
public enum Effect: Sendable, Equatable {
    /// Commit `change` to occurrence `id` in its own transaction; reports `.applied` or `.failed`.
    case apply(OccurrenceChange, id: Int64, origin: ChangeOrigin)
    /// Re-read today's lists (after an outside change or a day change); reports `.agendaLoaded`.
    case reloadAgenda
    /// Load a browsed period; reports `.periodLoaded`.
    case loadPeriod(PeriodKind, Period)
    /// End the program.
    case quit
}
