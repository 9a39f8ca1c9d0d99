import ArgumentParser
import CSQLiteSetup
import MustDoCore
#if canImport(Glibc)
import Glibc
#endif

/// The `mustdo` command: subcommands for the console, the full-screen view with none.
@main
struct MustDoCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "mustdo",
            abstract: CLIText.help(.root),
            version: MustDoVersion.description,
            subcommands: [TodayCommand.self, CheckCommand.self, UncheckCommand.self, SkipCommand.self,
                          WeekCommand.self, PlanCommand.self, JournalCommand.self, AddCommand.self, FocusCommand.self,
                          AddCountCommand.self, RoutinesCommand.self, CustomersCommand.self, ExportCommand.self, BackupCommand.self, HolidaysCommand.self,
                          PeriodsCommand.self, LunarCommand.self, PinyinCommand.self, ThemesCommand.self, InitCommand.self,
                          VisitCommand.self,
                          VisitsCommand.self,
                          PromiseCommand.self,
                          AppointmentsCommand.self,
                          SalesCommand.self,
                          GreetingsCommand.self,
                          TeamCommand.self,
                          SyncCommand.self,
                          ReviewCommand.self,
                          CadenceCommand.self])
    }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(CLIText.help(.themeOption), valueName: "name")) var theme: String?

    /// Leaf commands run often from scripts: parsed on their own, which skips building the whole command tree
    /// (about a quarter of `mustdo today`'s time). Help, completion and any parse error take the full path.
    static let fastCommands: [String: ParsableCommand.Type] = [
        "today": TodayCommand.self, "check": CheckCommand.self, "uncheck": UncheckCommand.self, "skip": SkipCommand.self,
        "add-count": AddCountCommand.self, "week": WeekCommand.self, "plan": PlanCommand.self, "focus": FocusCommand.self,
        "journal": JournalCommand.self, "add": AddCommand.self,
        "greetings": GreetingsCommand.self,
        "sales": SalesCommand.self,
        "visit": VisitCommand.self, "visits": VisitsCommand.self, "promise": PromiseCommand.self,
        "appointments": AppointmentsCommand.self,
        "cadence": CadenceCommand.self,
    ]

    /// `mustdo today` with only the plain options, read without ArgumentParser: its reflection and the
    /// runtime's first protocol-conformance lookups are a fifth of the command's time. Anything else
    /// (unknown or repeated options, `--opt=value`, help) returns nil and takes the normal path.
    static func quickToday(_ args: [String]) -> (GlobalValues, Bool)? { quick(args, command: "today") }

    /// `mustdo plan` with only the plain options, read the way `quickToday` reads `today` (morning planning is run
    /// every morning from scripts and shell start-up files; ArgumentParser was a tenth of its time).
    static func quickPlan(_ args: [String]) -> (GlobalValues, Bool)? { quick(args, command: "plan") }

    /// The plain options (`--db`, `--today`, `--lang`, `--config`, `--json`) of `command`, or nil for anything else.
    private static func quick(_ args: [String], command: String) -> (GlobalValues, Bool)? {
        guard args.first == command,
              let q = QuickArguments(args.dropFirst(), options: ["--db", "--today", "--lang", "--config"], flags: ["--json"]) else { return nil }
        let values = q.values, json = q.flags.contains("--json")
        return (GlobalValues(db: values["--db"], today: values["--today"], lang: values["--lang"], config: values["--config"]), json)
    }

    /// Runs the command line.
    static func main() {
        // Before any connection: page caches allocate their pages as needed (`today`: 558 -> 524 page faults).
        _ = mustdo_sqlite_set_up()
        let args = Array(CommandLine.arguments.dropFirst())
        // `mustdo --version` alone, as ArgumentParser prints it, without building the command tree (three quarters of its time).
        if args == ["--version"] {
            Output.out(MustDoVersion.description + "\n")
            Glibc.exit(0)
        }
        if let (values, json) = quickToday(args) {
            do {
                try TodayCommand.run(values, json: json)
                Glibc.exit(0)
            } catch {
                MustDoCommand.exit(withError: error)
            }
        }
        if let list = CustomersListCommand.quick(args) {
            do {
                try list()
                Glibc.exit(0)
            } catch {
                MustDoCommand.exit(withError: error)
            }
        }
        if let (values, json) = quickPlan(args) {
            do {
                try PlanCommand.run(values, json: json)
                Glibc.exit(0)
            } catch {
                MustDoCommand.exit(withError: error)
            }
        }
        if let first = args.first, let fast = fastCommands[first],
           !args.contains(where: { $0 == "-h" || $0 == "--help" || $0 == "help" || $0 == "--version" || $0.hasPrefix("--generate-completion") }) {
            var command: ParsableCommand?
            do { command = try fast.parseAsRoot(Array(args.dropFirst())) } catch { command = nil }
            if var command {
                do {
                    try command.run()
                    Glibc.exit(0)
                } catch {
                    MustDoCommand.exit(withError: error)
                }
            }
        }
        var command: ParsableCommand
        do { command = try parseAsRoot(args) } catch { usageError(error) }
        do {
            try command.run()
        } catch {
            MustDoCommand.exit(withError: error)
        }
    }

    /// A command-line mistake ends like every other error: one `mustdo:` line in the user's language naming the
    /// option and the fix, exit 64; help and version requests print as usual.
    static func usageError(_ error: Error) -> Never {
        let code = exitCode(for: error)
        guard code != .success else { MustDoCommand.exit(withError: error) }
        let english = message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
        let args = Array(CommandLine.arguments.dropFirst())
        Output.err("mustdo: " + UsageErrorText(english: english, arguments: args).sentence(CLIText.helpLanguage))
        Glibc.exit(code.rawValue == 1 ? 64 : code.rawValue)
    }

    func run() throws {
        try TeamConsole.run(language: global.lang?.rawValue) {
            try ScreenLauncher(context: try AppContext(global), themeName: theme).run()
        }
    }
}

/// Runs `body` with errors said in `language` (`--lang`, already parsed), else the help language.
func reportingErrors(language: Language?, _ body: () throws -> Void) throws {
    try reportingErrors(language: language?.rawValue, body)
}

/// Runs `body`; a user-facing error is printed as one sentence on stderr and ends the process with its exit code.
func reportingErrors(language: String?, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as MustDoError {
        let lang = language.flatMap { Language(code: $0) } ?? CLIText.helpLanguage
        Output.err("mustdo: " + error.message(lang))
        throw ExitCode(error.exitCode)
    }
}
