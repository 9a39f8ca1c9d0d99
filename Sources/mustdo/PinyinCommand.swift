import ArgumentParser
import MustDoCore

/// `mustdo pinyin TEXT…`: each text's full pinyin and initials as the customer search reads them (every
/// spelling of its polyphonic characters too), or with `--match` only the texts a search finds.
struct PinyinCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "pinyin", abstract: CLIText.helpLanguage.text(.pinyinAbstract))
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.pinyinFormatHelp), valueName: "text|tsv|json"))
    var format: String = "text"

    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.pinyinMatchHelp), valueName: "search"))
    var match: String?

    @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.pinyinTextsHelp), valueName: "text"))
    var texts: [String]

    func run() throws {
        try reportingErrors(language: global.lang) {
            let language = try AppContext(global).language
            guard ["text", "tsv", "json"].contains(format) else {
                throw MustDoError.invalidArgument(language.text(.pinyinBadFormat, ["text": String(format.prefix(40))]))
            }
            var shown = texts
            if let match {
                let query = SearchKey.Query(match)
                shown = texts.filter { SearchKey($0, kind: .name).matches(query) }
            }
            var sink = ChunkedOutput()
            if format == "json" { sink.append("[") }
            for (i, text) in shown.enumerated() {
                let spelled = SearchKey.spellings(text)
                let full = spelled.full.first ?? "", initials = spelled.initials.first ?? ""
                switch format {
                case "tsv":
                    let fields = [text, full, initials, spelled.full.joined(separator: ","), spelled.initials.joined(separator: ",")]
                    sink.append(fields.map(PinyinCommand.tsvField).joined(separator: "\t") + "\n")
                case "json":
                    sink.append((i == 0 ? "" : ", ") + JSONWriter.object([
                        ("text", JSONWriter.quote(text)), ("pinyin", JSONWriter.quote(full)), ("initials", JSONWriter.quote(initials)),
                        ("spellings", JSONWriter.array(spelled.full.map(JSONWriter.quote))),
                        ("initialsSpellings", JSONWriter.array(spelled.initials.map(JSONWriter.quote))),
                    ]))
                default:
                    var line = language.text(.pinyinLine, ["text": text, "pinyin": full, "initials": initials])
                    if spelled.full.count > 1 {
                        line += "  (" + language.text(.pinyinAlso, ["spellings": spelled.full.dropFirst().joined(separator: ", ")]) + ")"
                    }
                    sink.append(line + "\n")
                }
            }
            if format == "json" { sink.append("]\n") }
            sink.flush()
        }
    }

    /// A TSV field: tabs and line breaks inside a text become spaces, so every text stays one row.
    static func tsvField(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}
