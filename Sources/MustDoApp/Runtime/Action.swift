import MustDoCore
import TerminalUI

/// Everything that can happen to the app: user commands and keys, signals, and results of effects.
public enum Action: Sendable {
    /// A named command from a key table.
    case command(Command)
    /// A key as typed; the reducer resolves it with the top view's key table (inheriting the global one), else the view gets it as text.
    case inputKey(KeyEvent)
    /// The program must end now: SIGTERM, SIGHUP, SIGINT, or the terminal is gone. Every view obeys it.
    case terminate
    /// The terminal changed size.
    case resize(width: Int, height: Int)
    /// A mouse event at screen coordinates.
    case mouse(MouseEvent)
    /// A change was committed to the database (`origin` tells whether it was an undo or redo; `title` names the item when the screen does not list it).
    case applied(before: OccurrenceSnapshot, after: OccurrenceSnapshot, origin: ChangeOrigin, title: String? = nil, createdTask: Int64? = nil)
    /// An undo (or redo) was refused because another process changed the item since.
    case undoRefused(UndoEntry, redo: Bool)
    /// Today's lists were (re)loaded.
    case agendaLoaded(Agenda)
    /// Move the home cursor onto this occurrence (after adding a task or marking a focus item).
    case select(Int64)
    /// A browsed period's occurrences were loaded.
    case periodLoaded(PeriodKind, Period, [Occurrence])
    /// The day rolled over.
    case dayChanged(LocalDate)
    /// The week review arrived.
    case weekLoaded(WeekReview)
    /// Morning planning arrived.
    case planLoaded(MorningPlan)
    /// A journal entry was saved (or edited outside); the status line confirms it.
    case journalSaved(JournalEntry, JournalPart)
    /// A journal entry was read for editing.
    case journalOpened(AppState.JournalTarget, String)
    /// New settings were saved and applied (calendar, language, theme).
    case settingsApplied(Settings, language: Language, theme: String)
    /// Journal entries matching the filter text.
    case journalFound(String, [JournalEntry])
    /// The routines were (re)loaded.
    case routinesLoaded([Routine])
    /// What an effect did, one sentence for the status line.
    case status(String)
    /// An effect failed; the message is one sentence for the status line.
    case failed(String)
    /// The customer list arrived (current or archived cards), as the list and the forms' customer pickers show it.
    case customersLoaded(CustomerListPresentation, archived: Bool)
    /// One customer card arrived, with its history and the number of the card it was merged into.
    case customerCardLoaded(Customer, [CustomerHistoryEntry], mergedInto: String?)
    /// A customer change was committed: the card before and after (archived state included), and the status line for a new change.
    case customerApplied(before: Customer, after: Customer, origin: ChangeOrigin, said: String?)
    /// A form text came back from `$EDITOR`.
    case customerTextEdited(field: String, text: String)
    /// A card's timeline records arrived (visits, promises, appointments).
    case timelineLoaded(Int64, CustomerTimeline.Records)
    /// The visit form can open: the time now, and the customer typed in.
    case visitFormOpened(now: LocalDateTime, customer: String)
    /// A customer's last visit goal (nil: none yet).
    case lastGoalLoaded(Int64, VisitGoal?)
    /// A visit was logged (`removed` false) or removed (true) and committed.
    case visitApplied(Visit, removed: Bool, origin: ChangeOrigin)
    /// The pending promises and the appointments (those to tell about are shown) arrived.
    case ledgerLoaded([Promise], [Appointment])
    /// A ledger change (or its undo) was committed; `said` is the status line for a new change.
    case ledgerApplied(LedgerUndo, origin: ChangeOrigin, said: String?)
    /// The visits of a query arrived, newest first.
    case visitsLoaded(VisitQuery, [Visit])
    /// A card to edit arrived (`e` in the list): the form opens on it.
    case customerFormOpened(Customer)
    /// A period review arrived.
    case periodReviewLoaded(PeriodReview)
    /// A month's sales ranking arrived.
    case salesLoaded(SalesRanking)
    /// A sales figure was added and committed; the sentence says what was added.
    case salesAdded(String)
    /// A sales figure typed on the ranking was refused (the sentence says why); the entry opens again with the text.
    case salesEntryRefused(SalesEntryText, String)
    /// The team report of a period arrived (or the sentence that says why not).
    case teamReportLoaded(Period, TeamReportResult)
    /// A background sync started.
    case teamSyncStarted
    /// A background sync ended.
    case teamSynced(TeamSyncResult)
}

/// Why a change was made: by the user, or by undo / redo of an earlier entry.
public enum ChangeOrigin: Sendable, Equatable {
    /// A new change (goes on the undo stack, clears redo).
    case user
    /// Undoing `entry` (it moves to the redo stack).
    case undo(UndoEntry)
    /// Redoing `entry` (it moves back to the undo stack).
    case redo(UndoEntry)
}
