/// The 14 items of the customer card in seed 002, for the completeness check ("is every field complete?").
public enum CardItem: Int, CaseIterable, Sendable {
    /// 1. Customer or company name.
    case name = 1
    /// 2. Purchase decision-maker.
    case decisionMaker
    /// 3. Customer grade.
    case grade
    /// 4. Address, phone, etc.
    case reach
    /// 5. Needs.
    case needs
    /// 6. Financial status.
    case financial
    /// 7. Business or operating status.
    case business
    /// 8. Purchasing status.
    case purchasing
    /// 9. Credit status.
    case credit
    /// 10. External relationships.
    case relations
    /// 11. Business contact person.
    case contact
    /// 12. Who created the card, and when.
    case created
    /// 13. The unified serial number.
    case number
    /// 14. Notes.
    case notes

    /// Whether `card` has this item filled in (a decision-maker or contact may also be a person with that role; the tier counts as a grade).
    public func isFilled(in card: Customer) -> Bool {
        switch self {
        case .name: return !card.name.isEmpty
        case .decisionMaker: return !card.decisionMakers.isEmpty
        case .grade: return !card[.grade].isEmpty || card.tier != nil
        case .reach: return !card[.address].isEmpty || !card[.phone].isEmpty || !card[.email].isEmpty
        case .needs: return !card[.needs].isEmpty
        case .financial: return !card[.financial].isEmpty
        case .business: return !card[.business].isEmpty
        case .purchasing: return !card[.purchasing].isEmpty
        case .credit: return !card[.credit].isEmpty
        case .relations: return !card[.relations].isEmpty
        case .contact: return !card[.contact].isEmpty || card.people.contains { $0.role == .contact }
        case .created: return !card[.createdBy].isEmpty && !card.createdAt.isEmpty
        case .number: return !card.number.isEmpty
        case .notes: return !card[.notes].isEmpty
        }
    }

    /// The options that fill this item in, e.g. `--address/--phone/--email`.
    public var options: String {
        switch self {
        case .name: return "--name"
        case .decisionMaker: return "--decision-maker"
        case .grade: return "--grade/--tier"
        case .reach: return "--address/--phone/--email"
        case .needs: return "--needs"
        case .financial: return "--financial"
        case .business: return "--business"
        case .purchasing: return "--purchasing"
        case .credit: return "--credit"
        case .relations: return "--relations"
        case .contact: return "--contact"
        case .created: return "--created-by"
        case .number: return "number"
        case .notes: return "--notes"
        }
    }

    /// The item's short name in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .name: return CustomerField.name.label(language)
        case .decisionMaker: return CustomerField.decisionMaker.label(language)
        case .grade: return CustomerField.grade.label(language)
        case .reach: return language.text(.custLabelReach)
        case .needs: return CustomerField.needs.label(language)
        case .financial: return CustomerField.financial.label(language)
        case .business: return CustomerField.business.label(language)
        case .purchasing: return CustomerField.purchasing.label(language)
        case .credit: return CustomerField.credit.label(language)
        case .relations: return CustomerField.relations.label(language)
        case .contact: return CustomerField.contact.label(language)
        case .created: return CustomerField.createdBy.label(language)
        case .number: return language.text(.custLabelNumber)
        case .notes: return CustomerField.notes.label(language)
        }
    }
}
