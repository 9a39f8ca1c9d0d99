import ArgumentParser
import MustDoCore
import MustDoStore
import TerminalUI

#if canImport(Glibc)
import Glibc
#endif

/// `mustdo journal [--date D | --week KEY] [--plan TEXT] [--review TEXT] [--append] | --search TEXT`: read, write or search the work journal.
struct JournalCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "journal", abstract: JournalHelp.text(.abstract), discussion: JournalHelp.text(.discussion))
    }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(JournalHelp.text(.date), valueName: "YYYY-MM-DD")) var date: LocalDate?
    @Option(name: .long, help: ArgumentHelp(JournalHelp.text(.week), valueName: "key")) var week: String?
    @Option(name: .long, help: ArgumentHelp(JournalHelp.text(.plan), valueName: "text")) var plan: String?
    @Option(name: .long, help: ArgumentHelp(JournalHelp.text(.review), valueName: "text")) var review: String?
    @Flag(name: .long, help: ArgumentHelp(JournalHelp.text(.append))) var append = false
    @Option(name: .long, help: ArgumentHelp(JournalHelp.text(.search), valueName: "text")) var search: String?
    @Flag(name: .long, help: ArgumentHelp(CLIText.help(.jsonOption))) var json = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let zh = context.language == .zh
            let printer = JournalPrinter(language: context.language)
            if let search {
                guard date == nil, week == nil, plan == nil, review == nil, !append else {
                    throw MustDoError.invalidArgument(context.language.text(.cliJournalSearchCannotBeCombinedWith))
                }
                guard !search.isEmpty else {
                    throw MustDoError.invalidArgument(context.language.text(.cliJournalSearchNeedsSomeTextTo))
                }
                let db = try context.openPrepared()
                let found = try db.searchJournal(search)
                Output.out(json ? JSONWriter.array(found.map(ItemPrinter.json)) + "\n" : printer.searchResults(found, query: search))
                return
            }
            if date != nil && week != nil {
                throw MustDoError.invalidArgument(context.language.text(.cliJournalChooseOneOfDateAnd))
            }
            if append && plan == nil && review == nil {
                throw MustDoError.invalidArgument(context.language.text(.cliJournalAppendNeedsPlanOrReview))
            }
            let key: String
            if let week {
                key = try WeekSelector.resolve(week, context: context).key
            } else if let date {
                key = date.description
            } else {
                key = context.today.description
            }
            try InputText.checkOneStandardInput([("--plan", plan), ("--review", review)])
            let newPlan = try plan.map { try JournalCommand.readText($0, option: "--plan", zh: zh) }
            let newReview = try review.map { try JournalCommand.readText($0, option: "--review", zh: zh) }
            if let newPlan { try UserInput.journal(newPlan, option: "--plan") }
            if let newReview { try UserInput.journal(newReview, option: "--review") }
            let db = try context.openPrepared()
            guard newPlan != nil || newReview != nil else {
                let entry = try db.journal(key)
                Output.out(json ? ItemPrinter.json(entry) + "\n" : printer.entry(entry))
                return
            }
            let now = context.clock.timestamp()
            let result = append ? try db.appendJournal(key, plan: newPlan, review: newReview, now: now)
                                : try db.setJournal(key, plan: newPlan, review: newReview, now: now)
            if json {
                Output.out(ItemPrinter.json(result.after) + "\n")
            } else {
                Output.out(printer.confirmation(key: key, plan: newPlan != nil, review: newReview != nil, appended: append) + "\n"
                           + printer.entry(result.after))
            }
        }
    }

    /// The text of a `--plan`/`--review` value; `-` reads standard input (a trailing newline is dropped).
    static func readText(_ value: String, option: String, zh: Bool) throws -> String {
        guard value == "-" else { return value }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(0, &buffer, buffer.count)
            if n < 0 { if errno == EINTR { continue } else { break } }
            if n == 0 { break }
            bytes += buffer[0..<n]
        }
        var text = try InputText.decode(bytes, what: option + " -")
        while text.hasSuffix("\n") || text.hasSuffix("\r\n") { text.removeLast() }
        return text
    }
}

/// Formats journal entries for the console.
struct JournalPrinter {
    let language: Language
    var zh: Bool { language == .zh }
    var words: Vocabulary { Vocabulary(language) }

