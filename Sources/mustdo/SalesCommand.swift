import ArgumentParser
import MustDoCore

/// `mustdo sales …`: monthly sales per customer (rank is the default; add, import).
struct SalesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "sales",
            abstract: CLIText.helpLanguage.text(.salesAbstract),
            subcommands: [SalesRankCommand.self, SalesAddCommand.self, SalesImportCommand.self,
                          SalesPlanCommand.self],
            defaultSubcommand: SalesRankCommand.self)
    }

    /// A month given as an option, or one sentence naming the option and the fix.
    static func month(_ text: String, option: String, language: Language) throws -> SalesMonth {
        do {
            return try SalesImport.parseMonth(text)
        } catch {
            throw MustDoError.invalidArgument(language.text(.salesOptionInvalid, ["option": option, "problem": error.message(language)]))
        }
    }

    /// An amount or volume given as an option, or one sentence naming the option and the fix.
    static func quantity(_ text: String, option: String, language: Language) throws -> SalesQuantity {
        do {
            return try SalesImport.parseQuantity(text, empty: nil)
        } catch {
            throw MustDoError.invalidArgument(language.text(.salesOptionInvalid, ["option": option, "problem": error.message(language)]))
        }
    }
}
