/// Reads vCard 3.0 and 4.0 text (RFC 2426, RFC 6350) into cards, or refuses it whole with every problem found.
///
/// Lines may end in CRLF (the standard) or LF alone; a line starting with a space or tab continues the one
/// before (unfolding removes that one character and the line break, which rejoins a UTF-8 sequence split by
/// a folder). Parameters may be quoted (`TYPE="work,voice"`), listed (`TYPE=work,voice`), or bare 3.0 types
/// (`TEL;CELL:`); 4.0 parameter values have RFC 6868 caret escapes decoded. Values keep their escapes.
public enum VCardReader {
    /// The most bytes read from one contact file: 64 MiB, room for 10,000 full cards with small photos
    /// (larger than `TextFile.sizeLimit`, which is meant for config files).
    public static let fileSizeLimit = 64 * 1024 * 1024
    /// The most bytes in one unfolded property of text: 64 KiB (a long note fits; a runaway line does not).
    public static let propertyLimit = 64 * 1024
    /// The most bytes in one unfolded PHOTO, LOGO, SOUND or KEY (inline base64): 2 MiB.
    public static let binaryPropertyLimit = 2 * 1024 * 1024
    /// Properties that carry inline binary data and get `binaryPropertyLimit`.
    static let binaryProperties: Set<String> = ["PHOTO", "LOGO", "SOUND", "KEY"]

    /// Reads the contact file at `path` (at most `fileSizeLimit` bytes, UTF-8).
    ///
    /// Throws `MustDoError.inputFile` (role `.contacts`) when the file cannot be read, `ExchangeError` with
    /// every problem when its content is not valid; returns the cards only when all of them are.
    public static func read(path: String, displayName: String? = nil) throws -> [VCard] {
        guard let text = try TextFile.read(path, limit: fileSizeLimit).text(path: path, role: .contacts) else { return [] }
        return try parse(text, file: displayName ?? path)
    }

    /// Parses `text`; `file` names it in problems. All cards, or `ExchangeError` listing every problem.
    public static func parse(_ text: String, file: String) throws -> [VCard] {
        try parseLocated(text, file: file).map(\.card)
    }

    /// A card with where it stands in its file: the line of its `BEGIN:VCARD` and of each property.
    public struct Located: Sendable {
        /// The card.
        public var card: VCard
        /// The line of `BEGIN:VCARD`.
        public var beginLine: Int
        /// The line each property of `card.properties` starts on, in the same order.
        public var propertyLines: [Int]

        /// The line of the first property named `name` (case-insensitive), else the card's first line.
        public func line(of name: String) -> Int {
            let key = name.uppercased()
            return card.properties.firstIndex { $0.name == key }.map { propertyLines[$0] } ?? beginLine
        }
    }

    /// Parses `text` like `parse`, keeping the lines each card and property came from (for messages naming them).
    public static func parseLocated(_ text: String, file: String) throws -> [Located] {
        var problems: [ExchangeProblem] = []
        let lines = logicalLines(text, file: file, problems: &problems)
        var cards: [Located] = []
        var open: (line: Int, properties: [VCardProperty], lines: [Int], version: String?)? = nil
        var sawBegin = false

        for (lineNumber, line) in lines {
            let parsed: VCardProperty
            switch parseLine(line) {
            case .failure(let reason):
                problems.append(ExchangeProblem(file: file, line: lineNumber, property: namePart(line), reason: reason))
                continue
            case .success(let p): parsed = p
            }
            switch parsed.name {
            case "BEGIN":
                let what = parsed.rawValue.uppercased()
                guard what == "VCARD" else {
                    problems.append(ExchangeProblem(file: file, line: lineNumber, property: "BEGIN", reason: .notVCard(parsed.rawValue)))
                    continue
                }
                sawBegin = true
                if let o = open {
                    problems.append(ExchangeProblem(file: file, line: lineNumber, property: "BEGIN", reason: .nestedBegin(openedAt: o.line)))
                }
                open = (lineNumber, [], [], nil)
            case "END":
                guard let o = open else {
                    problems.append(ExchangeProblem(file: file, line: lineNumber, property: "END", reason: .endWithoutBegin))
                    continue
                }
                guard parsed.rawValue.uppercased() == "VCARD" else {
                    problems.append(ExchangeProblem(file: file, line: lineNumber, property: "END", reason: .mismatchedEnd(parsed.rawValue)))
                    continue
                }
                open = nil
                if let card = finish(o.properties, lines: o.lines, version: o.version, beginLine: o.line, file: file, problems: &problems) {
                    cards.append(Located(card: card, beginLine: o.line, propertyLines: o.lines))
                }
            default:
                guard open != nil else {
                    problems.append(ExchangeProblem(file: file, line: lineNumber, property: parsed.name, reason: .outsideCard))
                    continue
                }
                if parsed.name == "VERSION" { open!.version = parsed.rawValue } else {
                    open!.properties.append(parsed)
                    open!.lines.append(lineNumber)
                }
            }
            if problems.count > ExchangeError.problemLimit * 10 { break }   // enough to tell the file is not a vCard
        }
        if let o = open {
            problems.append(ExchangeProblem(file: file, line: o.line, property: "BEGIN", reason: .unterminated))
        }
        if !sawBegin && problems.isEmpty {
            problems.append(ExchangeProblem(file: file, line: 0, property: "", reason: .noCards))
        }
        if !problems.isEmpty { throw ExchangeError(problems) }
        return cards
    }

