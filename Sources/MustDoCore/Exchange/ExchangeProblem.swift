/// One thing wrong in a contact file: where (file, line, property or column) and what.
public struct ExchangeProblem: Hashable, Sendable {
    /// What is wrong, in words the catalog gives in each language.
    public enum Reason: Error, Hashable, Sendable {
        /// The file holds no `BEGIN:VCARD`.
        case noCards
        /// A content line without the `:` between name and value.
        case noColon
        /// A property name with characters other than letters, digits and `-`.
        case badName
        /// A parameter value opened with `"` and never closed.
        case unclosedQuote
        /// A `"` inside a parameter value rather than around all of it.
        case quoteInParameter
        /// A line longer than the limit (in bytes) after unfolding.
        case tooLong(limit: Int)
        /// `BEGIN:VCARD` inside a card opened on `openedAt` that has no END yet.
        case nestedBegin(openedAt: Int)
        /// `BEGIN` of something that is not a vCard.
        case notVCard(String)
        /// `END:VCARD` without a card open.
        case endWithoutBegin
        /// `END:X` where `END:VCARD` was due.
        case mismatchedEnd(String)
        /// A card opened here that the file never closes.
        case unterminated
        /// A property outside any card.
        case outsideCard
        /// A card without VERSION.
        case noVersion
        /// A VERSION MustDo does not read (2.1).
        case unsupportedVersion(String)
        /// A card with neither FN, N nor ORG.
        case noName
        /// A date that cannot be read.
        case badDate(String)
        /// The CSV's header line is none of the known ones.
        case unknownHeaders(found: String)
        /// A quoted CSV field never closed.
        case csvUnclosedQuote
        /// A CSV record with more fields than the header.
        case csvTooManyFields(count: Int, expected: Int)
        /// A CSV field that is not valid for its column.
        case csvBadField(String)
        /// Two cards with the same UID (they would be written to the same file).
        case duplicateUID(String)
    }

    /// The file's path as the user named it.
    public var file: String
    /// The line (1-based), or 0 for the whole file.
    public var line: Int
    /// The property (vCard) or column (CSV) concerned, or "" when the line has none.
    public var property: String
    /// What is wrong.
    public var reason: Reason

    /// Creates a problem.
    public init(file: String, line: Int, property: String, reason: Reason) {
        self.file = file
        self.line = line
        self.property = property
        self.reason = reason
    }

    /// The whole sentence in `language`: file, line, property, what is wrong and that nothing was imported.
    public func message(_ language: Language) -> String {
        // The file name and the property come from the user's file: made visible and one line (terminalSafe).
        let problem = reasonText(language)
        let file = self.file.terminalSafe
        if line == 0 { return language.text(.exchangeProblemInFile, ["file": file, "problem": problem]) }
        if property.isEmpty { return language.text(.exchangeProblemAtLine, ["file": file, "line": String(line), "problem": problem]) }
        return language.text(.exchangeProblemAtProperty, ["file": file, "line": String(line), "property": property.quotedForMessage(), "problem": problem])
    }

    /// What is wrong, as the middle of the sentence.
    public func reasonText(_ language: Language) -> String {
        switch reason {
        case .noCards: return language.text(.exchangeNoCards)
        case .noColon: return language.text(.exchangeNoColon)
        case .badName: return language.text(.exchangeBadName)
        case .unclosedQuote: return language.text(.exchangeUnclosedQuote)
        case .quoteInParameter: return language.text(.exchangeQuoteInParameter)
        case .tooLong(let limit): return language.text(.exchangeLineTooLong, ["limit": TextFile.sizeText(limit)])
        case .nestedBegin(let opened): return language.text(.exchangeNestedBegin, ["opened": String(opened)])
        case .notVCard(let what): return language.text(.exchangeNotVCard, ["what": what.quotedForMessage()])
        case .endWithoutBegin: return language.text(.exchangeEndWithoutBegin)
        case .mismatchedEnd(let what): return language.text(.exchangeMismatchedEnd, ["what": what.quotedForMessage()])
        case .unterminated: return language.text(.exchangeUnterminated)
        case .outsideCard: return language.text(.exchangeOutsideCard)
        case .noVersion: return language.text(.exchangeNoVersion)
        case .unsupportedVersion(let v): return language.text(.exchangeUnsupportedVersion, ["version": v.quotedForMessage()])
        case .noName: return language.text(.exchangeNoName)
        case .badDate(let text): return language.text(.exchangeBadDate, ["text": text.quotedForMessage()])
        case .unknownHeaders(let found): return language.text(.exchangeUnknownHeaders, ["found": found.quotedForMessage()])
        case .csvUnclosedQuote: return language.text(.exchangeCSVUnclosedQuote)
        case let .csvTooManyFields(count, expected): return language.text(.exchangeCSVTooManyFields, ["count": String(count), "expected": String(expected)])
        case .csvBadField(let text): return language.text(.exchangeCSVBadField, ["text": text.quotedForMessage()])
        case .duplicateUID(let uid): return language.text(.exchangeDuplicateUID, ["uid": uid.quotedForMessage()])
        }
    }
}
