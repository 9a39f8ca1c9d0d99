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
    @Option(name: .long, help: ArgumentHelp(JournalHelp.text(.date), valueName: "YYYY-MM-DD")) var date: String?
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
                    throw MustDoError.invalidArgument(zh ? "--search 不能和 --date、--week、--plan、--review 或 --append 一起用。"
                                                         : "--search cannot be combined with --date, --week, --plan, --review or --append.")
                }
                guard !search.isEmpty else {
                    throw MustDoError.invalidArgument(zh ? "--search 需要要查找的文字,例如 --search 王经理。" : "--search needs some text to look for, e.g. --search Wang.")
                }
                let db = try context.openPrepared()
                let found = try db.searchJournal(search)
                Output.out(json ? JSONWriter.array(found.map(ItemPrinter.json)) + "\n" : printer.searchResults(found, query: search))
                return
            }
            if date != nil && week != nil {
                throw MustDoError.invalidArgument(zh ? "--date 和 --week 只能选一个:日志按天记,周的日志只写计划和回顾。"
                                                     : "Choose one of --date and --week: an entry belongs to one day or one week.")
            }
            if append && plan == nil && review == nil {
                throw MustDoError.invalidArgument(zh ? "--append 需要配合 --plan 或 --review 使用。" : "--append needs --plan or --review with the line to add.")
            }
            let key: String
            if let week {
                key = try WeekSelector.resolve(week, context: context).key
            } else if let date {
                guard let d = LocalDate(parsing: date) else { throw MustDoError.invalidDate(date, source: "--date") }
                key = d.description
            } else {
                key = context.today.description
            }
            try InputText.checkOneStandardInput([("--plan", plan), ("--review", review)])
            let newPlan = try plan.map { try JournalCommand.readText($0, option: "--plan", zh: zh) }
            let newReview = try review.map { try JournalCommand.readText($0, option: "--review", zh: zh) }
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
        let labels = [(zh ? "计划:" : "Plan:", e.plan), (zh ? "复盘:" : "Review:", e.review)]
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
            out += zh ? "  (还没有写:mustdo journal \(hint) --plan 文字 或 --review 文字)\n"
                      : "  (nothing written yet: mustdo journal \(hint) --plan TEXT or --review TEXT)\n"
        } else {
            out += parts(e, indent: 2)
        }
        return out
    }

    /// `Saved the plan for 2026-11-24.` and the like.
    func confirmation(key: String, plan: Bool, review: Bool, appended: Bool) -> String {
        let what: String
        switch (plan, review) {
        case (true, true): what = zh ? "计划和复盘" : "the plan and the review"
        case (true, false): what = zh ? "计划" : "the plan"
        default: what = zh ? "复盘" : "the review"
        }
        if zh { return appended ? "已在 \(key) 的\(what)后追加一行。" : "已保存 \(key) 的\(what)。" }
        return appended ? "Added a line to \(what) of \(key)." : "Saved \(what) of \(key)."
    }

    /// Search results, newest first: each entry's heading and the lines that match.
    func searchResults(_ entries: [JournalEntry], query: String) -> String {
        guard !entries.isEmpty else {
            return zh ? "日志中没有找到“\(query)”。\n" : "No journal entry contains '\(query)'.\n"
        }
        var out = zh ? "找到 \(entries.count) 篇包含“\(query)”的日志:\n" : "\(entries.count) journal \(entries.count == 1 ? "entry contains" : "entries contain") '\(query)':\n"
        let needle = query.lowercased()
        for e in entries {
            out += "\n" + heading(e.key) + "\n"
            for (label, text) in [(zh ? "计划:" : "Plan:", e.plan), (zh ? "复盘:" : "Review:", e.review)] {
                for line in text.split(separator: "\n") where line.lowercased().contains(needle) {
                    out += "  " + Text.pad(label, toWidth: zh ? 6 : 8) + line + "\n"
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
        let zh = CLIText.helpLanguage == .zh
        switch key {
        case .abstract:
            return zh ? "读写工作日志:每天的计划(早上)和复盘(睡前找不足),以及每周的计划。"
                      : "Read or write the work journal: a plan (morning) and a review (evening) per day, and a plan per week."
        case .discussion:
            return zh ? "不带 --plan/--review 时打印这一篇日志;带上就写入(覆盖原文,加 --append 则追加一行)。文字为 - 时从标准输入读取。"
                      : "Without --plan/--review it prints the entry; with one it writes it (replacing the text, or adding a line with --append). A text of - is read from standard input."
        case .date: return zh ? "日志的日期(默认今天)。" : "The day of the entry (default: today)."
        case .week: return zh ? "改为这一周的日志:周的键、其中一天,或 this、last、next。" : "The week's entry instead: a week key, a day in it, or this, last, next."
        case .plan: return zh ? "写入计划(- 表示从标准输入读取)。" : "Write the plan (- reads standard input)."
        case .review: return zh ? "写入复盘(- 表示从标准输入读取)。" : "Write the review (- reads standard input)."
        case .append: return zh ? "在原文后追加一行,而不是覆盖。" : "Add a line to the text instead of replacing it."
        case .search: return zh ? "列出包含这段文字的日志(最新的在前)。" : "List the entries containing this text, newest first."
        }
    }
}