    /// Checks a closed card (version, a name, dates) and builds it; nil (with problems added) when it is wrong.
    static func finish(_ properties: [VCardProperty], lines: [Int], version: String?, beginLine: Int, file: String,
                       problems: inout [ExchangeProblem]) -> VCard? {
        let before = problems.count
        var cardVersion = VCardVersion.v4
        if let v = version?.trimmed(of: " \t") {
            if let known = VCardVersion(rawValue: v) { cardVersion = known } else {
                problems.append(ExchangeProblem(file: file, line: beginLine, property: "VERSION", reason: .unsupportedVersion(v)))
            }
        } else {
            problems.append(ExchangeProblem(file: file, line: beginLine, property: "VERSION", reason: .noVersion))
        }
        var props = properties
        if cardVersion == .v4 {
            for i in props.indices where props[i].parameters.contains(where: { $0.values.contains(where: { $0.contains("^") }) }) {
                for j in props[i].parameters.indices { props[i].parameters[j].values = props[i].parameters[j].values.map(VCardText.caretDecode) }
            }
        }
        if !props.contains(where: { $0.name == "FN" || $0.name == "N" || $0.name == "ORG" }) {
            problems.append(ExchangeProblem(file: file, line: beginLine, property: "FN", reason: .noName))
        }
        for (p, line) in zip(props, lines) {
            switch p.name {
            case "BDAY" where !p.parameter("VALUE").contains(where: { $0.lowercased() == "text" }):
                let lunar = p.parameter("CALSCALE").contains { $0.lowercased() == "chinese" }
                if ContactBirthday(vCardText: p.rawValue, calendar: lunar ? .lunar : .solar) == nil {
                    problems.append(ExchangeProblem(file: file, line: line, property: p.name, reason: .badDate(p.rawValue)))
                }
            case VCard.lunarBirthdayProperty:
                if ContactBirthday(vCardText: p.rawValue, calendar: .lunar) == nil {
                    problems.append(ExchangeProblem(file: file, line: line, property: p.name, reason: .badDate(p.rawValue)))
                }
            default: break
            }
        }
        return problems.count == before ? VCard(version: cardVersion, properties: props) : nil
    }

    /// Splits `text` into unfolded logical lines with the number of the physical line each starts on; empty
    /// lines are skipped, and lines over the limits become problems.
    static func logicalLines(_ text: String, file: String, problems: inout [ExchangeProblem]) -> [(Int, String)] {
        var out: [(Int, String)] = []
        var current: String? = nil
        var currentLine = 0
        var tooLong = false
        let utf8 = text.utf8
        var start = utf8.startIndex
        var number = 0

        func flush() {
            if let c = current, !tooLong, !c.isEmpty { out.append((currentLine, c)) }
            current = nil
            tooLong = false
        }
        func limit(for line: String) -> Int {
            let name = namePart(line).uppercased()
            let bare = name.split(separator: ".").last.map(String.init) ?? name
            return binaryProperties.contains(bare) ? binaryPropertyLimit : propertyLimit
        }
        while start < utf8.endIndex {
            number += 1
            // CRLF is the standard line end; LF alone and CR alone (old Mac files) are read as line ends too,
            // so no value ever holds a line break.
            let end = utf8[start...].firstIndex { $0 == 0x0A || $0 == 0x0D } ?? utf8.endIndex
            var next = end == utf8.endIndex ? end : utf8.index(after: end)
            if end < utf8.endIndex, utf8[end] == 0x0D, next < utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
            let physical = text[start..<end]
            start = next
            if let first = physical.utf8.first, first == 0x20 || first == 0x09, current != nil {
                if tooLong { continue }
                // Drop one scalar, not one Character: a space followed by a combining mark or ZWJ is one Character.
                current!.unicodeScalars.append(contentsOf: physical.unicodeScalars.dropFirst())
                let cap = limit(for: current!)
                if current!.utf8.count > cap {
                    problems.append(ExchangeProblem(file: file, line: currentLine, property: namePart(current!), reason: .tooLong(limit: cap)))
                    tooLong = true
                }
                continue
            }
            flush()
            if physical.isEmpty || physical.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            current = String(physical)
            currentLine = number
            let cap = limit(for: current!)
            if current!.utf8.count > cap {
                problems.append(ExchangeProblem(file: file, line: currentLine, property: namePart(current!), reason: .tooLong(limit: cap)))
                tooLong = true
            }
        }
        flush()
        return out
    }

