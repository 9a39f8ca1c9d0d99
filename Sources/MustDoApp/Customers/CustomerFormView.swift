import MustDoCore
import TerminalUI

/// The form that adds or edits a customer card: one entry per field, then the people and the tags. Each bad entry
/// is explained in place (the card's own checks), and nothing is saved until every entry is valid. Multi-line
/// entries open in the built-in editor (the view then answers to `[keys.journal]`) or in `$EDITOR`.
public struct CustomerFormView: View {
    /// One entry of the form.
    public enum Entry: Hashable, Sendable {
        /// A field of the card.
        case field(CustomerField)
        /// The people, one `NAME:ROLE[:NOTE]` a line.
        case people
        /// The tags, separated by commas.
        case tags

        /// The entry's key in `$EDITOR` round trips.
        var key: String {
            switch self {
            case .field(let f): return f.rawValue
            case .people: return "people"
            case .tags: return "tags"
            }
        }

        /// Whether the entry holds several lines.
        public var isMultiLine: Bool {
            switch self {
            case .field(let f): return f.isMultiLine
            case .people: return true
            case .tags: return false
            }
        }
    }

    /// Every entry, in the card's order.
    public static let entries: [Entry] = CustomerField.allCases.map { Entry.field($0) } + [.people, .tags]

    /// The card as opened (nil: a new card).
    public let opened: Customer?
    /// The text of each entry.
    public var values: [String]
    /// The texts as opened (a draft is only a changed form).
    let openedValues: [String]
    /// The entry with the cursor.
    public var focused = 0
    /// The line editor of the focused one-line entry.
    public var editor: LineEditor
    /// The built-in multi-line editor, while open on the focused entry.
    public var textArea: TextArea?
    /// What is wrong with each entry, by index, in the UI language.
    public var problems: [Int: String] = [:]

    /// A form for `card`, or for a new card.
    public init(card: Customer?, language: Language) {
        opened = card
        let base = card ?? Customer(name: "")
        values = CustomerFormView.entries.map { CustomerFormView.text(of: $0, in: base, language: language) }
        openedValues = values
        editor = LineEditor(text: values[0])
    }

    /// `[keys.customer-form]`, or `[keys.journal]` while the multi-line editor is open.
    public var kind: ViewKind { textArea == nil ? .customerForm : .journal }
    /// The form mode.
    public var mode: AppState.Mode { .customerForm }
    /// The changed entries, if any.
    public var draft: String? {
        var now = values
        if textArea == nil, !CustomerFormView.entries[focused].isMultiLine { now[focused] = editor.text }
        if let t = textArea { now[focused] = t.text }
        return now == openedValues ? nil : zip(now, openedValues).filter { $0 != $1 }.map(\.0).joined(separator: " | ")
    }

    /// The entry's text as the form shows it: closed choices in words of the UI language when they read back the same.
    static func text(of entry: Entry, in card: Customer, language: Language) -> String {
        switch entry {
        case .people: return card.people.map(\.text).joined(separator: "\n")
        case .tags: return card.tags.joined(separator: ", ")
        case .field(let f):
            let raw = card[f]
            let word: String?
            switch f {
            case .tier: word = card.tier?.name(language)
            case .status: word = card.status.name(language)
            case .buyingPower, .hasNeed, .approachable, .authority: word = card.answer(f).name(language)
            case .trust: word = card.trust?.name(language)
            default: word = nil
            }
            guard let word, (try? f.canonical(word, today: LocalDate(parsing: "2200-01-01")!)) == raw else { return raw }
            return word
        }
    }

    /// Moves between entries, opens an editor, saves or cancels.
    public mutating func handle(_ c: Command, _ state: inout AppState) -> ViewStep {
        if textArea != nil {
            switch c {
            case .save:
                values[focused] = textArea!.text
                textArea = nil
                check(focused, state)
            case .discard:
                textArea = nil
            default: break
            }
            return ViewStep()
        }
        switch c {
        case .nextField: focus(min(focused + 1, CustomerFormView.entries.count - 1), state)
        case .previousField: focus(max(focused - 1, 0), state)
        case .editText:
            if CustomerFormView.entries[focused].isMultiLine {
                textArea = TextArea(text: values[focused])
            } else {
                focus(min(focused + 1, CustomerFormView.entries.count - 1), state)
            }
        case .externalEditor:
            let entry = CustomerFormView.entries[focused]
            guard entry.isMultiLine else {
                state.say(.custScreenOneLine, error: true)
                return ViewStep()
            }
            return ViewStep([.externalEditCustomerText(field: entry.key, text: values[focused])])
        case .cancel:
            state.message = nil
            return ViewStep([], .pop)
        case .save:
            return save(&state)
        default: break
        }
        return ViewStep()
    }

