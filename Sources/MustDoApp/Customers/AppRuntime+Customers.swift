import MustDoCore
import MustDoStore

extension AppRuntime {
    /// Performs a customer effect against the database; each change is its own transaction, committed before it is reported.
    func performCustomer(_ effect: Effect) throws -> Action? {
        let now = clock.timestamp()
        let language = state.language
        switch effect {
        case .loadCustomers(let archived):
            let settings = state.settings.customers
            let list = try database.customerList(CustomerQuery(archived: archived), today: state.today, reviewDays: settings.reviewDays, detail: true)
            return .customersLoaded(CustomerListPresentation(rows: list.rows, keys: list.keys, language: language), archived: archived)
        case .openCustomerForm(let id):
            guard let card = try database.customer(id: id), !card.isForgotten else { return .failed(language.text(.custUnknown, ["ref": String(id)])) }
            return .customerFormOpened(card)
        case .loadCustomerCard(let id):
            guard let r = try database.customerCard(id: id) else { return .failed(language.text(.custUnknown, ["ref": String(id)])) }
            return .customerCardLoaded(r.card, r.history, mergedInto: r.mergedInto)
        case .saveCustomer(let card, let opened):
            guard let opened else {
                let stored = try database.addCustomer(card, prefix: state.settings.customers.prefix(on: state.today), now: now)
                var before = stored
                before.archivedAt = now
                return .customerApplied(before: before, after: stored, origin: .user,
                                        said: language.text(.custScreenAdded, ["number": stored.number, "name": stored.name]))
            }
            // Only what the form changed is written, onto the card as stored now: another process's edit of another field stays.
            let r = try database.editCustomer(id: card.id, now: now, reviewedOn: nil) { c in
                for f in CustomerField.allCases where card[f] != opened[f] { c[f] = card[f] }
                if card.people != opened.people { c.people = card.people }
                if card.tags != opened.tags { c.tags = card.tags }
            }
            return .customerApplied(before: r.before, after: r.after, origin: .user,
                                    said: language.text(.custScreenSaved, ["number": r.after.number, "name": r.after.name]))
        case .archiveCustomer(let id, let archived):
            let r = try database.changeCustomer(id: id, expected: nil, now: now) { $0.archivedAt = archived ? now : nil }
            let key: MessageKey = archived ? .custScreenArchived : .custScreenRestored
            return .customerApplied(before: r.before, after: r.after, origin: .user, said: language.text(key, ["number": r.after.number, "name": r.after.name]))
        case .revertCustomer(let from, let to, let origin):
            do {
                let r = try database.changeCustomer(id: from.id, expected: from, now: now) { c in
                    for f in CustomerField.allCases { c[f] = to[f] }
                    c.people = to.people
                    c.tags = to.tags
                    c.archivedAt = to.isArchived ? now : nil
                }
                return .customerApplied(before: r.before, after: r.after, origin: origin, said: nil)
            } catch AppDatabase.ChangedSince.changedSince {
                switch origin {
                case .undo(let e): return .undoRefused(e, redo: false)
                case .redo(let e): return .undoRefused(e, redo: true)
                case .user: return .failed(language.text(.screenChangedElsewhere))
                }
            }
        case .externalEditCustomerText(let field, let text):
            guard let edited = ExternalEditor.edit(text, terminal: terminal, environment: environment) else {
                return .failed(language.text(.screenEditorFailed))
            }
            return .customerTextEdited(field: field, text: edited)
        default:
            return nil
        }
    }
}
