/// A contact file (vCard or CSV) that was refused whole: every problem found, and nothing was applied.
public struct ExchangeError: Error, Equatable, Sendable {
    /// Every problem found, in file order (at most `ExchangeError.problemLimit`).
    public var problems: [ExchangeProblem]
    /// How many more problems there were beyond those kept.
    public var more: Int

    /// The most problems kept: a file of garbage should not produce a million sentences.
    public static let problemLimit = 100

    /// Creates the error from the problems found (cut to `problemLimit`).
    public init(_ problems: [ExchangeProblem]) {
        self.problems = Array(problems.prefix(ExchangeError.problemLimit))
        self.more = max(0, problems.count - ExchangeError.problemLimit)
    }

    /// The exit code: 65 (EX_DATAERR), the data is wrong.
    public var exitCode: Int32 { 65 }

    /// One sentence per problem, in `language`, ending with a count of those not kept.
    public func lines(_ language: Language) -> [String] {
        var out = problems.map { $0.message(language) }
        if more > 0 { out.append(language.text(.exchangeMoreProblems, ["count": String(more)])) }
        return out
    }

    /// The first problem's sentence, followed by how many others there are (for one-line output).
    public func message(_ language: Language) -> String {
        guard let first = problems.first else { return "" }
        let others = problems.count - 1 + more
        return others == 0 ? first.message(language) : first.message(language) + " " + language.text(.exchangeOtherProblems, ["count": String(others)])
    }
}
