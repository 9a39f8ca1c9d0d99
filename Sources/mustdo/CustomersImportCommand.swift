import ArgumentParser
import Foundation
import MustDoCore

/// `mustdo customers import FILE|FOLDER [--format auto|vcf|google|outlook|csv|json] [--dry-run] [--duplicates merge|skip]`:
/// the whole file is read and checked before one transaction writes it; duplicates are merged or skipped as chosen.
struct CustomersImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "import", abstract: CLIText.helpLanguage.text(.cxImportAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.cxFileHelp), valueName: "file")) var file: String
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.cxImportFormatHelp), valueName: "format")) var format = "auto"
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.cxDuplicatesHelp), valueName: "choice")) var duplicates: String?
    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(CLIText.helpLanguage.text(.cxDryRunHelp))) var dryRun = false

    /// The formats `--format` takes.
    enum Format: String, CaseIterable {
        case auto, vcf, google, outlook, csv, json
    }

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let language = context.language
            guard let format = Format(rawValue: format.lowercased()) else {
                throw MustDoError.invalidInput(.cxBadImportFormat, ["text": self.format.quotedForMessage()])
            }
            var choice: CustomerDuplicateChoice?
            if let duplicates {
                guard let c = CustomerDuplicateChoice(rawValue: duplicates.lowercased()) else {
                    throw MustDoError.invalidInput(.cxBadChoice, ["text": duplicates.quotedForMessage()])
                }
                choice = c
            }
            let items: [CustomerImportItem]
            do {
                items = try CustomersImportReader(path: file, format: format, language: language, today: context.today,
                                                 now: context.clock.timestamp(), user: CustomersImportCommand.user(context)).items()
            } catch let e as ExchangeError {
                Output.err("mustdo: " + e.message(language))
                throw ExitCode(e.exitCode)
            }
            let db = try context.openCustomers()
            let result: CustomerImportResult
            do {
                result = try db.importCustomers(items, duplicates: choice, prefix: context.settings.customers.prefix(on: context.today),
                                                now: context.clock.timestamp(), dryRun: dryRun)
            } catch let needs as CustomerImportNeedsChoice {
                let undecided = needs.duplicates.filter { $0.outcome == .undecided }
                Output.out(undecided.map { CustomersImportCommand.line($0, language) + "\n" }.joined())
                throw MustDoError.invalidInput(.cxNeedsChoice, ["count": String(undecided.count), "path": file])
            }
            var out = result.duplicates.filter { $0.outcome != .unchanged || dryRun }.map { CustomersImportCommand.line($0, language) + "\n" }.joined()
            out += language.text(dryRun ? .cxImportDryRun : .cxImported,
                                 ["path": file, "added": String(result.added), "merged": String(result.merged),
                                  "skipped": String(result.skipped), "unchanged": String(result.unchanged)]) + "\n"
            Output.out(out)
        }
    }

    /// `$USER` when it is a safe one-line name, else empty.
    static func user(_ context: AppContext) -> String {
        context.environment["USER"].map { String($0.prefix(CustomerField.lineLimit)) }.flatMap { $0.firstUnsafeScalar() == nil ? $0 : nil } ?? ""
    }

    /// One duplicate in words: where, who, what it matches and what happens to it.
    static func line(_ d: CustomerDuplicate, _ language: Language) -> String {
        let reason: MessageKey
        switch d.reason {
        case .number: reason = .cxReasonNumber
        case .uid: reason = .cxReasonUID
        case .phone: reason = .cxReasonPhone
        case .nameAndCompany: reason = .cxReasonName
        }
        let outcome: MessageKey
        switch d.outcome {
        case .merged: outcome = .cxOutcomeMerged
        case .skipped: outcome = .cxOutcomeSkipped
        case .unchanged: outcome = .cxOutcomeUnchanged
        case .undecided: outcome = .cxOutcomeUndecided
        }
        return language.text(d.inFile ? .cxDuplicateInFile : .cxDuplicateStored,
                             ["place": d.place.terminalSafe, "name": d.name.terminalSafe, "reason": language.text(reason),
                              "existing": d.existing.terminalSafe, "outcome": language.text(outcome)])
    }
}
