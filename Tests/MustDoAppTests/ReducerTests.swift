import Testing
import TerminalUI
@testable import MustDoApp
@testable import MustDoCore
import MustDoStore
import MustDoTestSupport

/// Every action of the reducer: pure state changes and the effects it asks for.
@Suite struct ReducerTests {
    func state(_ w: Int = 200, _ h: Int = 60) throws -> AppState { try AppFixture(language: .en).state(width: w, height: h) }

    @Test func movementStaysInsideTheListAndScrolls() throws {
        var s = try state(120, 16)
        _ = Reducer.reduce(&s, .command(.moveUp))
        #expect(s.cursor[.day] == 0)
        for _ in 0..<40 { _ = Reducer.reduce(&s, .command(.moveDown)) }
        #expect(s.cursor[.day] == s.items(of: .day).count - 1)
        let rows = HomeLayout.compute(s).visibleRows(of: .day)
        #expect(s.scroll[.day] == s.items(of: .day).count - rows)
        _ = Reducer.reduce(&s, .command(.top))
        #expect(s.cursor[.day] == 0 && s.scroll[.day] == 0)
        _ = Reducer.reduce(&s, .command(.pageDown))
        #expect(s.cursor[.day] == rows)
        _ = Reducer.reduce(&s, .command(.bottom))
        _ = Reducer.reduce(&s, .command(.pageUp))
        #expect(s.cursor[.day] == s.items(of: .day).count - 1 - rows)
    }

    @Test func panesAreFocusedByTabNumbersAndWrap() throws {
        var s = try state()
        _ = Reducer.reduce(&s, .command(.previousPane))
        #expect(s.focused == .year)
        _ = Reducer.reduce(&s, .command(.nextPane))
        #expect(s.focused == .day)
        _ = Reducer.reduce(&s, .command(.focusQuarterly))
        #expect(s.focused == .quarter && s.lastLongerPane == .quarter)
        _ = Reducer.reduce(&s, .command(.focusDaily))
        #expect(HomeLayout.secondary(for: s) == .quarter)
    }

    @Test func toggleAsksToCheckOrUncheckAndOnlyTheResultChangesState() throws {
        var s = try state()
        let first = s.selectedItem(in: .day)!.occurrence
        #expect(first.state == .done)
        #expect(Reducer.reduce(&s, .command(.toggle)) == [.apply(.uncheck, id: first.id, origin: .user)])
        #expect(s.selectedItem(in: .day)!.occurrence.state == .done, "nothing changes before the database reports the commit")
        for _ in 0..<3 { _ = Reducer.reduce(&s, .command(.moveDown)) }
        let third = s.selectedItem(in: .day)!.occurrence
        #expect(third.state == .open)
        #expect(Reducer.reduce(&s, .command(.toggle)) == [.apply(.check, id: third.id, origin: .user)])
        let before = OccurrenceSnapshot(third)
        var after = before
        after.state = .done
        after.doneAt = "2026-11-26T10:00:00"
        _ = Reducer.reduce(&s, .applied(before: before, after: after, origin: .user))
        #expect(s.selectedItem(in: .day)!.occurrence.state == .done)
        #expect(s.undoStack.count == 1 && s.redoStack.isEmpty)
    }

    @Test func undoAndRedoRevertThroughTheDatabaseAndMoveEntries() throws {
        var s = try state()
        let o = s.selectedItem(in: .day)!.occurrence
        let before = OccurrenceSnapshot(o)
        var after = before
        after.state = .open
        after.doneAt = nil
        _ = Reducer.reduce(&s, .applied(before: before, after: after, origin: .user))
        let entry = s.undoStack.last!
        #expect(Reducer.reduce(&s, .command(.undo)) == [.apply(.revert(from: after, to: before), id: o.id, origin: .undo(entry))])
        #expect(s.undoStack.isEmpty)
        _ = Reducer.reduce(&s, .applied(before: after, after: before, origin: .undo(entry)))
        #expect(s.redoStack == [entry])
        #expect(s.message?.text.hasPrefix("Undid") == true)
        #expect(Reducer.reduce(&s, .command(.redo)) == [.apply(.revert(from: before, to: after), id: o.id, origin: .redo(entry))])
        _ = Reducer.reduce(&s, .applied(before: before, after: after, origin: .redo(entry)))
        #expect(s.undoStack == [entry] && s.redoStack.isEmpty)
        s.undoStack.removeAll()
        #expect(Reducer.reduce(&s, .command(.undo)).isEmpty)
        #expect(s.message?.text == "Nothing to undo.")
    }

    @Test func skipAndNoteOpenAPromptThatCommitsOnEnterAndCancelsOnEscape() throws {
        var s = try state()
        let id = s.selectedItem(in: .day)!.occurrence.id
        _ = Reducer.reduce(&s, .command(.skip))
        #expect(s.mode == .input(.skipReason(id)))
        for c in "客户出差" { _ = Reducer.reduce(&s, .inputKey(.char(c))) }
        _ = Reducer.reduce(&s, .inputKey(.backspace))
        #expect(Reducer.reduce(&s, .inputKey(.enter)) == [.apply(.skip(reason: "客户出"), id: id, origin: .user)])
        #expect(s.mode == .home)
        _ = Reducer.reduce(&s, .command(.note))
        #expect(s.mode == .input(.note(id)))
        _ = Reducer.reduce(&s, .inputKey(.char("x")))
        #expect(Reducer.reduce(&s, .inputKey(.escape)).isEmpty)
        #expect(s.mode == .home)
    }

