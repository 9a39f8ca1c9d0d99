/// A kind of real work with a customer that can count toward a routine (a routine's `link`).
///
/// Visits give `visit`, `call` (a call or a message) or `meal` from their own kind; `favour`, `homeVisit`, `greeting`
/// and `vipVisit` are added to a logged visit (`mustdo visit … --as favour`); `newCustomer` comes from adding a card
/// and `personalDetails` from an edit that fills a card's personality, hobbies, family, social connections or birthday.
public enum ActivityKind: String, CaseIterable, Sendable, Codable {
    /// A visit in person.
    case visit
    /// A phone call or a message.
    case call
    /// A meal or tea together.
    case meal
    /// A favour done for a customer.
    case favour
    /// A home visit to a key customer.
    case homeVisit = "home-visit"
    /// A new customer card.
    case newCustomer = "new-customer"
    /// A card's personal details learned (personality, hobbies, family, social connections, birthday).
    case personalDetails = "personal-details"
    /// A greeting sent.
    case greeting
    /// An appreciation visit to a VIP customer.
    case vipVisit = "vip-visit"

    /// The kinds a visit adds to its own with `--as` (the others come from the visit's kind or from cards).
    public static let visitExtras: [ActivityKind] = [.favour, .homeVisit, .greeting, .vipVisit]

    /// The activity a visit of `kind` is by itself: a visit, a call or message, a meal.
    public init(_ kind: VisitKind) {
        switch kind {
        case .visit: self = .visit
        case .call, .message: self = .call
        case .meal: self = .meal
        }
    }

    /// Reads a name as written in a pack, a form or on the command line (`home-visit`, `message`, `家访`); nil for anything else.
    public init?(word: String) {
        let w = word.trimmingWhitespace().lowercased().replacingUnderscores()
        if let k = ActivityKind(rawValue: w) { self = k; return }
        switch w {
        case "message", "call-or-message", "电话", "短信", "电话或短信", "消息": self = .call
        case "favor", "帮忙": self = .favour
        case "homevisit", "家访": self = .homeVisit
        case "new-card", "新客户", "新卡": self = .newCustomer
        case "details", "personal", "个人情况", "个人资料": self = .personalDetails
        case "greet", "祝福", "问候": self = .greeting
        case "vip", "vip-appreciation", "慰问": self = .vipVisit
        case "拜访", "面访": self = .visit
        case "饭局", "吃饭", "喝茶": self = .meal
        default: return nil
        }
    }

    /// A link as typed in a form or option: `.some(nil)` for none (empty, `none`, `无`, `-`), `.some(kind)` for a kind,
    /// nil when the text is neither.
    public static func link(_ text: String) -> ActivityKind?? {
        let t = text.trimmingWhitespace().lowercased()
        if t.isEmpty || t == "none" || t == "无" || t == "-" { return .some(nil) }
        guard let kind = ActivityKind(word: t) else { return nil }
        return .some(kind)
    }

    /// The names accepted in files and forms, for messages that list them.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// The words for this kind in `language` (the checklist's and the routine form's).
    public func label(_ language: Language) -> String {
        switch self {
        case .visit: return language.text(.linkKindVisit)
        case .call: return language.text(.linkKindCall)
        case .meal: return language.text(.linkKindMeal)
        case .favour: return language.text(.linkKindFavour)
        case .homeVisit: return language.text(.linkKindHomeVisit)
        case .newCustomer: return language.text(.linkKindNewCustomer)
        case .personalDetails: return language.text(.linkKindPersonalDetails)
        case .greeting: return language.text(.linkKindGreeting)
        case .vipVisit: return language.text(.linkKindVipVisit)
        }
    }

    /// The built-in routines linked to a kind of activity (ids as in both shipped packs), for databases seeded before
    /// links existed (`v9-routine-links`); the packs carry the same links (a test holds them equal).
    public static let builtInLinks: [String: ActivityKind] = [
        "day-greet-customers": .greeting,
        "day-target-customer-talk": .visit,
        "day-customer-favor": .favour,
        "day-target-outing": .visit,
        "day-lunch-treat": .meal,
        "day-meal-or-tea": .meal,
        "day-customer-profile": .personalDetails,
        "day-customer-network": .personalDetails,
        "day-night-visit": .visit,
        "day-memorize-names": .newCustomer,
        "day-call-customer": .call,
        "week-key-home-visit": .homeVisit,
        "week-target-outing": .meal,
        "week-make-friend": .personalDetails,
        "week-weekend-greeting": .greeting,
        "month-new-customer": .newCustomer,
        "month-make-friend": .personalDetails,
        "year-vip-visit": .vipVisit,
    ]
}

extension String {
    /// The text with `_` turned into `-` (so `home_visit` reads as `home-visit`).
    func replacingUnderscores() -> String {
        String(unicodeScalars.map { $0 == "_" ? "-" : Character($0) })
    }
}
