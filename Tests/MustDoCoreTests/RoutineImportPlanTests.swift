import Testing
@testable import MustDoCore

@Suite struct RoutineImportPlanTests {
    let today = LocalDate(parsing: "2026-11-23")!
    let past = LocalDate(parsing: "2026-01-01")!

    var existing: [Routine] {
        [Routine(id: "week-a", title: "A", period: .week, position: 0, activeFrom: past),
         Routine(id: "week-b", title: "B", period: .week, position: 1, activeFrom: past),
         Routine(id: "month-c", title: "C", period: .month, position: 0, activeFrom: past),
         Routine(id: "month-old", title: "Old", period: .month, position: 1, activeFrom: past, retiredOn: LocalDate(parsing: "2026-06-01"))]
    }

    func pack(_ body: String) throws -> RoutinePack { try RoutinePack(text: body, file: "p.toml") }

    @Test func mergeAddsUpdatesAndRestores() throws {
        let p = try pack("""
        [[routine]]
        id = "week-b"
        period = "week"
        title = "B renamed"
        due = "fri"
        [[routine]]
        id = "week-new"
        period = "week"
        title = "New"
        [[routine]]
        id = "month-old"
        period = "month"
        title = "Old"
        [[routine]]
        id = "month-c"
        period = "month"
        title = "C"
        """)
        let plan = try RoutineImportPlan(pack: p, existing: existing, mode: .merge, today: today)
        #expect(plan.updated.map(\.id) == ["week-b"])
        #expect(plan.updated[0].title == "B renamed" && plan.updated[0].due == .weekday(.friday) && plan.updated[0].position == 1)
        #expect(plan.added.map(\.id) == ["week-new"])
        #expect(plan.added[0].position == 2 && plan.added[0].activeFrom == today)
        #expect(plan.restored == ["month-old"])
        #expect(plan.retired.isEmpty)
        #expect(plan.unchanged == ["month-c"])
    }

    @Test func replaceRetiresWhatTheFileLeavesOutAndTakesItsOrder() throws {
        let p = try pack("""
        [[routine]]
        id = "week-b"
        period = "week"
        title = "B"
        [[routine]]
        id = "week-a"
        period = "week"
        title = "A"
        """)
        let plan = try RoutineImportPlan(pack: p, existing: existing, mode: .replace, today: today)
        #expect(plan.retired == ["month-c"])
        #expect(plan.updated.map(\.id).sorted() == ["week-a", "week-b"])
        #expect(plan.updated.first { $0.id == "week-b" }?.position == 0)
        #expect(plan.added.isEmpty && plan.restored.isEmpty)
        // Importing the same list again changes nothing.
        let again = try RoutineImportPlan(pack: p, existing: [plan.updated[1], plan.updated[0]], mode: .replace, today: today)
        #expect(again.isEmpty)
    }

    @Test func retiredEntriesRetireAndAreNotAdded() throws {
        let p = try pack("""
        [[routine]]
        id = "week-a"
        period = "week"
        title = "A"
        retired_on = "2026-11-01"
        [[routine]]
        id = "week-gone"
        period = "week"
        title = "Gone"
        retired_on = "2026-11-01"
        """)
        let plan = try RoutineImportPlan(pack: p, existing: existing, mode: .merge, today: today)
        #expect(plan.retired == ["week-a"])
        #expect(plan.added.isEmpty)
        #expect(plan.unchanged == ["week-gone"])
    }

    @Test func conflictsNameTheEntryAndField() throws {
        let p = try pack("""
        [[routine]]
        id = "week-new"
        period = "week"
        title = "fine"
        [[routine]]
        id = "week-a"
        period = "month"
        title = "A"
        """)
        #expect(throws: RoutineImportPlan.Conflict(index: 1, field: "period",
                                                   problem: "'week-a' is a week routine already and a routine's period cannot change, so give this entry a new id")) {
            try RoutineImportPlan(pack: p, existing: existing, mode: .merge, today: today)
        }
        let tags = try pack("[[routine]]\nid = \"week-x\"\nperiod = \"week\"\ntitle = \"x\"\ntags = [\"a,b\"]\n")
        #expect(throws: RoutineImportPlan.Conflict.self) { try RoutineImportPlan(pack: tags, existing: existing, mode: .merge, today: today) }
    }
}
