import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo sales [rank] [--month YYYY-MM] [--json | --markdown]`: the 80/20 view of a month.
struct SalesRankCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "rank", abstract: CLIText.helpLanguage.text(.salesRankAbstract))
    }

    private static var help: Language { CLIText.helpLanguage }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(help.text(.salesRankMonthHelp), valueName: "YYYY-MM")) var month: String?
    @Flag(name: .long, help: ArgumentHelp(help.text(.salesJSONHelp))) var json = false
    @Flag(name: .long, help: ArgumentHelp(help.text(.salesMarkdownHelp))) var markdown = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let words = context.language
            guard !(json && markdown) else { throw MustDoError.invalidArgument(words.text(.salesFormatConflict)) }
            let chosen = try month.map { try SalesCommand.month($0, option: "--month", language: words) }
            let db = try context.openCustomers()
            let thisMonth = SalesMonth(containing: context.today)
            let m = try chosen ?? db.latestSalesMonth(notAfter: thisMonth) ?? thisMonth
            let ranking = try db.salesRanking(month: m)
            let printer = SalesRankingPrinter(ranking: ranking, language: words)
            Output.out(json ? printer.json() : markdown ? printer.markdown() : printer.text())
        }
    }
}
