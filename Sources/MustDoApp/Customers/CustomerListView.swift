import MustDoCore
import TerminalUI

/// The customer list's model: the list as loaded (its one presentation model, rows and search keys), the order, the
/// filters, the live search and the selection. While the search line has the keyboard the view answers to `[keys.prompt]`.
public struct CustomerListView: View {
    /// The rows and search keys, read once per load (nil until they arrive).
    public var presentation: CustomerListPresentation?
    /// The order of the list.
    public var sort: CustomerSort = .number
    /// Tier, status and tag filters.
    public var filter = CustomerListPresentation.Filter()
    /// The search text.
    public var search = LineEditor()
    /// Whether the search line has the keyboard.
    public var searching = false
    /// Whether archived cards are listed instead of the current ones.
    public var showArchived = false
    /// Whether only the customers past their contact interval are listed, most overdue first (`L`).
    public var losingTouchOnly = false
    /// Each card's place in the contact cadence (index as `presentation.rows`; nil: not followed), computed on load.
    public private(set) var cadence: [CadenceEntry?] = []
    /// Whether any card listed is past its contact interval (the overdue column is shown then).
    public var hasOverdue: Bool { cadence.contains { ($0?.daysOverdue ?? 0) > 0 } }
    /// The rows passing the filters, in order (indices into `presentation.rows`).
    public private(set) var order: [Int] = []
    /// The rows shown: `order` narrowed by the search.
    public private(set) var visible: [Int] = []
    /// The selected line of `visible`.
    public var cursor = 0
    /// The matches of earlier search texts that the current one extends, shortest first: a typed character narrows the
    /// last one (a longer query never finds more), Backspace goes back to one at once.
    var narrowed: [(text: String, matches: [Int])] = []

    /// An empty list (the cards arrive with `.customersLoaded`).
    public init() {}

    /// `[keys.customers]`, or `[keys.prompt]` while typing a search.
    public var kind: ViewKind { searching ? .prompt : .customers }
    /// The customers mode.
    public var mode: AppState.Mode { .customers }

    /// The selected card's row, if any.
    public var selected: CustomerListPresentation.Row? {
        guard let p = presentation, cursor >= 0, cursor < visible.count else { return nil }
        return p.rows[visible[cursor]]
    }

    /// The rows shown, in order.
    public var shownRows: [CustomerListPresentation.Row] {
        guard let p = presentation else { return [] }
        return visible.map { p.rows[$0] }
    }

    /// Commands of the list and of its search line.
    public mutating func handle(_ c: Command, _ state: inout AppState) -> ViewStep {
        let page = max(1, state.height - 4)
        switch c {
        case .moveDown: move(1)
        case .moveUp: move(-1)
        case .pageDown: move(page)
        case .pageUp: move(-page)
        case .top: move(-Int.max / 2)
        case .bottom: move(Int.max / 2)
        case .openCustomer:
            guard let card = selected else { return ViewStep() }
            return ViewStep([.loadCustomerCard(card.id), .loadTimeline(card.id)], .push(CustomerCardView(id: card.id)))
        case .addCustomer:
            return ViewStep([], .push(CustomerFormView(card: nil, language: state.language)))
        case .editCustomer:
            // The list holds rows, not cards: the form opens once the whole card is read.
            guard let card = selected else { return ViewStep() }
            return ViewStep([.openCustomerForm(card.id)])
        case .archiveCustomer, .restoreCustomer:
            guard let card = selected else { return ViewStep() }
            let archive = c == .archiveCustomer
            guard card.archived != archive else {
                state.say(archive ? .custScreenAlreadyArchived : .custScreenNotArchived, ["number": card.number])
                return ViewStep()
            }
            return ViewStep([], .push(CustomerArchiveConfirmView(id: card.id, number: card.number, name: card.name, archive: archive)))
        case .search:
            searching = true
        case .submit:
            searching = false
        case .cancel:
            searching = false
            search = LineEditor()
            narrow(keeping: selected?.id)
        case .cycleSort:
            let all = CustomerSort.allCases
            sort = all[(all.firstIndex(of: sort)! + 1) % all.count]
            reorder(keeping: selected?.id)
        case .filterTier:
            filter.tier = CustomerListView.next(filter.tier, in: CustomerTier.allCases)
            reorder(keeping: selected?.id)
        case .filterStatus:
            filter.status = CustomerListView.next(filter.status, in: CustomerStatus.allCases)
            reorder(keeping: selected?.id)
        case .filterTag:
            filter.tag = CustomerListView.next(filter.tag, in: presentation?.tags ?? [])
            reorder(keeping: selected?.id)
        case .filterLosingTouch:
            losingTouchOnly.toggle()
            reorder(keeping: selected?.id)
        case .showArchived:
            showArchived.toggle()
            presentation = nil
            reorder(keeping: nil)
            return ViewStep([.loadCustomers(archived: showArchived)])
        case .back:
            // Esc peels one layer at a time: the search, then the filters, then the view.
            if !search.isEmpty {
                search = LineEditor()
                narrow(keeping: selected?.id)
            } else if !filter.isEmpty || losingTouchOnly {
                filter = CustomerListPresentation.Filter()
                losingTouchOnly = false
                reorder(keeping: selected?.id)
            } else {
                return ViewStep([], .pop)
            }
        default:
            break
        }
        return ViewStep()
    }

