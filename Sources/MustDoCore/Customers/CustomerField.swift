/// One field of the customer card: its option name (`--phone`), its column, how its text is checked and made canonical.
///
/// The card keeps every field as canonical text (`Customer.values`), so storing, history, JSON and the
/// console treat all fields alike; typed views (`Customer.tier`, `Customer.birthday` …) read that text.
/// People and tags are lists and live beside the fields.
public enum CustomerField: String, CaseIterable, Sendable {
    // The 14 fields of seed 002 (1–14), in the card's order.
    /// 1. Customer or company name: the person's or the company's name (required).
    case name
    /// 1. The company, when the name is a person's.
    case company
    /// 2. The purchase decision-maker (also any person with the decision-maker role).
    case decisionMaker = "decision-maker"
    /// 3. The customer's grade (A/B/C or the user's own scale; the tier also counts).
    case grade
    /// 4. Address.
    case address
    /// 4. Phone.
    case phone
    /// 4. E-mail.
    case email
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
    /// 11. The business contact person (also any person with the contact role).
    case contact
    /// 12. Who created the card (the date is `Customer.createdAt`).
    case createdBy = "created-by"
    /// 14. Notes and other relevant items.
    case notes
    // Seed 001: tier, decision horizon, the four conditions of a qualified prospect; status.
    /// Key, important or general.
    case tier
    /// The expected purchase-decision date.
    case decisionDate = "decision-date"
    /// Prospect condition: buying power (购买力).
    case buyingPower = "buying-power"
    /// Prospect condition: a need (需求).
    case hasNeed = "has-need"
    /// Prospect condition: easy to approach (容易接近).
    case approachable
    /// Prospect condition: holds decision authority (决策权).
    case authority
    /// Prospect, customer, dormant or lost.
    case status
    /// Why a lost customer was lost (required with status lost).
    case lostReason = "lost-reason"
    // What the daily routines ask to learn (seeds 001, 004).
    /// Personality.
    case personality
    /// Hobbies.
    case hobbies
    /// Family.
    case family
    /// Social connections.
    case social
    /// Birthday, solar or lunar.
    case birthday
    /// The highest trust layer reached.
    case trust
    /// Who referred the customer.
    case referredBy = "referred-by"
    // Issue 12's contact cadence.
    /// Days between contacts for this card, overriding its tier's interval (empty: the tier's).
    case contactEvery = "contact-every"

    /// The longest one-line field, in characters.
    public static let lineLimit = 200
    /// The longest multi-line field (needs, statuses, notes …), in characters.
    public static let textLimit = UserInput.noteLimit

    /// The field named by a console option without its dashes (`phone`, `decision-maker`), or nil.
    public init?(option: String) { self.init(rawValue: option) }

    /// The option that sets the field, e.g. `--phone`.
    public var option: String { "--" + rawValue }

    /// The column name in the store and the key in JSON (`decision_maker`).
    public var column: String { String(rawValue.map { $0 == "-" ? "_" : $0 }) }

    /// Whether the field holds several lines of free text.
    public var isMultiLine: Bool {
        switch self {
        case .needs, .financial, .business, .purchasing, .credit, .relations, .notes, .personality, .hobbies, .family, .social, .lostReason:
            return true
        default:
            return false
        }
    }

    /// The value a new card starts with (empty for most; unknown for the prospect conditions, prospect for the status).
    public var defaultValue: String {
        switch self {
        case .buyingPower, .hasNeed, .approachable, .authority: return ProspectAnswer.unknown.rawValue
        case .status: return CustomerStatus.prospect.rawValue
        default: return ""
        }
    }

