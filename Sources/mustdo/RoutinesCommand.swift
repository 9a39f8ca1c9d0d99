import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo routines …`: list (the default), add, edit, retire, restore, move, export and import routines.
struct RoutinesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "routines",
            abstract: CLIText.helpLanguage.text(.cliRoutinesListAndEditTheRoutines),
            subcommands: [RoutinesListCommand.self, RoutinesAddCommand.self, RoutinesEditCommand.self, RoutinesRetireCommand.self,
                          RoutinesRestoreCommand.self, RoutinesMoveCommand.self, RoutinesExportCommand.self, RoutinesImportCommand.self],
            defaultSubcommand: RoutinesListCommand.self)
    }
}

/// Option parsing and messages shared by the `routines` subcommands, in the user's language.
struct RoutineOptions {
    let language: Language
    var zh: Bool { language == .zh }

    /// `zh` or `en` text.
    func say(_ zhText: String, _ enText: String) -> String { zh ? zhText : enText }

    /// The catalog sentence `key` in the user's language.
    func say(_ key: MessageKey, _ values: [String: String] = [:]) -> String { language.text(key, values) }

    /// A usage error (exit 64) with the catalog sentence `key`.
    func usage(_ key: MessageKey, _ values: [String: String] = [:]) -> MustDoError { .invalidArgument(language.text(key, values)) }

    /// A usage error (exit 64) with a sentence in the user's language.
    func usage(_ zhText: String, _ enText: String) -> MustDoError { .invalidArgument(say(zhText, enText)) }

    /// Parses `--period`.
    func period(_ text: String, option: String = "--period") throws -> PeriodKind {
        guard let k = PeriodKind(name: text) else {
            throw usage(.cliRoutinesMustBeDayWeekMonth, ["option": "\(option)", "text": "\(text)"])
        }
        return k
    }

    /// Parses `--due` for a routine of `kind`, explaining a rule that does not fit.
    func due(_ text: String, kind: PeriodKind) throws -> DueRule {
        guard let rule = DueRule(text: text) else {
            throw usage(.cliRoutinesDueIsNotARule, ["text": "\(text)"])
        }
        if rule.problem(for: kind) != nil {
            let words = Vocabulary(language)
            let why: (String, String)
            switch (rule, kind) {
            case (_, .day): why = ("每日事项没有截止规则", "daily routines have no due rule")
            case (.weekday, _): why = ("星期规则只适用于每周事项", "a weekday rule needs a weekly routine")
            case (_, .week): why = ("每周事项请用星期 mon … sun", "a weekly routine takes a weekday, mon … sun")
            default:
                if kind == .month {
                    why = ("每月事项的规则不能带 @N,请去掉 @ 部分", "a monthly rule cannot name a month, so drop the @N")
                } else {
                    let n = kind.months ?? 1
                    why = ("周期内的月份只能是 @1 到 @\(n)", "the month within a \(kind.rawValue) must be @1 to @\(n)")
                }
            }
            throw usage("--due \(text) 不适用于\(words.periodTitle(kind))事项:\(why.0)。", "--due \(text) does not fit a \(kind.rawValue) routine: \(why.1).")
        }
        return rule
    }

    /// Parses `--target`.
    func target(_ text: String) throws -> Int {
        guard let n = Int(text), (1...10_000).contains(n) else {
            throw usage(.cliRoutinesTargetMustBeAWhole, ["text": "\(text)"])
        }
        return n
    }

    /// Checks `--tag` values.
    func tags(_ tags: [String]) throws -> [String] {
        for t in tags {
            if t.allSatisfy({ $0 == " " }) { throw usage(.cliRoutinesTagCannotBeEmpty) }
            if t.contains(",") || t.firstUnsafeScalar() != nil {
                throw usage(.cliRoutinesTheTagContainsAComma, ["t": "\(t)"])
            }
        }
        return tags
    }

    /// Checks `--title`.
    func title(_ text: String) throws -> String {
        if text.allSatisfy({ $0 == " " || $0 == "\u{3000}" }) { throw usage(.cliRoutinesTitleIsEmptyGiveThe) }
        if text.firstUnsafeScalar() != nil {
            throw usage(.cliRoutinesTitleMustBeOneLine)
        }
        if text.unicodeScalars.count > 500 { throw usage(.cliRoutinesTitleIsLongerThan500) }
        return text
    }

    /// The routine with `id`, or a sentence pointing at `mustdo routines`.
    func routine(_ id: String, in routines: [Routine]) throws -> Routine {
        guard let r = routines.first(where: { $0.id == id }) else {
            throw usage(.cliRoutinesThereIsNoRoutineUse, ["id": "\(id)"])
        }
        return r
    }

    /// "this week's list" / "本周清单".
    func periodPhrase(_ kind: PeriodKind) -> String {
        switch kind {
        case .day: return say(.cliRoutinesTodaySList)
        case .week: return say(.cliRoutinesThisWeekSList)
        case .month: return say(.cliRoutinesThisMonthSList)
        case .quarter: return say(.cliRoutinesThisQuarterSList)
        case .half: return say(.cliRoutinesThisHalfYearSList)
        case .year: return say(.cliRoutinesThisYearSList)
        }
    }

    /// Where a routine stands in today's lists after a change: its ref, or why it is not there.
    func whereItStands(_ id: String, kind: PeriodKind, db: AppDatabase, context: AppContext) throws -> String {
        let agenda = try db.agenda(today: context.today, engine: context.engine)
        if let item = agenda.sections.flatMap(\.items).first(where: { $0.occurrence.routineID == id }) {
            return say(.cliRoutinesItIsInAs, ["ref": "\(item.ref)", "p0": "\(periodPhrase(kind))"])
        }
        return say(.cliRoutinesItIsNotInNot, ["p0": "\(periodPhrase(kind))"])
    }
}
