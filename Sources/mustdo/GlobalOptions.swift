import ArgumentParser
import MustDoCore

/// Options every command takes: which database, which day, which language.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(CLIText.help(.dbOption), valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp(CLIText.help(.todayOption), valueName: "YYYY-MM-DD"))
    var today: String?

    @Option(name: .long, help: ArgumentHelp(CLIText.help(.langOption), valueName: "zh|en"))
    var lang: String?

    @Option(name: .long, help: ArgumentHelp(CLIText.help(.configOption), valueName: "path"))
    var config: String?
}

/// The global options' values as plain data.
struct GlobalValues {
    var db: String?
    var today: String?
    var lang: String?
    var config: String?
}
