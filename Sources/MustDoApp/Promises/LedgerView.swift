import MustDoCore
import TerminalUI

/// The ledger of promises and commitments (`o`): overdue, due this week, later, and appointments to tell the customer
/// about; keys mark a promise kept or broken, renegotiate it (a new date typed in place), and record "told".
/// Each change is one transaction, on the global undo stack; the ledger reloads when anything changes (also elsewhere).
public struct LedgerView: WheelScrolling {
    /// The pending promises as loaded.
    public var promises: [Promise] = []
    /// The appointments loaded (those still to tell about are shown).
    public var appointments: [Appointment] = []
    /// Whether the data has arrived.
    public var loaded = false
    /// The selected item.
    public var cursor = 0
    /// Only one direction, or both (nil).
    public var direction: PromiseDirection?
    /// Grouped by customer rather than by date.
    public var byCustomer = false
    /// The new date being typed for a renegotiation (nil: not typing).
    public var dateEditor: LineEditor?

    /// An empty ledger (it arrives with `.ledgerLoaded`).
    public init() {}

    /// `[keys.ledger]`, or `[keys.prompt]` while a new date is typed.
    public var kind: ViewKind { dateEditor == nil ? .ledger : .prompt }
    /// The ledger mode.
    public var mode: AppState.Mode { .ledger }
    /// A date being typed.
    public var draft: String? { dateEditor.map(\.text).flatMap { $0.isEmpty ? nil : $0 } }

    /// The ledger in words as of `state`.
    func presentation(_ state: AppState) -> LedgerPresentation {
        LedgerPresentation(promises: promises, toTell: appointments, today: state.today, direction: direction, byCustomer: byCustomer,
                           language: state.language)
    }

    /// The selected item, if any.
    func selected(_ state: AppState) -> LedgerPresentation.Item? {
        let items = presentation(state).items
        return items.isEmpty ? nil : items[min(max(cursor, 0), items.count - 1)]
    }

    /// Moves, marks, renegotiates, filters, goes back.
    public mutating func handle(_ c: Command, _ state: inout AppState) -> ViewStep {
        if let editor = dateEditor {
            switch c {
            case .submit:
                guard case .promise(let p)? = selected(state) else { dateEditor = nil; return ViewStep() }
                do {
                    let day = try VisitText.date(editor.text, field: state.language.text(.vscrFieldBy))
                    dateEditor = nil
                    return ViewStep([.changeLedger(.renegotiate(p.id, day), origin: .user)])
                } catch let e as MustDoError {
                    state.message = .init(text: e.message(state.language), isError: true)
                } catch {
                    state.message = .init(text: "\(error)", isError: true)
                }
            case .cancel:
                dateEditor = nil
                state.message = nil
            default: break
            }
            return ViewStep()
        }
        let count = presentation(state).items.count
        let page = max(1, state.height - 4)
        if let moved = c.movedCursor(cursor, count: count, page: page) {
            cursor = moved
            return ViewStep()
        }
        switch c {
        case .markKept, .markBroken:
            guard case .promise(let p)? = selected(state) else { return refuse(&state, .vscrLedgerNotPromise) }
            return ViewStep([.changeLedger(.settle(p.id, c == .markKept ? .kept : .broken), origin: .user)])
        case .renegotiate:
            guard case .promise? = selected(state) else { return refuse(&state, .vscrLedgerNotPromise) }
            dateEditor = LineEditor()
        case .markTold:
            guard case .appointment(let a)? = selected(state) else { return refuse(&state, .vscrLedgerNotAppointment) }
            return ViewStep([.changeLedger(.told(a.id), origin: .user)])
        case .addPromise:
            return ViewStep([.loadCustomers(archived: false)], .push(PromiseFormView(direction: direction, language: state.language)))
        case .cycleDirection:
            direction = direction == nil ? .ours : (direction == .ours ? .theirs : nil)
            cursor = 0
        case .groupByCustomer:
            byCustomer.toggle()
            cursor = 0
        case .back:
            return ViewStep([], .pop)
        default: break
        }
        return ViewStep()
    }

    private func refuse(_ state: inout AppState, _ key: MessageKey) -> ViewStep {
        state.say(key, error: true)
        return ViewStep()
    }

    /// Typed keys go to the date being typed.
    public mutating func handleKey(_ key: KeyEvent, _ state: inout AppState) -> ViewStep {
        if dateEditor != nil { _ = dateEditor!.apply(key) }
        return ViewStep()
    }

    /// Takes the ledger's data.
    public mutating func receive(_ action: Action, _ state: inout AppState) -> [Effect] {
        guard case .ledgerLoaded(let p, let a) = action else { return [] }
        promises = p
        appointments = a
        loaded = true
        cursor = min(cursor, max(0, presentation(state).items.count - 1))
        return []
    }

    /// Reloads after any change, here or in another process.
    public func refresh(_ state: AppState) -> [Effect] { [.loadLedger] }

    /// Draws the ledger.
    public func draw(into buf: inout Buffer, _ screen: Screen) {
        LedgerScreen.draw(&buf, view: self, screen: screen)
    }
}
