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

    /// The list as a table: number, name, company, tier, status, filled, and `!` where a filing check warns.
    func list(_ cards: [Customer]) -> String {
        guard !cards.isEmpty else { return language.text(.custListEmpty) + "\n" }
        let header = [language.text(.custLabelNumber), CustomerField.name.label(language), CustomerField.company.label(language),
                      CustomerField.tier.label(language), CustomerField.status.label(language), language.text(.custLabelFilled)]
        var rows: [[String]] = [header]
        for c in cards {
            let report = filing(c)
            rows.append([c.number, CustomerPrinter.clip(name(c), 24), CustomerPrinter.clip(c[.company], 24), c.tier?.name(language) ?? "—",
                         c.status.name(language), report.completeness + (report.isClean ? "" : " !")])
        }
        var widths = [Int](repeating: 0, count: header.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) } }
        var out = ""
        for row in rows {
            var line = ""
            for (i, cell) in row.enumerated() {
                line += cell
                if i < row.count - 1 { line += String(repeating: " ", count: widths[i] - DisplayWidth.of(cell) + 2) }
            }
            out += line + "\n"
        }
        return out + language.text(.custListCount, ["count": String(cards.count)]) + "\n"
    }

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

    /// Every field, the people and who decides, the prospect conditions, filing warnings and the history.
    func card(_ c: Customer, history: [CustomerHistoryEntry], mergedInto: String?) -> String {
        var pairs: [(String, String)] = []
        for field in CustomerField.allCases {
            pairs.append((field.label(language), value(field, of: c)))
            if field == .createdBy { pairs.append((language.text(.custLabelCreated), c.createdAt)) }
        }
        pairs.append((language.text(.custLabelPeople), c.people.isEmpty ? "—" : c.people.map { p in
            language.text(p.note.isEmpty ? .custPerson : .custPersonNote, ["name": p.name, "role": p.role.name(language), "note": p.note])
        }.joined(separator: "\n")))
        pairs.append((language.text(.custLabelPower), power(c)))
        pairs.append((language.text(.custLabelProspect), prospect(c)))
        pairs.append((language.text(.custLabelTags), c.tags.isEmpty ? "—" : c.tags.joined(separator: ", ")))
        pairs.append((language.text(.custLabelUpdated), c.updatedAt))
        pairs.append((language.text(.custLabelReviewed), c.reviewedOn?.description ?? "—"))
        if let a = c.archivedAt { pairs.append((language.text(.custLabelArchived), a)) }
        if let m = mergedInto { pairs.append((language.text(.custLabelMergedInto), m)) }
        let warnings = c.isForgotten ? [] : filing(c).warnings(language, settings: settings)
        pairs.append((language.text(.custLabelWarnings), warnings.isEmpty ? language.text(.custNoWarnings) : warnings.joined(separator: "\n")))
        let width = pairs.map { DisplayWidth.of($0.0) }.max()! + 2
        var out = c.number + "  " + name(c) + (c[.company].isEmpty ? "" : " · " + c[.company]) + "\n"
        for (label, text) in pairs { out += CustomerPrinter.labelled(label, text, width: width) }
        out += language.text(.custLabelHistory) + "\n"
        for h in history { out += "  " + h.at + "  " + historyLine(h, current: c.number) + "\n" }
        return out
    }

    /// `label` padded to `width` columns, then `text`; later lines of a multi-line text indented under the first.
    static func labelled(_ label: String, _ text: String, width: Int) -> String {
        let pad = String(repeating: " ", count: width - DisplayWidth.of(label))
        let indent = String(repeating: " ", count: width + 2)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return "  " + label + pad + lines.map(String.init).joined(separator: "\n" + indent) + "\n"
    }

    /// A field's value as shown: words for tiers, statuses and answers; dates with their distance; `—` when empty.
    func value(_ field: CustomerField, of c: Customer) -> String {
        let raw = c[field]
        switch field {
        case .tier:
            guard let t = c.tier else { return "—" }
            if let d = c.decisionDate {
                let suggested = CustomerTier.suggested(daysToDecision: today.days(to: d))
                if suggested != t, d >= today {
                    return language.text(.custTierSuggests, ["tier": t.name(language), "suggested": suggested.name(language)])
                }
            }
            return t.name(language)
        case .decisionDate:
            guard let d = c.decisionDate else { return "—" }
            let days = today.days(to: d)
            return days >= 0 ? language.text(.custDecisionIn, ["date": d.description, "days": String(days)])
                             : language.text(.custDecisionPast, ["date": d.description, "days": String(-days)])
        case .status: return c.status.name(language)
        case .buyingPower, .hasNeed, .approachable, .authority: return c.answer(field).name(language)
        case .trust: return c.trust?.name(language) ?? "—"
        case .birthday:
            guard let b = c.birthday else { return "—" }
            let text: String
            switch b {
            case .solar(let d): text = d.description
            case .lunar(let l): text = language.text(.custLunarBirthday, ["date": l.description, "chinese": l.chineseName])
            }
            guard let next = b.next(onOrAfter: today) else { return text }
            return language.text(.custBirthdayNext, ["birthday": text, "date": next.description])
        default: return raw.isEmpty ? "—" : raw
        }
    }

    /// A stored value in words for fields with a closed set of values (tier, status, answers, trust layer); other text as it is.
    func word(_ raw: String, for field: CustomerField) -> String {
        switch field {
        case .tier: return CustomerTier(rawValue: raw)?.name(language) ?? raw
        case .status: return CustomerStatus(rawValue: raw)?.name(language) ?? raw
        case .buyingPower, .hasNeed, .approachable, .authority: return ProspectAnswer(rawValue: raw)?.name(language) ?? raw
        case .trust: return TrustLayer(rawValue: raw)?.name(language) ?? raw
        default: return raw
        }
    }

    /// Who holds decision authority, and how each buyer relates to them (sell to Mr. Power).
    func power(_ c: Customer) -> String {
        let makers = c.decisionMakers
        var lines = [makers.isEmpty ? language.text(.custPowerUnknown) : makers.joined(separator: language.text(.cliListSeparator))]
        for p in c.people where p.role == .buyer && !p.note.isEmpty {
            lines.append(language.text(.custPowerBuyerRelation, ["name": p.name, "note": p.note]))
        }
        return lines.joined(separator: "\n")
    }

    /// The four conditions with their answers, and how many are met.
    func prospect(_ c: Customer) -> String {
        let parts = Customer.prospectConditions.map { $0.label(language) + " " + c.answer($0).name(language) }
        let met = Customer.prospectConditions.filter { c.answer($0) == .yes }.count
        let list = parts.joined(separator: " · ")
        return met == 4 ? language.text(.custProspectQualified, ["list": list]) : language.text(.custProspectOpen, ["met": String(met), "list": list])
    }

    /// One history line in words.
    func historyLine(_ h: CustomerHistoryEntry, current: String) -> String {
        let prefix = h.card == current ? "" : h.card + ": "
        switch h.action {
        case .create: return prefix + language.text(.custHistoryCreated)
        case .archive: return prefix + language.text(.custHistoryArchived)
        case .restore: return prefix + language.text(.custHistoryRestored)
        case .review: return prefix + language.text(.custHistoryReviewed)
        case .forget: return prefix + language.text(.custHistoryForgotten)
        case .mergeIn: return prefix + language.text(.custHistoryMergedFrom, ["number": h.other ?? "?"])
        case .mergeInto: return prefix + language.text(.custHistoryMergedInto, ["number": h.other ?? "?"])
        case .edit:
            let label = h.field.flatMap { CustomerField(option: $0)?.label(language) }
                ?? (h.field == "people" ? language.text(.custLabelPeople) : h.field == "tags" ? language.text(.custLabelTags) : h.field ?? "")
            guard let old = h.old, let new = h.new else { return prefix + label }
            let field = h.field.flatMap { CustomerField(option: $0) }
            func shown(_ s: String) -> String { s.isEmpty ? "—" : CustomerPrinter.clip(field.map { word(s, for: $0) } ?? s, 40) }
            return prefix + language.text(.custHistoryEdit, ["field": label, "old": shown(old), "new": shown(new)])
        }
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
