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
    /// Load the week review of a week; reports `.weekLoaded`.
    case loadWeek(Period)
    /// Load morning planning; reports `.planLoaded`.
    case loadPlan
    /// Add or remove a focus item for today; reports `.agendaLoaded` (and the plan when shown).
    case toggleFocus(Int64)
    /// Add a one-off task for today; the home cursor then follows it.
    case addTask(String)
    /// Copy a left-over occurrence as a one-off task for today and settle the leftover (one transaction); undoable.
    case carryOver(Int64)
    /// Read a journal entry and open the multi-line editor on one part; reports `.journalOpened`.
    case openJournal(AppState.JournalTarget)
    /// Save one part of a journal entry.
    case saveJournal(key: String, part: JournalPart, text: String)
    /// Edit one part of a journal entry in `$EDITOR` (the screen is suspended meanwhile).
    case externalEdit(key: String, part: JournalPart)
    /// Load every routine; reports `.routinesLoaded`.
    case loadRoutines
    /// Save a new or edited routine (effective from the current period), then reload routines and today's lists.
    case saveRoutine(Routine, isNew: Bool)
    /// Retire a routine (history kept).
    case retireRoutine(String)
    /// Restore a retired routine.
    case restoreRoutine(String)
    /// Move a routine one place up or down within its period.
    case moveRoutine(String, before: String?, after: String?)
    /// Write these top-level settings into config.toml (comments kept) and apply them; reports `.settingsApplied`.
    case saveSettings([String: String])
    /// Search the journal for the filter text; reports `.journalFound`.
    case searchJournal(String)
    /// End the program.
    case quit
    /// Load the current (or archived) customer list; reports `.customersLoaded`.
    case loadCustomers(archived: Bool)
    /// Load one customer card with its history; reports `.customerCardLoaded`.
    case loadCustomerCard(Int64)
    /// Save a card from the form: a new one (`opened` nil), or the fields changed since `opened` applied to the card as stored now; reports `.customerApplied`.
    case saveCustomer(Customer, opened: Customer?)
    /// Archive (true) or restore (false) a card; reports `.customerApplied`.
    case archiveCustomer(Int64, Bool)
    /// Undo or redo a customer change: the card goes from `from` back to `to`, refused when it changed since; reports `.customerApplied` or `.undoRefused`.
    case revertCustomer(from: Customer, to: Customer, origin: ChangeOrigin)
    /// Edit one multi-line form text in `$EDITOR`; reports `.customerTextEdited`.
    case externalEditCustomerText(field: String, text: String)
    /// Load a card's visits, promises and appointments for its timeline; reports `.timelineLoaded`.
    case loadTimeline(Int64)
    /// Open the visit form with `customer` typed in: loads the cards and the time now; reports `.visitFormOpened`.
    case openVisitForm(customer: String)
    /// The goal of the customer's last visit; reports `.lastGoalLoaded`.
    case loadLastGoal(Int64)
    /// Log a visit (with its commitment and appointment) in one transaction; reports `.visitApplied`.
    case logVisit(Visit, origin: ChangeOrigin)
    /// Remove a logged visit whole (undo); reports `.visitApplied`.
    case removeVisit(Visit, origin: ChangeOrigin)
    /// Load the pending promises and the appointments to tell about; reports `.ledgerLoaded`.
    case loadLedger
    /// Make a ledger change in its own transaction; reports `.ledgerApplied`.
    case changeLedger(LedgerChange, origin: ChangeOrigin)
    /// Undo a ledger change (the record put back, its history since removed); reports `.ledgerApplied`.
    case revertLedger(LedgerUndo, origin: ChangeOrigin)
    /// Load the visits `query` asks for; reports `.visitsLoaded`.
    case loadVisits(VisitQuery)
    /// Load the card `id` whole and open the edit form on it; reports `.customerFormOpened`.
    case openCustomerForm(Int64)
    /// Load the review of a month, quarter, half or year; reports `.periodReviewLoaded`.
    case loadPeriodReview(Period)
    /// Load the sales ranking of a month (nil: the latest month with figures up to this one); reports `.salesLoaded`.
    case loadSales(SalesMonth?)
    /// Add a sales figure to a customer's month in one transaction; reports `.salesAdded` or `.salesEntryRefused`.
    case addSales(SalesEntryText)
    /// Fetch the team report of a period off the main loop; reports `.teamReportLoaded` when it arrives.
    case loadTeamReport(Period)
}
