import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo routines …`: list (the default), add, edit, retire, restore, move, export and import routines.
struct RoutinesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "routines",
            abstract: CLIText.helpLanguage == .zh ? "列出和编辑例行事项(不带子命令时列出)。" : "List and edit the routines (lists them when no subcommand is given).",
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

    /// A usage error (exit 64) with a sentence in the user's language.
    func usage(_ zhText: String, _ enText: String) -> MustDoError { .invalidArgument(say(zhText, enText)) }

    /// Parses `--period`.
    func period(_ text: String, option: String = "--period") throws -> PeriodKind {
        guard let k = PeriodKind(name: text) else {
            throw usage("\(option) 只能是 day、week、month、quarter、half 或 year,收到“\(text)”。",
                        "\(option) must be day, week, month, quarter, half or year, not '\(text)'.")
        }
        return k
    }

    /// Parses `--due` for a routine of `kind`, explaining a rule that does not fit.
    func due(_ text: String, kind: PeriodKind) throws -> DueRule {
        guard let rule = DueRule(text: text) else {
            throw usage("--due 规则“\(text)”无效:请用星期(mon … sun)、日期 1–31、last-day 或 last-workday,可加 @N 指定周期内第几个月。",
                        "--due '\(text)' is not a rule: use a weekday (mon … sun), a day 1–31, last-day or last-workday, optionally with @N for the month within the period.")
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
            throw usage("--target 必须是 1 到 10000 的整数,收到“\(text)”。", "--target must be a whole number from 1 to 10000, not '\(text)'.")
        }
        return n
    }

    /// Checks `--tag` values.
    func tags(_ tags: [String]) throws -> [String] {
        for t in tags {
            if t.allSatisfy({ $0 == " " }) { throw usage("--tag 不能为空。", "--tag cannot be empty.") }
            if t.contains(",") || t.firstUnsafeScalar() != nil {
                throw usage("标签“\(t)”含有逗号或控制字符:每个标签请单独用一个 --tag。", "The tag '\(t)' contains a comma or a control character: give each tag with its own --tag.")
            }
        }
        return tags
    }

    /// Checks `--title`.
    func title(_ text: String) throws -> String {
        if text.allSatisfy({ $0 == " " || $0 == "\u{3000}" }) { throw usage("--title 不能为空:请写上事项名称。", "--title is empty: give the routine a name.") }
        if text.firstUnsafeScalar() != nil {
            throw usage("--title 只能是一行文字,不能含换行或控制字符。", "--title must be one line, without line breaks or control characters.")
        }
        if text.unicodeScalars.count > 500 { throw usage("--title 超过 500 个字符。", "--title is longer than 500 characters.") }
        return text
    }

    /// The routine with `id`, or a sentence pointing at `mustdo routines`.
    func routine(_ id: String, in routines: [Routine]) throws -> Routine {
        guard let r = routines.first(where: { $0.id == id }) else {
            throw usage("找不到例行事项“\(id)”:请用 `mustdo routines` 列出的 ID。", "There is no routine '\(id)': use an id listed by `mustdo routines`.")
        }
        return r
    }

    /// "this week's list" / "本周清单".
    func periodPhrase(_ kind: PeriodKind) -> String {
        switch kind {
        case .day: return say("今天的清单", "today's list")
        case .week: return say("本周的清单", "this week's list")
        case .month: return say("本月的清单", "this month's list")
        case .quarter: return say("本季度的清单", "this quarter's list")
        case .half: return say("本半年的清单", "this half-year's list")
        case .year: return say("今年的清单", "this year's list")
        }
    }

    /// Where a routine stands in today's lists after a change: its ref, or why it is not there.
    func whereItStands(_ id: String, kind: PeriodKind, db: AppDatabase, context: AppContext) throws -> String {
        let agenda = try db.agenda(today: context.today, engine: context.engine)
        if let item = agenda.sections.flatMap(\.items).first(where: { $0.occurrence.routineID == id }) {
            return say("已在\(periodPhrase(kind))中,编号 \(item.ref)。", "it is in \(periodPhrase(kind)) as \(item.ref).")
        }
        return say("它不在\(periodPhrase(kind))中(今天不安排)。", "it is not in \(periodPhrase(kind)) (not scheduled today).")
    }
}
