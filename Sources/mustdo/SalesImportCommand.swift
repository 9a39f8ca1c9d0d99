import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo sales import FILE.csv [--dry-run]`: checked whole (line and column named), then one transaction or nothing.
struct SalesImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "import", abstract: CLIText.helpLanguage.text(.salesImportAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.salesFileHelp), valueName: "file")) var file: String
    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(CLIText.helpLanguage.text(.salesDryRunHelp))) var dryRun = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let words = context.language
            let text = try TextFile.read(file).text(path: file, role: .sales)!
            do {
                let lines = try SalesImport.lines(csv: text)
                let db = try context.openCustomers()
                let now = context.clock.timestamp()
                let result = dryRun ? try db.checkSalesImport(lines, now: now) : try db.importSales(lines, now: now)
                Output.out(words.text(dryRun ? .salesImportDryRun : .salesImported, [
                    "lines": String(result.lines), "customers": String(result.customers), "replaced": String(result.replaced),
                    "from": result.months?.lowerBound.description ?? "", "to": result.months?.upperBound.description ?? "",
                    "path": file]) + "\n")
            } catch let p as SalesImportProblem {
                var problem = p.error.message(words)
                while problem.hasSuffix(".") || problem.hasSuffix("。") { problem.removeLast() }
                throw MustDoError.packInvalid(file: file, line: p.line, field: p.column, problem: problem)
            }
        }
    }
}
