import MustDoCore

extension Reducer {
    /// `o` from any view that does not bind it: opens the ledger, or goes back to it when it is already on the stack.
    static func openLedger(_ state: inout AppState) -> [Effect] {
        if let i = state.stack.lastIndex(where: { $0 is LedgerView }) {
            state.stack.removeSubrange((i + 1)...)
            return [.loadLedger]
        }
        state.stack.append(LedgerView())
        return [.loadLedger]
    }

    /// A ledger change committed: on the undo or redo stack, and said on the status line.
    static func ledgerApplied(_ state: inout AppState, _ undo: LedgerUndo, _ origin: ChangeOrigin, _ said: String?) {
        switch origin {
        case .user:
            state.undoStack.append(UndoEntry(before: CustomerUndo.placeholder, after: CustomerUndo.placeholder, title: undo.title, ledger: undo))
            if state.undoStack.count > 500 { state.undoStack.removeFirst() }
            state.redoStack.removeAll()
            if let said { state.message = .init(text: said, isError: false) }
        case .undo(let original):
            state.redoStack.append(original)
            state.say(.screenUndid, ["title": original.title])
        case .redo(let original):
            var entry = original
            entry.ledger = undo
            state.undoStack.append(entry)
            state.say(.screenRedid, ["title": original.title])
        }
    }
}
