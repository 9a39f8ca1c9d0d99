/// The limits on what a user may type, checked where text and numbers enter the program (console, screen, store).
///
/// Each check throws `MustDoError.invalidInput` with a catalog sentence, so the same refusal reads
/// in the user's language wherever it is shown. Quoted input in those sentences goes through
/// `quotedForMessage`, so a refusal never repeats a whole argument or its control characters.
public enum UserInput {
    /// The longest title of a task or routine, in characters (Unicode scalars, as routines count them).
    public static let titleLimit = 500
    /// The longest skip reason.
    public static let reasonLimit = 500
    /// The longest note.
    public static let noteLimit = 4_000
    /// The longest plan or review text of one journal entry.
    public static let journalLimit = 100_000
    /// The largest count step and count target (`add-count N`, `--target`).
    public static let countLimit = 10_000

    /// A task title as stored (spaces around it trimmed); throws when empty, too long or holding control characters.
    public static func taskTitle(_ text: String) throws -> String {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw MustDoError.invalidInput(.inputTaskTitleEmpty, [:]) }
        if let u = trimmed.firstUnsafeScalar() { throw MustDoError.invalidInput(.inputTitleControl, ["char": escaped(u)]) }
        let count = trimmed.unicodeScalars.count
        if count > titleLimit { throw MustDoError.invalidInput(.inputTitleTooLong, ["count": String(count), "limit": String(titleLimit)]) }
        return trimmed
    }

    /// Checks a skip reason (one line).
    public static func skipReason(_ text: String) throws {
        if let u = text.firstUnsafeScalar() { throw MustDoError.invalidInput(.inputReasonControl, ["char": escaped(u)]) }
        let count = text.unicodeScalars.count
        if count > reasonLimit { throw MustDoError.invalidInput(.inputReasonTooLong, ["count": String(count), "limit": String(reasonLimit)]) }
    }

    /// Checks a note (line breaks and tabs allowed).
    public static func note(_ text: String) throws {
        if let u = text.firstUnsafeScalar(allowingLineBreaks: true) { throw MustDoError.invalidInput(.inputNoteControl, ["char": escaped(u)]) }
        let count = text.unicodeScalars.count
        if count > noteLimit { throw MustDoError.invalidInput(.inputNoteTooLong, ["count": String(count), "limit": String(noteLimit)]) }
    }

    /// Checks a journal text given for `option` (`--plan`, `--review`; line breaks and tabs allowed, a `\r\n` counts as a line break).
    public static func journal(_ text: String, option: String) throws {
        if let u = text.firstUnsafeScalar(allowingLineBreaks: true) {
            throw MustDoError.invalidInput(.inputJournalControl, ["option": option, "char": escaped(u)])
        }
        let count = text.unicodeScalars.count
        if count > journalLimit {
            throw MustDoError.invalidInput(.inputJournalTooLong, ["option": option, "count": String(count), "limit": String(journalLimit)])
        }
    }

    /// The N of `add-count REF N`: a non-zero whole number within ±`countLimit` (no overflow for any text).
    public static func countStep(_ text: String) throws -> Int {
        guard let n = Int(text), n != 0, n >= -countLimit, n <= countLimit else {
            throw MustDoError.invalidInput(.inputCountInvalid, ["limit": String(countLimit), "text": text.quotedForMessage()])
        }
        return n
    }

    /// `\u{1b}`: how an unsafe scalar is named in a sentence.
    static func escaped(_ u: Unicode.Scalar) -> String { "\\u{" + String(u.value, radix: 16) + "}" }
}

extension String {
    /// The text without white space (Unicode's, U+3000 included) at either end.
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