    /// The heading of a key: `2026-11-24 Tuesday`, or `Week 48 (2026-W48) · 2026-11-23 – 2026-11-29`.
    func heading(_ key: String) -> String {
        guard let p = Period(key: key) else { return key }
        if p.kind == .day { return "\(p.start) \(words.weekdayFull(p.start.weekday))" }
        return words.periodName(p) + " · " + words.range(p)
    }

    /// The non-empty parts as `Plan:   text` / `Review: text` lines, continuation lines aligned, each line indented.
    func parts(_ e: JournalEntry, indent: Int) -> String {
        let labels = [(language.text(.cliJournalPlan), e.plan), (language.text(.cliJournalReview), e.review)]
        let width = labels.map { DisplayWidth.of($0.0) }.max()! + 1
        var out = ""
        for (label, text) in labels where !text.isEmpty {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let pad = String(repeating: " ", count: indent)
            out += pad + Text.pad(label, toWidth: width) + lines[0] + "\n"
            for l in lines.dropFirst() { out += pad + String(repeating: " ", count: width) + l + "\n" }
        }
        return out
    }

    /// One entry: its heading and both parts, or a line saying nothing is written.
    func entry(_ e: JournalEntry) -> String {
        var out = heading(e.key) + "\n"
        if e.isEmpty {
            let hint = Period(key: e.key)?.kind == .week ? "--week \(e.key)" : "--date \(e.key)"
            out += language.text(.cliJournalNothingWrittenYetMustdoJournal, ["hint": "\(hint)"])
        } else {
            out += parts(e, indent: 2)
        }
        return out
    }

    /// `Saved the plan for 2026-11-24.` and the like.
    func confirmation(key: String, plan: Bool, review: Bool, appended: Bool) -> String {
        let what: String
        switch (plan, review) {
        case (true, true): what = language.text(.cliJournalThePlanAndTheReview)
        case (true, false): what = language.text(.cliJournalThePlan)
        default: what = language.text(.cliJournalTheReview)
        }
        return language.text(appended ? .cliJournalAppended : .cliJournalSaved, ["what": what, "key": key])
    }

    /// Search results, newest first: each entry's heading and the lines that match.
    func searchResults(_ entries: [JournalEntry], query: String) -> String {
        guard !entries.isEmpty else {
            return language.text(.cliJournalNoJournalEntryContains, ["query": "\(query)"])
        }
        var out = language.text(entries.count == 1 ? .cliJournalFoundOne : .cliJournalFoundMany, ["count": String(entries.count), "query": query]) + "\n"
        let needle = query.lowercased()
        for e in entries {
            out += "\n" + heading(e.key) + "\n"
            let labels = [(language.text(.cliJournalPlan2), e.plan), (language.text(.cliJournalReview2), e.review)]
            let width = labels.map { DisplayWidth.of($0.0) }.max()! + 1
            for (label, text) in labels {
                for line in text.split(separator: "\n") where line.lowercased().contains(needle) {
                    out += "  " + Text.pad(label, toWidth: width) + line + "\n"
                }
            }
        }
        return out
    }
}

/// Help text for `mustdo journal` in the help language.
enum JournalHelp {
    enum Key { case abstract, discussion, date, week, plan, review, append, search }

    static func text(_ key: Key) -> String {
        switch key {
        case .abstract:
            return CLIText.helpLanguage.text(.cliJournalReadOrWriteTheWork)
        case .discussion:
            return CLIText.helpLanguage.text(.cliJournalWithoutPlanReviewItPrints)
        case .date: return CLIText.helpLanguage.text(.cliJournalTheDayOfTheEntry)
        case .week: return CLIText.helpLanguage.text(.cliJournalTheWeekSEntryInstead)
        case .plan: return CLIText.helpLanguage.text(.cliJournalWriteThePlanReadsStandard)
        case .review: return CLIText.helpLanguage.text(.cliJournalWriteTheReviewReadsStandard)
        case .append: return CLIText.helpLanguage.text(.cliJournalAddALineToThe)
        case .search: return CLIText.helpLanguage.text(.cliJournalListTheEntriesContainingThis)
        }
    }
}