    /// While searching, typed keys edit the search and the list narrows at once; ↑ and ↓ still move.
    public mutating func handleKey(_ key: KeyEvent, _ state: inout AppState) -> ViewStep {
        guard searching else { return ViewStep() }
        switch key {
        case .down: move(1)
        case .up: move(-1)
        default:
            let before = search.text
            search.apply(key)
            if search.text != before {
                cursor = 0
                narrow(keeping: nil)
            }
        }
        return ViewStep()
    }

    /// The wheel moves the selection.
    public mutating func handleMouse(_ event: MouseEvent, _ state: inout AppState) -> ViewStep {
        switch event.kind {
        case .wheelDown: move(1)
        case .wheelUp: move(-1)
        default: break
        }
        return ViewStep()
    }

    /// Takes the list when it arrives (after a change here or in another process), keeping the selection.
    public mutating func receive(_ action: Action, _ state: inout AppState) -> [Effect] {
        guard case .customersLoaded(let list, let archived) = action, archived == showArchived else { return [] }
        let keep = selected?.id
        load(list, today: state.today, cadence: state.settings.cadence)
        if let keep { select(keep) }
        return []
    }

    /// Reloads the cards.
    public func refresh(_ state: AppState) -> [Effect] { [.loadCustomers(archived: showArchived)] }

    /// Takes a newly loaded list (rows and search keys come ready) and works out each row's place in the contact
    /// cadence on `today`.
    public mutating func load(_ list: CustomerListPresentation, today: LocalDate, cadence cadenceSettings: CadenceSettings = CadenceSettings()) {
        presentation = list
        cadence = list.cadence(today: today, settings: cadenceSettings)
        if let tag = filter.tag, !(presentation?.tags.contains(tag) ?? false) { filter.tag = nil }
        reorder(keeping: nil)
    }

    /// Moves the selection onto the card `id` when it is shown.
    public mutating func select(_ id: Int64) {
        guard let p = presentation else { return }
        if let i = visible.firstIndex(where: { p.rows[$0].id == id }) { cursor = i }
    }

    private mutating func move(_ delta: Int) {
        cursor = min(max(0, cursor.addingReportingOverflow(delta).partialValue), max(0, visible.count - 1))
    }

    /// Sort and filters changed: the order is computed again, then narrowed by the search.
    private mutating func reorder(keeping id: Int64?) {
        order = presentation?.order(sort, filter) ?? []
        if losingTouchOnly {
            // Past the interval only, most overdue first (the sort order breaks ties).
            let entries = cadence
            let over: (Int) -> Int = { i in i < entries.count ? entries[i]?.daysOverdue ?? 0 : 0 }
            let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
            order = order.filter { over($0) > 0 }.sorted { (over($0), -rank[$0]!) > (over($1), -rank[$1]!) }
        }
        narrowed = []
        narrow(keeping: id)
    }

    /// The search changed: the order is narrowed again (the keys were built at load).
    private mutating func narrow(keeping id: Int64?) {
        let text = search.text
        while let last = narrowed.last, !text.hasPrefix(last.text) { narrowed.removeLast() }
        if let last = narrowed.last, last.text == text {
            visible = last.matches
        } else {
            visible = presentation?.matching(SearchKey.Query(text), in: narrowed.last?.matches ?? order) ?? []
            if !text.isEmpty { narrowed.append((text, visible)) }
        }
        if let id { select(id) }
        cursor = min(max(0, cursor), max(0, visible.count - 1))
    }

    /// The value after `current` in `values`, then none, then the first again.
    static func next<T: Equatable>(_ current: T?, in values: [T]) -> T? {
        guard let current, let i = values.firstIndex(of: current) else { return values.first }
        return i + 1 < values.count ? values[i + 1] : nil
    }

    /// Draws the list.
    public func draw(into buf: inout Buffer, _ screen: Screen) {
        CustomerListScreen.draw(&buf, view: self, screen: screen)
    }
}
