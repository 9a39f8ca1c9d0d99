/// The part a file a user names plays; it decides the noun in messages and the exit code.
public enum InputFileRole: String, Sendable, Equatable {
    /// config.toml (`--config`, `MUSTDO_CONFIG`).
    case config
    /// The file named by `holidays_file`.
    case holidays
    /// A theme file.
    case theme
    /// A routine pack for `routines import`.
    case pack
    /// An .ics calendar for `holidays import`.
    case calendar
    /// A vCard or contact CSV file for `customers import`.
    case contacts
    /// A customer file for `customers import`.
    case customers
    /// A CSV file of monthly sales for `sales import`.
    case sales

    /// The role's noun in `language`: "config file", "节假日文件"…
    public func noun(_ language: Language) -> String {
        switch self {
        case .config: return language.text(.fileRoleConfig)
        case .holidays: return language.text(.fileRoleHolidays)
        case .theme: return language.text(.fileRoleTheme)
        case .pack: return language.text(.fileRolePack)
        case .calendar: return language.text(.fileRoleCalendar)
        case .contacts: return language.text(.exchangeContactsFileNoun)
        case .customers: return language.text(.custFileRole)
        case .sales: return language.text(.salesFileRole)
        }
    }
}
