import MustDoCore
import TerminalUI

/// The customer list and card as aligned text (CJK columns by display width) and as JSON, from the same card and filing report.
struct CustomerPrinter {
    let language: Language
    let today: LocalDate
    let settings: CustomerSettings

    /// The filing report of `card` today.
    func filing(_ card: Customer) -> FilingReport { FilingReport(card: card, today: today, settings: settings) }

    /// The name shown for a card (a placeholder once erased).
    func name(_ card: Customer) -> String { card.isForgotten ? language.text(.custForgottenName) : card.name }

    // MARK: list

    /// `text` cut to `width` columns, `…` marking the cut; one line.
    static func clip(_ text: String, _ width: Int) -> String {
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard DisplayWidth.of(line) > width || line != text else { return line }
        var out = ""
        var used = 0
        for ch in line {
            let w = DisplayWidth.of(ch)
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }

    // MARK: card

    /// Every field, the people and who decides, the prospect conditions, filing warnings and the timeline of visits,
    /// promises, appointments and edits, newest first (the card view's `CustomerCardPresentation` and
    /// `CustomerTimeline`, so the console and the screen's card say the same).
    func card(_ c: Customer, history: [CustomerHistoryEntry], mergedInto: String?, timeline records: CustomerTimeline.Records) -> String {
        let p = CustomerCardPresentation(card: c, history: history, mergedInto: mergedInto, today: today, settings: settings,
                                         language: language, clip: { CustomerPrinter.clip($0, 40) })
        let width = p.items.map { DisplayWidth.of($0.label) }.max()! + 2
        var out = p.title + "\n"
        for item in p.items { out += CustomerPrinter.labelled(item.label, item.text, width: width) }
        out += language.text(.vscrTimeline) + "\n"
        let timeline = CustomerTimeline(records: records, edits: p.history, today: today, language: language)
        for h in timeline.entries {
            let prefix = "  " + h.at + "  "
            let indent = String(repeating: " ", count: DisplayWidth.of(prefix))
            out += prefix + h.text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + indent) + "\n"
        }
        return out
    }

    /// `label` padded to `width` columns, then `text`; later lines of a multi-line text indented under the first.
    static func labelled(_ label: String, _ text: String, width: Int) -> String {
        let pad = String(repeating: " ", count: width - DisplayWidth.of(label))
        let indent = String(repeating: " ", count: width + 2)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return "  " + label + pad + lines.map(String.init).joined(separator: "\n" + indent) + "\n"
    }

    /// A field's value as shown (the card presentation's wording).
    func value(_ field: CustomerField, of c: Customer) -> String {
        CustomerCardPresentation.value(field, of: c, today: today, language: language)
    }

    // MARK: JSON

    /// The list as JSON: one object per card with its fields, people, tags and filing summary.
    func listJSON(_ cards: [Customer]) -> String {
        JSONWriter.array(cards.map { cardJSON($0, history: nil, mergedInto: nil) })
    }

    /// One card as JSON; with `history`, the history too.
    func cardJSON(_ c: Customer, history: [CustomerHistoryEntry]?, mergedInto: String?) -> String {
        var pairs: [(String, String)] = [("id", String(c.id)), ("number", JSONWriter.quote(c.number))]
        for field in CustomerField.allCases { pairs.append((field.column, JSONWriter.quote(c[field]))) }
        pairs.append(("people", JSONWriter.array(c.people.map { p in
            JSONWriter.object([("name", JSONWriter.quote(p.name)), ("role", JSONWriter.quote(p.role.rawValue)), ("note", JSONWriter.quote(p.note))])
        })))
        pairs.append(("decision_makers", JSONWriter.array(c.decisionMakers.map(JSONWriter.quote))))
        pairs.append(("qualified_prospect", c.isQualifiedProspect ? "true" : "false"))
        pairs.append(("tags", JSONWriter.array(c.tags.map(JSONWriter.quote))))
        pairs += [("created_at", JSONWriter.quote(c.createdAt)), ("updated_at", JSONWriter.quote(c.updatedAt)),
                  ("reviewed_on", JSONWriter.value(c.reviewedOn?.description)), ("archived_at", JSONWriter.value(c.archivedAt)),
                  ("merged_into", JSONWriter.value(mergedInto)), ("forgotten_at", JSONWriter.value(c.forgottenAt))]
        if let next = c.birthday?.next(onOrAfter: today) { pairs.append(("next_birthday", JSONWriter.quote(next.description))) }
        let report = filing(c)
        pairs.append(("filing", JSONWriter.object([
            ("filled", String(report.filled)), ("missing", JSONWriter.array(report.missing.map { String($0.rawValue) })),
            ("stale_days", JSONWriter.value(report.staleDays)), ("decision_overdue_days", JSONWriter.value(report.decisionOverdueDays)),
            ("warnings", JSONWriter.array((c.isForgotten ? [] : report.warnings(language, settings: settings)).map(JSONWriter.quote))),
        ])))
        if let history {
            pairs.append(("history", JSONWriter.array(history.map { h in
                JSONWriter.object([("at", JSONWriter.quote(h.at)), ("card", JSONWriter.quote(h.card)), ("action", JSONWriter.quote(h.action.rawValue)),
                                   ("field", JSONWriter.value(h.field)), ("old", JSONWriter.value(h.old)), ("new", JSONWriter.value(h.new)),
                                   ("other", JSONWriter.value(h.other))])
            })))
        }
        return JSONWriter.object(pairs)
    }
}
