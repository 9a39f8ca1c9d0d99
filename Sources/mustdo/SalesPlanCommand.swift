import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo sales plan MONTH [AMOUNT | --clear]`: sets, shows or removes the sales plan of a month, which the period
/// review measures sales against.
struct SalesPlanCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "plan", abstract: CLIText.helpLanguage.text(.salesPlanAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.salesPlanMonthHelp), valueName: "YYYY-MM")) var month: String
    @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.salesPlanAmountHelp), valueName: "amount")) var amount: String?
    @Flag(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.salesPlanClearHelp))) var clear = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let words = context.language
            // Every argument is checked before the database is opened: a typo changes nothing.
            let m = try SalesCommand.month(month, option: "MONTH", language: words)
            if clear && amount != nil { throw MustDoError.invalidArgument(words.text(.salesPlanClearConflict)) }
            let a = try amount.map { try SalesCommand.quantity($0, option: "AMOUNT", language: words) }
            let db = try context.openCustomers()
            if let a {
                let before = try db.setSalesPlan(month: m, amount: a, now: context.clock.timestamp())
                Output.out(words.text(before == nil ? .salesPlanSet : .salesPlanChanged,
                                      ["month": m.description, "amount": a.grouped, "before": before?.grouped ?? ""]) + "\n")
            } else if clear {
                let before = try db.setSalesPlan(month: m, amount: nil, now: context.clock.timestamp())
                Output.out(words.text(before == nil ? .salesPlanNoneToClear : .salesPlanCleared, ["month": m.description]) + "\n")
            } else {
                let plan = try db.salesPlans(m...m).first?.amount
                Output.out((plan.map { words.text(.salesPlanShow, ["month": m.description, "amount": $0.grouped]) }
                            ?? words.text(.salesPlanNone, ["month": m.description])) + "\n")
            }
        }
    }
}
