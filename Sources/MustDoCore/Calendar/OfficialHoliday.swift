/// A public holiday of China's official arrangement (国务院办公厅 notices), as `chinese-calendar` names them.
///
/// The case order is the index `OfficialHolidayTable` stores (scripts/gen-cn-holidays.py keeps the same order).
public enum OfficialHoliday: Int, CaseIterable, Sendable {
    /// 元旦, 1 January.
    case newYearsDay
    /// 春节.
    case springFestival
    /// 清明节.
    case tombSweepingDay
    /// 劳动节, 1 May.
    case labourDay
    /// 端午节.
    case dragonBoatFestival
    /// 国庆节, 1 October.
    case nationalDay
    /// 中秋节.
    case midAutumnFestival
    /// 中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日 (2015 only).
    case antiFascist70thDay

    /// The name `chinese_calendar.get_holiday_detail` gives (the English name, used in English holiday files).
    public var englishName: String {
        switch self {
        case .newYearsDay: return "New Year's Day"
        case .springFestival: return "Spring Festival"
        case .tombSweepingDay: return "Tomb-sweeping Day"
        case .labourDay: return "Labour Day"
        case .dragonBoatFestival: return "Dragon Boat Festival"
        case .nationalDay: return "National Day"
        case .midAutumnFestival: return "Mid-autumn Festival"
        case .antiFascist70thDay: return "Anti-Fascist 70th Day"
        }
    }

    /// The official Chinese name (used in Chinese holiday files).
    public var chineseName: String {
        switch self {
        case .newYearsDay: return "元旦"
        case .springFestival: return "春节"
        case .tombSweepingDay: return "清明节"
        case .labourDay: return "劳动节"
        case .dragonBoatFestival: return "端午节"
        case .nationalDay: return "国庆节"
        case .midAutumnFestival: return "中秋节"
        case .antiFascist70thDay: return "抗战胜利70周年纪念日"
        }
    }

    /// The name in `language`.
    public func name(_ language: Language) -> String { language == .zh ? chineseName : englishName }
}
