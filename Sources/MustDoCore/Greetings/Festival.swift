/// A festival on which a salesperson greets customers: the lunar ones of the Chinese calendar, 清明 (a solar term),
/// and solar ones.
public enum Festival: String, CaseIterable, Sendable {
    /// 春节, lunar 1-1.
    case springFestival = "spring-festival"
    /// 元宵节, lunar 1-15.
    case lantern
    /// 清明节, the solar term at 15°.
    case qingming
    /// 端午节, lunar 5-5.
    case dragonBoat = "dragon-boat"
    /// 七夕, lunar 7-7.
    case qixi
    /// 中秋节, lunar 8-15.
    case midAutumn = "mid-autumn"
    /// 重阳节, lunar 9-9.
    case doubleNinth = "double-ninth"
    /// 元旦 / New Year's Day, 1 January.
    case newYear = "new-year"
    /// 国庆节, 1 October.
    case nationalDay = "national-day"
    /// Christmas, 25 December.
    case christmas

    /// The festivals greeted when `[greetings] festivals` is not set: the Chinese ones in Chinese, New Year and Christmas in English.
    public static func defaults(_ language: Language) -> [Festival] {
        language == .zh ? [.springFestival, .lantern, .qingming, .dragonBoat, .qixi, .midAutumn, .doubleNinth, .newYear, .nationalDay]
                        : [.newYear, .christmas]
    }

    /// A festival named in config.toml: its id (`mid-autumn`) or its Chinese name (中秋, 中秋节).
    public init?(name: String) {
        let t = name.trimmingWhitespace().lowercased()
        if let f = Festival(rawValue: t) { self = f; return }
        guard let f = Festival.allCases.first(where: { $0.chineseName == t || $0.chineseName + "节" == t || ($0.chineseName.hasSuffix("节") && $0.chineseName.dropLast() == t) }) else { return nil }
        self = f
    }

    /// The lunar month and day, for the lunar festivals.
    public var lunarDay: (month: Int, day: Int)? {
        switch self {
        case .springFestival: return (1, 1)
        case .lantern: return (1, 15)
        case .dragonBoat: return (5, 5)
        case .qixi: return (7, 7)
        case .midAutumn: return (8, 15)
        case .doubleNinth: return (9, 9)
        default: return nil
        }
    }

    /// The festival's day in the solar year `year` (each falls once a year; nil outside the lunar table, 1900–2100).
    public func date(inYear year: Int) -> LocalDate? {
        switch self {
        case .newYear: return LocalDate(year: year, month: 1, day: 1)
        case .nationalDay: return LocalDate(year: year, month: 10, day: 1)
        case .christmas: return LocalDate(year: year, month: 12, day: 25)
        case .qingming: return (1900...2100).contains(year) ? SolarTerm.qingming(year: year) : nil
        default:
            let (m, d) = lunarDay!
            // A lunar festival of lunar year Y falls in solar year Y (the new year is in January or February).
            return LunarDate(year: year, month: m, day: d)?.solar
        }
    }

    /// The Chinese name: 春节, 元宵节, 清明节 …
    public var chineseName: String { Language.zh.text(messageKey) }

    /// The English name.
    public var englishName: String { Language.en.text(messageKey) }

    /// The name in `language`.
    public func name(_ language: Language) -> String { language.text(messageKey) }

    /// The catalog entry of the name.
    var messageKey: MessageKey {
        switch self {
        case .springFestival: return .festNameSpringFestival
        case .lantern: return .festNameLantern
        case .qingming: return .festNameQingming
        case .dragonBoat: return .festNameDragonBoat
        case .qixi: return .festNameQixi
        case .midAutumn: return .festNameMidAutumn
        case .doubleNinth: return .festNameDoubleNinth
        case .newYear: return .festNameNewYear
        case .nationalDay: return .festNameNationalDay
        case .christmas: return .festNameChristmas
        }
    }
}
