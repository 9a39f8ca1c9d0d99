import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo customers [list] [--tier T] [--status S] [--tag T] [--search TEXT] [--sort S] [--archived] [--json]`.
struct CustomersListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: CLIText.helpLanguage.text(.custListAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.custTierHelp), valueName: "tier")) var tier: String?
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.custStatusHelp), valueName: "status")) var status: String?
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.custTagHelp), valueName: "tag")) var tag: String?
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.cxSearchHelp), valueName: "text")) var search: String?
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.custSortHelp), valueName: "order")) var sort: String?
    @Flag(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.custArchivedHelp))) var archived = false
    @Flag(name: .long, help: ArgumentHelp(CLIText.help(.jsonOption))) var json = false

    func run() throws {
        try CustomersListCommand.run(global.values, tier: tier, status: status, tag: tag, search: search, sort: sort,
                                     archived: archived, json: json)
    }

    /// Lists the cards for these option values (from ArgumentParser, or from `quick`).
    static func run(_ global: GlobalValues, tier: String?, status: String?, tag: String?, search: String?, sort: String?,
                    archived: Bool, json: Bool) throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            var query = CustomerQuery(tag: tag, search: search, archived: archived)
            if let tier {
                guard let t = CustomerTier(name: tier) else {
                    throw MustDoError.invalidInput(.custBadFilter, ["option": "--tier", "text": tier.quotedForMessage(), "values": "key, important, general"])
                }
                query.tier = t
            }
            if let status {
                guard let s = CustomerStatus(name: status) else {
                    throw MustDoError.invalidInput(.custBadFilter, ["option": "--status", "text": status.quotedForMessage(),
                                                                    "values": "prospect, customer, dormant, lost"])
                }
                query.status = s
            }
            if let sort {
                guard let s = CustomerSort(rawValue: sort) else { throw MustDoError.invalidInput(.custBadSort, ["text": sort.quotedForMessage()]) }
                query.sort = s
            }
            if let search { try CustomerQuery.checkSearch(search) }
            if !json, quickList(context, query) { return }
            let db = try context.openCustomers()
            if json {
                let printer = CustomerPrinter(language: context.language, today: context.today, settings: context.settings.customers)
                Output.out(printer.listJSON(try db.customers(query)) + "\n")
            } else if CustomersListLines.handles(query.sort) {
                // The table laid out from SQLite's bytes (the filters and the search done by SQLite and the stored
                // keys), exactly as the list model's path below lays it out; printed in one write.
                var lines = CustomersListLines(language: context.language)
                try db.customerList(query, today: context.today, reviewDays: context.settings.customers.reviewDays) { lines.add($0) }
                let table = lines.table(query.sort)
                CustomersListTable.emit(table.bytes.bytes, safe: table.safe)
            } else {
                // The list's one presentation model, as the screen builds it, from one lean query (the filters and the
                // search done by SQLite and the stored keys), ordered by the model; printed in one write.
                let rows = try db.customerList(query, today: context.today, reviewDays: context.settings.customers.reviewDays).rows
                let list = CustomerListPresentation(rows: rows, language: context.language)
                CustomersListTable(language: context.language).print(list, list.order(query.sort, .init()))
            }
            db.closeBeforeExit()
        }
    }

    /// The table through `QuickCustomerList`: replayed when the same list was kept since the cards last changed, else
    /// laid out from the rows, printed, then kept; false (nothing printed) to take the full path.
    static func quickList(_ context: AppContext, _ query: CustomerQuery) -> Bool {
        guard let quick = QuickCustomerList.begin(path: context.paths.database) else { return false }
        defer { quick.close() }
        let reviewDays = context.settings.customers.reviewDays
        let key = CustomersListCacheKey.key(query, language: context.language, today: context.today, reviewDays: reviewDays)
        let kept = quick.replay(key, { CustomersListTable.emit($0, safe: true) })
        if kept == .replayed { return true }
        // Laid out as the full path lays it out: from SQLite's bytes for the orders that need no text comparison, else
        // through the list model (name order compares pinyin).
        if CustomersListLines.handles(query.sort) {
            var lines = CustomersListLines(language: context.language)
            guard quick.rows(query, today: context.today, reviewDays: reviewDays, { lines.add($0) }) else { return false }
            let table = lines.table(query.sort)
            return finish(quick, key, kept, context.today, table.bytes.bytes, safe: table.safe)
        }
        guard let rows = quick.listRows(query, today: context.today, reviewDays: reviewDays) else { return false }
        let list = CustomerListPresentation(rows: rows, language: context.language)
        let bytes = CustomersListTable(language: context.language).text(list, list.order(query.sort, .init()))
        let safe = bytes.withUnsafeBufferPointer { CustomersListTable.isSafe($0) }
        return bytes.withUnsafeBufferPointer { finish(quick, key, kept, context.today, $0, safe: safe) }
    }

    /// Prints a table worked out by `quickList`, then keeps it (see there); true.
    private static func finish(_ quick: QuickCustomerList, _ key: String, _ kept: QuickCustomerList.Replay, _ today: LocalDate,
                               _ bytes: UnsafeBufferPointer<UInt8>, safe: Bool) -> Bool {
        CustomersListTable.emit(bytes, safe: safe)
        // Printed first, kept after: the user does not wait for the write. A large table is kept the second time it is
        // asked for since the cards changed (the first time only that is marked); a small one (a search) never, as
        // working it out costs about what the write would; a table that needs the escaping writer is not kept (it is
        // rare, and its stored bytes would be replayed raw).
        if safe && bytes.count > AppDatabase.customerListKeptFrom {
            quick.store(key, day: today, kept == .askedBefore ? bytes : nil)
        }
        return true
    }

    /// `mustdo customers [list]` with only plain options (each once, `--opt value`), read without ArgumentParser:
    /// building the customers command tree by reflection cost 23M instructions, more than a whole `mustdo today`.
    /// Anything else (an unknown option, `--opt=value`, a value that starts with `-`, help) returns nil and takes the
    /// normal path, which also reports every usage error.
    static func quick(_ args: [String]) -> (() throws -> Void)? {
        guard args.first == "customers" else { return nil }
        let start = args.count > 1 && args[1] == "list" ? 2 : 1
        guard let q = QuickArguments(args[start...], options: ["--db", "--today", "--lang", "--config", "--tier", "--status", "--tag", "--search", "--sort"],
                                     flags: ["--json", "--archived"]) else { return nil }
        let values = q.values, flags = q.flags
        // `--lang` and `--today` are checked as ArgumentParser checks them, so a bad one ends the same way.
        var lang: String?
        if let text = values["--lang"] {
            guard let language = Language(argument: text) else { return nil }
            lang = language.rawValue
        }
        var today: String?
        if let text = values["--today"] {
            guard let day = LocalDate(argument: text) else { return nil }
            today = day.description
        }
        let global = GlobalValues(db: values["--db"], today: today, lang: lang, config: values["--config"])
        return {
            try run(global, tier: values["--tier"], status: values["--status"], tag: values["--tag"], search: values["--search"],
                    sort: values["--sort"], archived: flags.contains("--archived"), json: flags.contains("--json"))
        }
    }
}