    @Test func filterNarrowsEveryPaneLiveAndEscapeClearsIt() throws {
        var s = try state()
        _ = Reducer.reduce(&s, .command(.filter))
        for c in "customer" { _ = Reducer.reduce(&s, .inputKey(.char(c))) }
        #expect(s.filter == "customer")
        #expect(s.items(of: .day).allSatisfy { $0.occurrence.title.lowercased().contains("customer") || ($0.occurrence.note?.lowercased().contains("customer") ?? false) })
        #expect(s.items(of: .day).count < s.allItems(of: .day).count)
        _ = Reducer.reduce(&s, .inputKey(.enter))
        #expect(s.filter == "customer" && s.mode == .home)
        _ = Reducer.reduce(&s, .command(.filter))
        _ = Reducer.reduce(&s, .inputKey(.escape))
        #expect(s.filter.isEmpty)
    }

    @Test func browsingLoadsThePreviousPeriodAndTodayReturns() throws {
        var s = try state()
        _ = Reducer.reduce(&s, .command(.focusWeekly))
        let previous = Period(key: "2026-W47")!
        #expect(Reducer.reduce(&s, .command(.previousPeriod)) == [.loadPeriod(.week, previous)])
        #expect(s.period(of: .week) == previous)
        #expect(s.browsing[.week]?.loaded == false)
        _ = Reducer.reduce(&s, .periodLoaded(.week, previous, []))
        #expect(s.browsing[.week]?.loaded == true)
        #expect(Reducer.reduce(&s, .command(.nextPeriod)).isEmpty, "stepping back onto the current week ends browsing")
        #expect(s.browsing[.week] == nil)
        _ = Reducer.reduce(&s, .command(.previousPeriod))
        _ = Reducer.reduce(&s, .command(.today))
        #expect(s.browsing.isEmpty)
    }

    @Test func countsChangeOnlyOnCountItems() throws {
        var s = try state()
        #expect(Reducer.reduce(&s, .command(.increment)).isEmpty)
        #expect(s.message?.isError == true)
        let index = s.items(of: .day).firstIndex { $0.occurrence.target != nil }!
        s.cursor[.day] = index
        let id = s.items(of: .day)[index].occurrence.id
        #expect(Reducer.reduce(&s, .command(.increment)) == [.apply(.addCount(1), id: id, origin: .user)])
        #expect(Reducer.reduce(&s, .command(.decrement)) == [.apply(.addCount(-1), id: id, origin: .user)])
    }

    @Test func helpQuitResizeAndFailures() throws {
        var s = try state()
        _ = Reducer.reduce(&s, .command(.help))
        #expect(s.mode == .help)
        _ = Reducer.reduce(&s, .inputKey(.char("x")))
        #expect(s.mode == .home)
        _ = Reducer.reduce(&s, .resize(width: 30, height: 8))
        #expect(HomeLayout.compute(s).kind == .tooSmall)
        _ = Reducer.reduce(&s, .resize(width: 100, height: 30))
        #expect(HomeLayout.compute(s).kind == .double)
        _ = Reducer.reduce(&s, .failed("The disk is full."))
        #expect(s.message == .init(text: "The disk is full.", isError: true))
        #expect(Reducer.reduce(&s, .command(.quit)) == [.quit])
        #expect(s.shouldQuit)
    }

    @Test func mouseClickSelectsAndClickOnTheMarkToggles() throws {
        var s = try state()
        let layout = HomeLayout.compute(s)
        let area = HomeLayout.itemArea(of: layout.rect(of: .week)!)
        _ = Reducer.reduce(&s, .mouse(MouseEvent(x: area.x + 10, y: area.y + 2, kind: .press, button: 1)))
        #expect(s.focused == .week && s.cursor[.week] == 2)
        let id = s.selectedItem(in: .week)!.occurrence.id
        let effects = Reducer.reduce(&s, .mouse(MouseEvent(x: area.x + 2, y: area.y + 2, kind: .press, button: 1)))
        #expect(effects.count == 1)
        if case .apply(_, let eid, _) = effects.first { #expect(eid == id) }
        _ = Reducer.reduce(&s, .mouse(MouseEvent(x: area.x + 2, y: area.y + 2, kind: .wheelDown, button: 0)))
        #expect(s.cursor[.week] == 5)
    }

    @Test func dayChangeReloads() throws {
        var s = try state()
        _ = Reducer.reduce(&s, .command(.previousPeriod))
        #expect(Reducer.reduce(&s, .dayChanged(LocalDate(parsing: "2026-11-27")!)) == [.reloadAgenda])
        #expect(s.today.description == "2026-11-27" && s.browsing.isEmpty)
    }
}
