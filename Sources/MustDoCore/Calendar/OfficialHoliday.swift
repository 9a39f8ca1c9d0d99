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
    public var englishName: String { Language.en.text(messageKey) }

    /// The official Chinese name (used in Chinese holiday files).
    public var chineseName: String { Language.zh.text(messageKey) }

    /// The name in `language`.
    public func name(_ language: Language) -> String { language.text(messageKey) }

    /// The catalog entry of the name.
    var messageKey: MessageKey {
        switch self {
        case .newYearsDay: return .holidayNameNewYearsDay
        case .springFestival: return .holidayNameSpringFestival
        case .tombSweepingDay: return .holidayNameTombSweepingDay
        case .labourDay: return .holidayNameLabourDay
        case .dragonBoatFestival: return .holidayNameDragonBoatFestival
        case .nationalDay: return .holidayNameNationalDay
        case .midAutumnFestival: return .holidayNameMidAutumnFestival
        case .antiFascist70thDay: return .holidayNameAntiFascist70thDay
        }
    }
}
