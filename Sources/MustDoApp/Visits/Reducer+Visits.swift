import MustDoCore

extension Reducer {
    /// `v` from any view that does not take text: opens the visit form, with the customer typed in when it is opened
    /// from a customer card or the customer list's selected row.
    static func openVisitForm(_ state: inout AppState) -> [Effect] {
        var customer = ""
        if let card = state.stack.last as? CustomerCardView, let c = card.card, !c.isForgotten {
            customer = c.number
        } else if let list = state.stack.last as? CustomerListView, list.shownRows.indices.contains(list.cursor) {
            customer = list.shownRows[list.cursor].number
        }
        return [.openVisitForm(customer: customer)]
    }

    /// `V` from any view that does not take text: opens the visits list, or goes back to it when it is on the stack.
    static func openVisits(_ state: inout AppState) -> [Effect] {
        if let i = state.stack.lastIndex(where: { $0 is VisitsView }) {
            state.stack.removeSubrange((i + 1)...)
            return state.view(VisitsView.self)?.refresh(state) ?? []
        }
        state.stack.append(VisitsView())
        return [.loadVisits(VisitQuery())]
    }

    /// A visit logged or removed: on the undo or redo stack, and said on the status line.
    static func visitApplied(_ state: inout AppState, _ visit: Visit, removed: Bool, _ origin: ChangeOrigin) {
        let title = CommitmentText.customer(visit.customerNumber, visit.customerName) + " " + visit.at.description
        switch origin {
        case .user:
            state.undoStack.append(UndoEntry(before: CustomerUndo.placeholder, after: CustomerUndo.placeholder, title: title, visit: visit))
            if state.undoStack.count > 500 { state.undoStack.removeFirst() }
            state.redoStack.removeAll()
            state.say(.vscrLogged, ["customer": CommitmentText.customer(visit.customerNumber, visit.customerName), "at": visit.at.description,
                                    "kind": visit.kind.label(state.language)])
        case .undo(let original):
            state.redoStack.append(original)
            state.say(.screenUndid, ["title": original.title])
        case .redo(let original):
            var entry = original
            entry.visit = visit
            state.undoStack.append(entry)
            state.say(.screenRedid, ["title": original.title])
        }
    }
}