    /// Typed keys edit the focused entry (or the open multi-line editor).
    public mutating func handleKey(_ key: KeyEvent, _ state: inout AppState) -> ViewStep {
        if textArea != nil {
            textArea!.apply(key)
            return ViewStep()
        }
        guard !CustomerFormView.entries[focused].isMultiLine else {
            // A multi-line entry is edited in its editor; a typed character opens it with that character.
            if case .char = key {
                var area = TextArea(text: values[focused])
                area.apply(.ctrl("e"))
                area.apply(key)
                textArea = area
            }
            return ViewStep()
        }
        if editor.apply(key) { problems[focused] = nil }
        return ViewStep()
    }

    /// Takes a text back from `$EDITOR`.
    public mutating func receive(_ action: Action, _ state: inout AppState) -> [Effect] {
        guard case .customerTextEdited(let key, let text) = action,
              let i = CustomerFormView.entries.firstIndex(where: { $0.key == key }) else { return [] }
        values[i] = text
        check(i, state)
        return []
    }

    /// Leaves the focused entry (its text checked and explained in place) for entry `i`.
    mutating func focus(_ i: Int, _ state: AppState) {
        if !CustomerFormView.entries[focused].isMultiLine { values[focused] = editor.text }
        check(focused, state)
        focused = i
        editor = LineEditor(text: CustomerFormView.entries[i].isMultiLine ? "" : values[i])
        editor.moveEnd()
    }

    /// Checks one entry alone and puts its problem (or none) in place.
    mutating func check(_ i: Int, _ state: AppState) {
        var card = opened ?? Customer(name: "")
        problems[i] = CustomerFormView.problem(CustomerFormView.entries[i], values[i], into: &card, state)
    }

    /// The problem of `text` for `entry` in one sentence, or nil after setting it on `card`.
    static func problem(_ entry: Entry, _ text: String, into card: inout Customer, _ state: AppState) -> String? {
        do {
            switch entry {
            case .field(.name) where text.allSatisfy(\.isWhitespace):
                return state.language.text(.custScreenNameEmpty)
            case .field(let f): try card.set(f, text, today: state.today)
            case .people:
                var people: [CustomerPerson] = []
                for line in text.split(whereSeparator: { $0 == "\n" }) where !line.allSatisfy(\.isWhitespace) {
                    let p = try CustomerPerson(parsing: String(line))
                    if let i = people.firstIndex(where: { $0.name == p.name }) { people[i] = p } else { people.append(p) }
                }
                card.people = people
            case .tags:
                card.tags = []
                let parts = text.split(whereSeparator: { $0 == "," || $0 == "，" }).map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
                try card.addTags(parts)
            }
            return nil
        } catch let e as MustDoError {
            return e.formMessage(state.language, field: CustomerFormScreen.label(entry, state.language))
        } catch {
            return "\(error)"
        }
    }

    /// Every entry checked; the card to save when all are valid, else the problems in place and nil.
    public mutating func validate(_ state: AppState) -> Customer? {
        if textArea == nil, !CustomerFormView.entries[focused].isMultiLine { values[focused] = editor.text }
        problems = [:]
        var card = opened ?? Customer(name: "")
        for (i, entry) in CustomerFormView.entries.enumerated() {
            if let p = CustomerFormView.problem(entry, values[i], into: &card, state) { problems[i] = p }
        }
        // The rule between two fields: a lost customer needs the reason, explained at the reason.
        if problems.isEmpty, card.status == .lost, card[.lostReason].isEmpty,
           let i = CustomerFormView.entries.firstIndex(of: .field(.lostReason)) {
            problems[i] = state.language.text(.custScreenLostNeedsReason)
        }
        return problems.isEmpty ? card : nil
    }

    private mutating func save(_ state: inout AppState) -> ViewStep {
        guard let card = validate(state) else {
            if let first = problems.keys.min() {
                focused = first
                editor = LineEditor(text: CustomerFormView.entries[first].isMultiLine ? "" : values[first])
                editor.moveEnd()
            }
            state.say(.custScreenFormProblems, ["count": String(problems.count)], error: true)
            return ViewStep()
        }
        state.message = nil
        return ViewStep([.saveCustomer(card, opened: opened)], .pop)
    }

    /// Draws the form.
    public func draw(into buf: inout Buffer, _ screen: Screen) {
        CustomerFormScreen.draw(&buf, view: self, screen: screen)
    }
}
