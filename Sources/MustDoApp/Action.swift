import MustDoCore
import TerminalUI

/// Everything that can happen to the app: user commands, typed text, and results of effects.
public enum Action: Sendable {
    /// A named command from the key table.
    case command(Command)
    /// A key pressed while a text prompt is open.
    case inputKey(KeyEvent)
    /// The terminal changed size.
    case resize(width: Int, height: Int)
    /// A mouse event at screen coordinates.
    case mouse(MouseEvent)
    /// Any key while the help screen is open (closes it).
    case dismiss
    /// A change was committed to the database (`origin` tells whether it was an undo or redo).
    case applied(before: OccurrenceSnapshot, after: OccurrenceSnapshot, origin: ChangeOrigin)
    /// Today's lists were (re)loaded.
    case agendaLoaded(Agenda)
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
    /// A key while the settings screen is open.
    case settingsKey(KeyEvent)
    /// Journal entries matching the filter text.
    case journalFound(String, [JournalEntry])
    /// The routines were (re)loaded.
    case routinesLoaded([Routine])
    /// A key while the routine form is open.
    case formKey(KeyEvent)
    /// A key while a yes/no question is asked.
    case confirmKey(KeyEvent)
    /// A key while the multi-line journal editor is open.
    case editorKey(KeyEvent)
    /// An effect failed; the message is one sentence for the status line.
    case failed(String)
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
