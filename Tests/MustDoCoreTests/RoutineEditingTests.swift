import Testing
@testable import MustDoCore

@Suite struct RoutineEditingTests {
    let day = LocalDate(parsing: "2026-11-23")!

    @Test func idsComeFromPeriodAndTitle() {
        #expect(Routine.makeID(title: "Call Mr. Wang back", period: .week, taken: []) == "week-call-mr-wang-back")
        #expect(Routine.makeID(title: "  Q4 -- review!! ", period: .quarter, taken: []) == "quarter-q4-review")
        #expect(Routine.makeID(title: "Call Mr. Wang back", period: .week, taken: ["week-call-mr-wang-back"]) == "week-call-mr-wang-back-2")
        #expect(Routine.makeID(title: "Call", period: .week, taken: ["week-call", "week-call-2"]) == "week-call-3")
        #expect(Routine.makeID(title: "给王先生回电话", period: .day, taken: []) == "day-1")
        #expect(Routine.makeID(title: "拜访 ABC 公司", period: .month, taken: ["month-1", "month-2"]) == "month-3")
        #expect(Routine.makeID(title: "!!!", period: .year, taken: []) == "year-1")
        let long = Routine.makeID(title: String(repeating: "customer visit ", count: 10), period: .half, taken: [])
        #expect(long.count <= 45 && Routine.isValidID(long) && !long.hasSuffix("-"))
        for t in ["Ünïcödé ok", "x", "A1", "🙂 smile"] { #expect(Routine.isValidID(Routine.makeID(title: t, period: .day, taken: []))) }
    }

    @Test func fieldProblems() {
        func r(_ period: PeriodKind = .week, title: String = "T", due: DueRule? = nil, target: Int? = nil, workdaysOnly: Bool = false, tags: [String] = []) -> Routine {
            Routine(id: "x-a", title: title, period: period, due: due, target: target, workdaysOnly: workdaysOnly, tags: tags, activeFrom: day)
        }
        #expect(r().fieldProblem == nil)
        #expect(r(title: "  ").fieldProblem?.field == "title")
        #expect(r(title: "a\nb").fieldProblem?.field == "title")
        #expect(r(due: .lastDay(month: nil)).fieldProblem?.field == "due")
        #expect(r(.month, due: .weekday(.friday)).fieldProblem?.field == "due")
        #expect(r(.quarter, due: .lastWorkday(month: 4)).fieldProblem?.field == "due")
        #expect(r(target: 0).fieldProblem?.field == "target")
        #expect(r(workdaysOnly: true).fieldProblem?.field == "workdays_only")
        #expect(r(.day, workdaysOnly: true).fieldProblem == nil)
        #expect(r(tags: ["a,b"]).fieldProblem?.field == "tags")
        #expect(r(tags: [""]).fieldProblem?.field == "tags")
    }
}
