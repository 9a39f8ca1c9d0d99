/// Making ids for new routines and checking a routine's fields before it is stored.
extension Routine {
    /// An id for a new routine: `<period>-<ascii slug of the title>` (e.g. `week-call-mr-wang-back`), or
    /// `<period>-<n>` for titles written in Chinese (or any without ASCII letters or digits); `taken` ids are avoided
    /// by appending `-2`, `-3` … (slugs) or by counting up (numbers).
    public static func makeID(title: String, period: PeriodKind, taken: Set<String>) -> String {
        let prefix = period.rawValue + "-"
        var slug = ""
        var hasCJK = false
        for u in title.unicodeScalars {
            switch u.value {
            case 0x41...0x5A: slug.unicodeScalars.append(Unicode.Scalar(u.value + 32)!)
            case 0x61...0x7A, 0x30...0x39: slug.unicodeScalars.append(u)
            case 0x2E80...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x3FFFF: hasCJK = true
            default: if !slug.isEmpty, slug.last != "-" { slug += "-" }
            }
        }
        while slug.last == "-" { slug.removeLast() }
        if !hasCJK, !slug.isEmpty {
            // Keep whole words within the 48-character limit, leaving room for a "-99" suffix.
            let room = 48 - prefix.count - 3
            if slug.count > room {
                var cut = String(slug.prefix(room))
                if let dash = cut.lastIndex(of: "-"), cut.distance(from: cut.startIndex, to: dash) >= 8 { cut = String(cut[..<dash]) }
                slug = cut
                while slug.last == "-" { slug.removeLast() }
            }
            let base = prefix + slug
            if !taken.contains(base) { return base }
            var n = 2
            while taken.contains(base + "-\(n)") { n += 1 }
            return base + "-\(n)"
        }
        var n = 1
        while taken.contains(prefix + String(n)) { n += 1 }
        return prefix + String(n)
    }

    /// A field of a routine that cannot be stored as it is, with why (English, for messages that name the field).
    public struct FieldProblem: Error, Equatable, Sendable {
        /// The field's name as in the pack format (`title`, `tags`, `due`, …).
        public var field: String
        /// What is wrong and how to fix it.
        public var problem: String

        /// Creates a problem.
        public init(field: String, problem: String) {
            self.field = field
            self.problem = problem
        }
    }

    /// The first field that cannot be stored (empty title, control characters, a tag with a comma, a due rule that does not fit the period …), or nil.
    public var fieldProblem: FieldProblem? {
        if !Routine.isValidID(id) {
            return FieldProblem(field: "id", problem: "'\(id)' is not a valid id (a lowercase letter, then lowercase letters, digits and -, at most 48)")
        }
        if title.trimmingCharactersInSet().isEmpty { return FieldProblem(field: "title", problem: "the title is empty") }
        if title.firstUnsafeScalar() != nil {
            return FieldProblem(field: "title", problem: "the title must be one line without control characters")
        }
        if title.unicodeScalars.count > 500 { return FieldProblem(field: "title", problem: "the title is longer than 500 characters") }
        if let due, let problem = due.problem(for: period) { return FieldProblem(field: "due", problem: problem) }
        if let target, !(1...10_000).contains(target) { return FieldProblem(field: "target", problem: "must be a whole number from 1 to 10000") }
        if workdaysOnly, period != .day { return FieldProblem(field: "workdays_only", problem: "only daily routines can be workdays-only") }
        for tag in tags {
            if tag.trimmingCharactersInSet().isEmpty { return FieldProblem(field: "tags", problem: "a tag is empty") }
            if tag.contains(",") || tag.firstUnsafeScalar() != nil {
                return FieldProblem(field: "tags", problem: "the tag '\(tag)' contains a comma or a control character")
            }
        }
        if let r = retiredOn, r < activeFrom, activeFrom.dayNumber != 0 {
            return FieldProblem(field: "retired_on", problem: "the retirement day is before active_from")
        }
        return nil
    }
}