    /// The canonical text for `text` typed for this field (spaces around it trimmed; an empty text clears the field),
    /// or one sentence naming the field and the fix. `today` bounds a birthday.
    public func canonical(_ text: String, today: LocalDate) throws -> String {
        let t = text.trimmingWhitespace()
        if isMultiLine {
            try CustomerField.checkText(t, option: option)
            return t
        }
        try CustomerField.checkLine(t, option: option, limit: CustomerField.lineLimit)
        switch self {
        case .name:
            guard !t.isEmpty else { throw MustDoError.invalidInput(.custNameEmpty, [:]) }
            return t
        case .tier:
            if t.isEmpty { return "" }
            guard let tier = CustomerTier(name: t) else { throw MustDoError.invalidInput(.custBadTier, ["text": t.quotedForMessage()]) }
            return tier.rawValue
        case .status:
            guard let s = CustomerStatus(name: t) else { throw MustDoError.invalidInput(.custBadStatus, ["text": t.quotedForMessage()]) }
            return s.rawValue
        case .buyingPower, .hasNeed, .approachable, .authority:
            guard let a = ProspectAnswer(name: t) else {
                throw MustDoError.invalidInput(.custBadAnswer, ["option": option, "text": t.quotedForMessage()])
            }
            return a.rawValue
        case .trust:
            if t.isEmpty { return "" }
            guard let l = TrustLayer(name: t) else { throw MustDoError.invalidInput(.custBadTrust, ["text": t.quotedForMessage()]) }
            return l.rawValue
        case .decisionDate:
            if t.isEmpty { return "" }
            guard let d = LocalDate(parsing: t), (1900...2200).contains(d.year) else {
                throw MustDoError.invalidInput(.custBadDate, ["option": option, "text": t.quotedForMessage()])
            }
            return d.description
        case .birthday:
            if t.isEmpty { return "" }
            guard let b = Birthday(parsing: t), b.birthDate.year >= 1900 else {
                throw MustDoError.invalidInput(.custBadBirthday, ["text": t.quotedForMessage()])
            }
            if b.birthDate > today { throw MustDoError.invalidInput(.custBirthdayFuture, ["text": t.quotedForMessage()]) }
            return b.description
        case .contactEvery:
            if t.isEmpty { return "" }
            guard t.count <= 5, let n = Int(t), (1...CadenceSettings.maxDays).contains(n) else {
                throw MustDoError.invalidInput(.cadenceBadContactEvery, ["text": t.quotedForMessage(), "max": String(CadenceSettings.maxDays)])
            }
            return String(n)
        case .email:
            if t.isEmpty { return "" }
            let parts = t.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
                  !t.contains(where: { $0.isWhitespace }) else {
                throw MustDoError.invalidInput(.custBadEmail, ["text": t.quotedForMessage()])
            }
            return t
        case .phone:
            if t.isEmpty { return "" }
            let allowed = Set("0123456789+-() ./,;#xX*")
            let digits = t.filter(\.isASCII).filter(\.isNumber).count
            guard digits >= 3, t.allSatisfy({ allowed.contains($0) || $0 == "\u{3000}" || $0 == "，" }) else {
                throw MustDoError.invalidInput(.custBadPhone, ["text": t.quotedForMessage()])
            }
            return t
        default:
            return t
        }
    }

    /// Refuses a one-line value with a control character or line break, or longer than `limit` characters.
    static func checkLine(_ t: String, option: String, limit: Int) throws {
        if let u = t.firstUnsafeScalar() {
            throw MustDoError.invalidInput(.custFieldControl, ["option": option, "char": UserInput.escaped(u)])
        }
        let count = t.unicodeScalars.count
        if count > limit {
            throw MustDoError.invalidInput(.custFieldTooLong, ["option": option, "count": String(count), "limit": String(limit)])
        }
    }

    /// Refuses a multi-line value with a control character (line breaks and tabs allowed) or longer than `textLimit`.
    static func checkText(_ t: String, option: String) throws {
        if let u = t.firstUnsafeScalar(allowingLineBreaks: true) {
            throw MustDoError.invalidInput(.custFieldControl, ["option": option, "char": UserInput.escaped(u)])
        }
        let count = t.unicodeScalars.count
        if count > textLimit {
            throw MustDoError.invalidInput(.custFieldTooLong, ["option": option, "count": String(count), "limit": String(textLimit)])
        }
    }

    /// The field's label on the card in `language`.
    public func label(_ language: Language) -> String {
        language.text(CustomerField.labels[self]!)
    }

    private static let labels: [CustomerField: MessageKey] = [
        .name: .custLabelName, .company: .custLabelCompany, .decisionMaker: .custLabelDecisionMaker, .grade: .custLabelGrade,
        .address: .custLabelAddress, .phone: .custLabelPhone, .email: .custLabelEmail, .needs: .custLabelNeeds,
        .financial: .custLabelFinancial, .business: .custLabelBusiness, .purchasing: .custLabelPurchasing, .credit: .custLabelCredit,
        .relations: .custLabelRelations, .contact: .custLabelContact, .createdBy: .custLabelCreatedBy, .notes: .custLabelNotes,
        .tier: .custLabelTier, .decisionDate: .custLabelDecisionDate, .buyingPower: .custLabelBuyingPower, .hasNeed: .custLabelHasNeed,
        .approachable: .custLabelApproachable, .authority: .custLabelAuthority, .status: .custLabelStatus, .lostReason: .custLabelLostReason,
        .personality: .custLabelPersonality, .hobbies: .custLabelHobbies, .family: .custLabelFamily, .social: .custLabelSocial,
        .birthday: .custLabelBirthday, .trust: .custLabelTrust, .referredBy: .custLabelReferredBy,
        .contactEvery: .cadenceLabelContactEvery,
    ]
}
