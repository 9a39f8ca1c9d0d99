import Testing
import TerminalUI
@testable import MustDoApp
import MustDoCore
import MustDoTestSupport

/// The home screen rendered into the buffer, compared with plain-text goldens (RECORD_SNAPSHOTS=1 re-records on purpose).
@Suite struct HomeSnapshotTests {
    static let sizes = [(200, 60), (120, 40), (80, 24), (60, 20)]

    @Test(arguments: [Language.en, .zh], [0, 1, 2, 3])
    func homeScreen(language: Language, sizeIndex: Int) throws {
        let (w, h) = HomeSnapshotTests.sizes[sizeIndex]
        let fixture = try AppFixture(language: language)
        let screen = HomeScreen(state: try fixture.state(width: w, height: h), theme: .fallback, keymap: .home).render()
        #expect(screen.width == w && screen.height == h)
        if let problem = Snapshot.mismatch(screen, named: "home-\(language.rawValue)-\(w)x\(h)") { Issue.record(Comment(rawValue: problem)) }
    }

    @Test func asciiFallbackUsesNoWideOrBoxCharacters() throws {
        let fixture = try AppFixture(language: .en)
        let screen = HomeScreen(state: try fixture.state(width: 120, height: 40, ascii: true), theme: .fallback, keymap: .home).render()
        for line in screen.lines() { #expect(line.unicodeScalars.allSatisfy { $0.value < 128 || $0 == "📞" }, "\(line)") }
        if let problem = Snapshot.mismatch(screen, named: "home-en-120x40-ascii") { Issue.record(Comment(rawValue: problem)) }
    }

    @Test(arguments: [Language.en, .zh], [30, 20])
    func tinyTerminalShowsTheWholeNoticeWrapped(language: Language, width: Int) throws {
        let fixture = try AppFixture(language: language)
        let screen = HomeScreen(state: try fixture.state(width: width, height: 8), theme: .fallback, keymap: .home).render()
        let shown = screen.lines().map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        let notice = language.text(.screenTooSmall, ["width": String(width), "height": "8", "minWidth": "40", "minHeight": "12", "quit": "q"])
        #expect(shown.filter { $0 != " " } == notice.filter { $0 != " " }, "the notice is shown whole, not cut")
        #expect(!shown.contains("…"))
    }

    @Test func stylesMarkSelectionDoneSkippedAndOverdue() throws {
        let fixture = try AppFixture(language: .en)
        let theme = Theme.fallback
        let state = try fixture.state(width: 200, height: 60)
        let screen = HomeScreen(state: state, theme: theme, keymap: .home).render()
        let lines = screen.lines()
        func row(containing text: String) -> Int { lines.firstIndex { $0.contains(text) }! }
        // The first daily item is selected in the focused pane.
        let selected = row(containing: "Spend ten minutes each morning")
        #expect(screen[6, selected].style == theme.style(.itemSelected).merged(over: theme.style(.itemDone)))
        let skipped = row(containing: "Spend ten minutes on outdoor")
        #expect(screen[6, skipped].style == theme.style(.itemSkipped))
        let overdueRow = row(containing: "Call Mr. Wang back")
        let x = lines[overdueRow].range(of: "Call Mr. Wang").map { lines[overdueRow].distance(from: lines[overdueRow].startIndex, to: $0.lowerBound) }!
        // It is also the weekly pane's cursor row (unfocused pane): the selection is laid over the overdue look.
        #expect(screen[x, overdueRow].style == theme.style(.itemSelectedUnfocused).merged(over: theme.style(.itemOverdue)))
        let dueRow = row(containing: "Settle this week's expense claims")
        let dx = lines[dueRow].range(of: "Settle").map { lines[dueRow].distance(from: lines[dueRow].startIndex, to: $0.lowerBound) }!
        #expect(screen[dx, dueRow].style == theme.style(.itemOpen))
        #expect(lines[overdueRow].contains("overdue 11-24"))
        #expect(theme.style(.itemDone) != theme.style(.itemOpen))
        #expect(theme.style(.itemOverdue) != theme.style(.itemOpen))
    }

    @Test func chineseTitlesAlignToTheSameColumns() throws {
        let fixture = try AppFixture(language: .zh)
        let screen = HomeScreen(state: try fixture.state(width: 120, height: 40), theme: .fallback, keymap: .home).render()
        // Every row's display width is exactly the screen width, and the right border of the daily pane is in one column.
        let lines = screen.lines()
        for line in lines { #expect(DisplayWidth.of(line) == 120, "\(line)") }
        let borderColumns = Set((2..<30).map { y in (0..<120).first { x in x > 0 && screen[x, y].text == "│" }! })
        #expect(borderColumns.count == 1)
    }
}
