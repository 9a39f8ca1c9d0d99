import Testing
@testable import MustDoCore

/// `routines import --replace` of a file that says what is stored already changes nothing (issue 9 item 15).
@Suite struct RoutineImportReplaceTests {
    let today = LocalDate(parsing: "2026-11-23")!
    let past = LocalDate(parsing: "2026-01-01")!

    /// The seed's shape: positions numbered across kinds (day 0–1, week 2–3), one day routine retired.
    var stored: [Routine] {
        [Routine(id: "day-a", title: "A", period: .day, position: 0, activeFrom: past, retiredOn: LocalDate(parsing: "2026-06-01")),
         Routine(id: "day-b", title: "B", period: .day, position: 1, activeFrom: past),
         Routine(id: "week-c", title: "C", period: .week, position: 2, activeFrom: past),
         Routine(id: "week-d", title: "D", period: .week, position: 3, activeFrom: past)]
    }

    func pack(_ ids: [(String, String)]) throws -> RoutinePack {
        try RoutinePack(text: ids.map { "[[routine]]\nid = \"\($0.0)\"\nperiod = \"\($0.1)\"\ntitle = \"\($0.0.last!.uppercased())\"\n" }.joined(separator: "\n"),
                        file: "export.toml")
    }

    @Test func anIdenticalExportIsAllUnchanged() throws {
        // The export leaves the retired routine out, so every later entry sits one index earlier than its position.
        let p = try pack([("day-b", "day"), ("week-c", "week"), ("week-d", "week")])
        let plan = try RoutineImportPlan(pack: p, existing: stored, mode: .replace, today: today)
        #expect(plan.updated.isEmpty)
        #expect(plan.isEmpty)
        #expect(plan.unchanged == ["day-b", "week-c", "week-d"])
    }

    @Test func aNewOrderWithinAKindStillRenumbersThatKind() throws {
        let p = try pack([("day-b", "day"), ("week-d", "week"), ("week-c", "week")])
        let plan = try RoutineImportPlan(pack: p, existing: stored, mode: .replace, today: today)
        #expect(plan.updated.map(\.id).sorted() == ["week-c", "week-d"])
        #expect(plan.updated.first { $0.id == "week-d" }!.position < plan.updated.first { $0.id == "week-c" }!.position)
    }
}
