import ArgumentParser
import MustDoCore

/// Options every command takes: which database, which day, which language.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(CLIText.help(.dbOption), valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp(CLIText.help(.todayOption), valueName: "YYYY-MM-DD"))
    var today: LocalDate?

    @Option(name: .long, help: ArgumentHelp(CLIText.help(.langOption), valueName: "zh|en"))
    var lang: Language?

    @Option(name: .long, help: ArgumentHelp(CLIText.help(.configOption), valueName: "path"))
    var config: String?
}

extension GlobalOptions {
    /// The values as plain data, for `AppContext`.
    var values: GlobalValues { GlobalValues(db: db, today: today?.description, lang: lang?.rawValue, config: config) }
}

/// The global options' values as plain data.
struct GlobalValues {
    var db: String?
    var today: String?
    var lang: String?
    var config: String?
}
