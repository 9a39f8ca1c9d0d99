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

    /// The catalog sentence `key` in the user's language.
    func say(_ key: MessageKey, _ values: [String: String] = [:]) -> String { language.text(key, values) }

    /// A usage error (exit 64) with the catalog sentence `key`.
    func usage(_ key: MessageKey, _ values: [String: String] = [:]) -> MustDoError { .invalidArgument(language.text(key, values)) }


    /// Parses `--period`.
    func period(_ text: String, option: String = "--period") throws -> PeriodKind {
        guard let k = PeriodKind(name: text) else {
            throw usage(.cliRoutinesMustBeDayWeekMonth, ["option": "\(option)", "text": text.quotedForMessage()])
        }
        return k
    }

    /// Parses `--due` for a routine of `kind`, explaining a rule that does not fit.
    func due(_ text: String, kind: PeriodKind) throws -> DueRule {
        guard let rule = DueRule(text: text) else {
            throw usage(.cliRoutinesDueIsNotARule, ["text": text.quotedForMessage()])
        }
        if rule.problem(for: kind) != nil {
            let why: String
            switch (rule, kind) {
            case (_, .day): why = say(.cliRoutinesWhyDay)
            case (.weekday, _): why = say(.cliRoutinesWhyWeekday)
            case (_, .week): why = say(.cliRoutinesWhyWeek)
            default:
                why = kind == .month ? say(.cliRoutinesWhyMonth)
                    : say(.cliRoutinesWhyMonthRange, ["kind": language.kindName(kind), "months": String(kind.months ?? 1)])
            }
            throw usage(.cliRoutinesRuleMismatch, ["rule": text, "kind": language.kindName(kind), "why": why])
        }
        return rule
    }

    /// Parses `--target`.
    func target(_ text: String) throws -> Int {
        guard let n = Int(text), (1...10_000).contains(n) else {
            throw usage(.cliRoutinesTargetMustBeAWhole, ["text": text.quotedForMessage()])
        }
        return n
    }

    /// Reads `--link`: a kind of activity, or `none` (nil) to remove the link; one sentence for anything else.
    func link(_ text: String) throws -> ActivityKind? {
        guard let link = ActivityKind.link(text) else {
            throw usage(.linkOptionInvalid, ["text": text.quotedForMessage(), "names": ActivityKind.names])
        }
        return link
    }

    /// Checks `--tag` values.
    func tags(_ tags: [String]) throws -> [String] {
        for t in tags {
            if t.allSatisfy({ $0 == " " }) { throw usage(.cliRoutinesTagCannotBeEmpty) }
            if t.contains(",") || t.firstUnsafeScalar() != nil {
                throw usage(.cliRoutinesTheTagContainsAComma, ["t": t.quotedForMessage()])
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
            throw usage(.cliRoutinesThereIsNoRoutineUse, ["id": id.quotedForMessage()])
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