    /// The text before the first `;` or `:` (the group and name), at most 40 characters, for problems.
    static func namePart(_ line: String) -> String {
        let end = line.firstIndex(where: { $0 == ";" || $0 == ":" }) ?? line.endIndex
        return String(line[..<end].prefix(40))
    }

    /// Parses one unfolded content line `[group.]name *(;param) : value`.
    static func parseLine(_ line: String) -> Result<VCardProperty, ExchangeProblem.Reason> {
        let scalars = Array(line.unicodeScalars)
        var i = 0
        var namePart = ""
        while i < scalars.count, scalars[i] != ";", scalars[i] != ":" { namePart.unicodeScalars.append(scalars[i]); i += 1 }
        guard i < scalars.count else { return .failure(.noColon) }
        var group: String? = nil
        var name = namePart
        if let dot = namePart.lastIndex(of: ".") {
            group = String(namePart[..<dot])
            name = String(namePart[namePart.index(after: dot)...])
        }
        func isNameScalar(_ u: Unicode.Scalar) -> Bool {
            (u >= "A" && u <= "Z") || (u >= "a" && u <= "z") || (u >= "0" && u <= "9") || u == "-"
        }
        guard !name.isEmpty, name.unicodeScalars.allSatisfy(isNameScalar),
              group.map({ !$0.isEmpty && $0.unicodeScalars.allSatisfy(isNameScalar) }) ?? true else { return .failure(.badName) }
        var parameters: [VCardParameter] = []
        while i < scalars.count, scalars[i] == ";" {
            i += 1
            var pname = ""
            while i < scalars.count, scalars[i] != "=", scalars[i] != ";", scalars[i] != ":" { pname.unicodeScalars.append(scalars[i]); i += 1 }
            guard i < scalars.count else { return .failure(.noColon) }
            if scalars[i] != "=" {
                // A bare 3.0 (and 2.1) type: TEL;CELL:…
                guard pname.unicodeScalars.allSatisfy(isNameScalar) else { return .failure(.badName) }
                if !pname.isEmpty { parameters.append(VCardParameter("TYPE", [pname])) }
                continue
            }
            i += 1
            var values: [String] = []
            while true {
                var value = ""
                if i < scalars.count, scalars[i] == "\"" {
                    i += 1
                    while i < scalars.count, scalars[i] != "\"" { value.unicodeScalars.append(scalars[i]); i += 1 }
                    guard i < scalars.count else { return .failure(.unclosedQuote) }
                    i += 1
                    if i < scalars.count, scalars[i] != ",", scalars[i] != ";", scalars[i] != ":" { return .failure(.quoteInParameter) }
                } else {
                    while i < scalars.count, scalars[i] != ",", scalars[i] != ";", scalars[i] != ":" {
                        // RFC 6350 §3.3: a '"' may only enclose a whole value.
                        if scalars[i] == "\"" { return .failure(.quoteInParameter) }
                        value.unicodeScalars.append(scalars[i]); i += 1
                    }
                }
                values.append(value)
                guard i < scalars.count else { return .failure(.noColon) }
                if scalars[i] == "," { i += 1; continue }
                break
            }
            guard !pname.isEmpty, pname.unicodeScalars.allSatisfy(isNameScalar) else { return .failure(.badName) }
            parameters.append(VCardParameter(pname, values))
        }
        guard i < scalars.count, scalars[i] == ":" else { return .failure(.noColon) }
        var value = ""
        value.unicodeScalars.append(contentsOf: scalars[(i + 1)...])
        return .success(VCardProperty(group: group, name: name, parameters: parameters, rawValue: value))
    }
}
