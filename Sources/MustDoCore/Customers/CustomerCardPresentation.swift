/// One customer card in words, as the screen's card view and `customers show` print it: every field (tiers, answers
/// and dates in words, the birthday with its next occurrence), the people and who holds decision authority, the
/// prospect conditions, the filing warnings, and the history.
public struct CustomerCardPresentation: Sendable {
    /// One labelled item; `text` may have several lines.
    public struct Item: Sendable, Equatable {
        /// The label.
        public var label: String
        /// The value (`—` when empty).
        public var text: String
    }

    /// `KH-2026-0001  张三 · 华兴贸易`.
    public let title: String
    /// Every field and the derived items, in the card's order; the filing warnings are the last item.
    public let items: [Item]
    /// The filing warnings (empty when the card is clean or erased).
    public let warnings: [String]
    /// The history, oldest first: when, and what happened in words.
    public let history: [(at: String, text: String)]

    /// The words of `card` on `today`; `clip` shortens a history value (old or new text) to what fits a line.
    public init(card c: Customer, history: [CustomerHistoryEntry], mergedInto: String?, today: LocalDate, settings: CustomerSettings,
                language: Language, clip: (String) -> String) {
        let words = CustomerCardPresentation.Words(language: language, today: today)
        let name = c.isForgotten ? language.text(.custForgottenName) : c.name
        title = c.number + "  " + name + (c[.company].isEmpty ? "" : " · " + c[.company])
        var items: [Item] = []
        for field in CustomerField.allCases {
            items.append(Item(label: field.label(language), text: words.value(field, of: c)))
            if field == .createdBy { items.append(Item(label: language.text(.custLabelCreated), text: c.createdAt)) }
        }
        items.append(Item(label: language.text(.custLabelPeople), text: c.people.isEmpty ? "—" : c.people.map { p in
            language.text(p.note.isEmpty ? .custPerson : .custPersonNote, ["name": p.name, "role": p.role.name(language), "note": p.note])
        }.joined(separator: "\n")))
        items.append(Item(label: language.text(.custLabelPower), text: words.power(c)))
        items.append(Item(label: language.text(.custLabelProspect), text: words.prospect(c)))
        items.append(Item(label: language.text(.custLabelTags), text: c.tags.isEmpty ? "—" : c.tags.joined(separator: ", ")))
        items.append(Item(label: language.text(.custLabelUpdated), text: c.updatedAt))
        items.append(Item(label: language.text(.custLabelReviewed), text: c.reviewedOn?.description ?? "—"))
        if let a = c.archivedAt { items.append(Item(label: language.text(.custLabelArchived), text: a)) }
        if let m = mergedInto { items.append(Item(label: language.text(.custLabelMergedInto), text: m)) }
        let warnings = c.isForgotten ? [] : FilingReport(card: c, today: today, settings: settings).warnings(language, settings: settings)
        items.append(Item(label: language.text(.custLabelWarnings), text: warnings.isEmpty ? language.text(.custNoWarnings) : warnings.joined(separator: "\n")))
        self.items = items
        self.warnings = warnings
        self.history = history.map { ($0.at, words.historyLine($0, current: c.number, clip: clip)) }
    }

    /// A field's value as the card shows it on `today` (words for tiers and answers, dates with their distance, `—` when empty).
    public static func value(_ field: CustomerField, of card: Customer, today: LocalDate, language: Language) -> String {
        Words(language: language, today: today).value(field, of: card)
    }

    /// The wording rules of one card (shared by the items and the history).
    struct Words {
        let language: Language
        let today: LocalDate

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
        func historyLine(_ h: CustomerHistoryEntry, current: String, clip: (String) -> String) -> String {
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
                func shown(_ s: String) -> String { s.isEmpty ? "—" : clip(field.map { word(s, for: $0) } ?? s) }
                return prefix + language.text(.custHistoryEdit, ["field": label, "old": shown(old), "new": shown(new)])
            }
        }
    }
}
