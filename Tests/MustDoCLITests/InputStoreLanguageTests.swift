import Foundation
import Testing
import MustDoCore
import MustDoStore
import MustDoTestSupport

/// Refusals raised below the console (the store, shared with the screen) read in the user's language (issue 9 item 9).
@Suite struct InputStoreLanguageTests {
    let dir = TemporaryDirectory()
    let day = LocalDate(parsing: "2026-11-23")!
    let now = "2026-11-23T09:00:00"

    func database() throws -> AppDatabase {
        let db = try AppDatabase.open(path: dir.file("db.sqlite"))
        _ = try db.seed(pack: try RoutinePack.builtIn(.zh), activeFrom: day, now: now)
        try db.prepare(today: day, engine: ScheduleEngine(settings: .standard), now: now)
        return db
    }

    func refusal(_ body: () throws -> Void) -> MustDoError? {
        do { try body(); return nil } catch let e as MustDoError { return e } catch { return nil }
    }

    @Test func aSixthFocusItemIsRefusedInChinese() throws {
        let db = try database()
        let ids = try db.agenda(today: day, engine: ScheduleEngine(settings: .standard)).sections[0].items.map(\.occurrence.id)
        for id in ids.prefix(5) { try db.toggleFocus(id, day: day) }
        let e = try #require(refusal { try db.toggleFocus(ids[5], day: day) })
        #expect(e.exitCode == 64)
        #expect(e.message(.zh) == "今日重点最多 5 项:请先用 mustdo focus 编号 取消一项。")
        #expect(e.message(.en).hasPrefix("Today's focus holds at most 5 items"))
    }

    @Test func anEmptyOrUnsafeTaskTitleIsRefusedInChinese() throws {
        let db = try database()
        let empty = try #require(refusal { try db.addTask(title: " \u{3000} ", day: day, now: now) })
        #expect(empty.message(.zh).hasPrefix("任务需要一个标题"))
        let evil = try #require(refusal { try db.addTask(title: "evil\u{1B}[2J", day: day, now: now) })
        #expect(evil.message(.zh).hasPrefix("标题含有控制字符 \\u{1b}"))
        let long = try #require(refusal { try db.addTask(title: String(repeating: "字", count: 501), day: day, now: now) })
        #expect(long.message(.zh) == "标题有 501 个字符:请缩短到 500 个以内。")
    }

    @Test func skipReasonsAndNotesWithControlsAreRefusedBeforeAnythingIsWritten() throws {
        let db = try database()
        let id = try db.agenda(today: day, engine: ScheduleEngine(settings: .standard)).sections[0].items[0].occurrence.id
        #expect(refusal { try db.apply(.skip(reason: "rain\u{07}"), to: id, now: now) }?.message(.zh).hasPrefix("跳过原因含有控制字符") == true)
        #expect(refusal { try db.apply(.setNote("x\u{9B}2J"), to: id, now: now) } != nil)
        #expect(try db.occurrence(id: id, today: day)?.state == .open)
        // Skipping again without a reason keeps the first one; an empty reason (the screen's empty answer) clears it.
        try db.apply(.skip(reason: "下雨"), to: id, now: now)
        try db.apply(.skip(reason: nil), to: id, now: now)
        #expect(try db.occurrence(id: id, today: day)?.skipReason == "下雨")
        try db.apply(.skip(reason: ""), to: id, now: now)
        #expect(try db.occurrence(id: id, today: day)?.skipReason == nil)
    }
}
