import MustDoCore

extension Reducer {
    /// `c` at home, `C` anywhere: opens the customer list, or goes back to it when it is already on the stack (from its
    /// card), or closes it when it is on top.
    static func openCustomers(_ state: inout AppState) -> [Effect] {
        if state.stack.last is CustomerListView {
            state.stack.removeLast()
            if state.stack.isEmpty { state.stack = [HomeView()] }
            return []
        }
        if let i = state.stack.lastIndex(where: { $0 is CustomerListView }) {
            state.stack.removeSubrange((i + 1)...)
            return []
        }
        state.stack.append(CustomerListView())
        return [.loadCustomers(archived: false)]
    }

    /// A committed customer change: put on the undo or redo stack (like an occurrence change) and said on the status line.
    static func customerApplied(_ state: inout AppState, _ before: Customer, _ after: Customer, _ origin: ChangeOrigin, _ said: String?) {
        let title = after.number + " " + after.name
        switch origin {
        case .user:
            if !before.hasSameContent(as: after) {
                state.undoStack.append(CustomerUndo(before: before, after: after).entry(title: title))
                if state.undoStack.count > 500 { state.undoStack.removeFirst() }
                state.redoStack.removeAll()
            }
            if let said { state.message = .init(text: said, isError: false) }
        case .undo(let original):
            // The redo starts from the card as the undo left it.
            state.redoStack.append(CustomerUndo(before: after, after: original.customer?.after ?? before).entry(title: original.title))
            state.say(.screenUndid, ["title": original.title])
        case .redo(let original):
            state.undoStack.append(CustomerUndo(before: original.customer?.before ?? before, after: after).entry(title: original.title))
            state.say(.screenRedid, ["title": original.title])
        }
    }
}
