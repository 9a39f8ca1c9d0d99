import MustDoCore
import TerminalUI

/// One customer card, every field and the history, scrolled line by line; edit, archive and restore from here.
public struct CustomerCardView: WheelScrolling {
    /// The card's id.
    public let id: Int64
    /// The card as loaded (nil until it arrives).
    public var card: Customer?
    /// Its history, oldest first.
    public var history: [CustomerHistoryEntry] = []
    /// The number of the card it was merged into.
    public var mergedInto: String?
    /// The first line shown.
    public var offset = 0
    /// The visits, promises and appointments of the timeline (nil until they arrive).
    public var timeline: CustomerTimeline.Records?

    /// The card `id` (it arrives with `.customerCardLoaded`).
    public init(id: Int64) { self.id = id }

    /// Answers to `[keys.customer-card]`.
    public var kind: ViewKind { .customerCard }
    /// The card mode.
    public var mode: AppState.Mode { .customerCard }

    /// Scrolls, edits, archives or restores, goes back.
    public mutating func handle(_ c: Command, _ state: inout AppState) -> ViewStep {
        let page = max(1, state.height - 3)
        let last = max(0, CustomerCardScreen.document(self, state: state, width: state.width).lines.count - page)
        switch c {
        case .moveDown: offset = min(offset + 1, last)
        case .moveUp: offset = max(offset - 1, 0)
        case .pageDown: offset = min(offset + page, last)
        case .pageUp: offset = max(offset - page, 0)
        case .top: offset = 0
        case .bottom: offset = last
        case .editCustomer:
            guard let card else { return ViewStep() }
            guard !card.isForgotten else {
                state.say(.custIsForgotten, ["number": card.number], error: true)
                return ViewStep()
            }
            return ViewStep([], .push(CustomerFormView(card: card, language: state.language)))
        case .archiveCustomer, .restoreCustomer:
            guard let card else { return ViewStep() }
            let archive = c == .archiveCustomer
            guard card.isArchived != archive else {
                state.say(archive ? .custScreenAlreadyArchived : .custScreenNotArchived, ["number": card.number])
                return ViewStep()
            }
            return ViewStep([], .push(CustomerArchiveConfirmView(id: card.id, number: card.number, name: card.name, archive: archive)))
        case .back:
            return ViewStep([], .pop)
        default:
            break
        }
        return ViewStep()
    }


    /// Takes this card when it arrives.
    public mutating func receive(_ action: Action, _ state: inout AppState) -> [Effect] {
        if case .timelineLoaded(let cid, let records) = action, cid == id { timeline = records }
        guard case .customerCardLoaded(let c, let h, let m) = action, c.id == id else { return [] }
        card = c
        history = h
        mergedInto = m
        return []
    }

    /// Reloads the card.
    public func refresh(_ state: AppState) -> [Effect] { [.loadCustomerCard(id), .loadTimeline(id)] }

    /// Draws the card.
    public func draw(into buf: inout Buffer, _ screen: Screen) {
        CustomerCardScreen.draw(&buf, view: self, screen: screen)
    }
}
