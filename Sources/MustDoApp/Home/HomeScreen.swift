import MustDoCore
import TerminalUI

/// Draws the home screen (header, panes, summaries, footer) into a buffer from state alone.
public struct HomeScreen: ScreenContext {
    /// The state to draw.
    public let state: AppState
    /// Colours and attributes by role.
    public let theme: Theme
    /// The key tables (for the footer).
    public let keys: KeyTables

    /// Creates the screen.
    public init(state: AppState, theme: Theme, keys: KeyTables) {
        self.state = state
        self.theme = theme
        self.keys = keys
    }

    /// Creates the screen with `keymap` as the home table.
    public init(state: AppState, theme: Theme, keymap: KeyMap) {
        var keys = state.keys
        keys.set(.home, keymap)
        self.init(state: state, theme: theme, keys: keys)
    }


    /// Renders a whole frame.
    public func render() -> Buffer {
        var buf = Buffer(width: max(0, state.width), height: max(0, state.height), style: theme.style(.background))
        let layout = HomeLayout.compute(state)
        if layout.kind == .tooSmall {
            HomeScreen.drawTooSmall(&buf, Screen(state: state, theme: theme, keys: keys))
            return buf
        }
        drawHeader(&buf, layout.header)
        if let tabs = layout.tabs { drawTabs(&buf, tabs) }
        for (kind, rect) in layout.panes { drawPane(&buf, kind, rect) }
        for (kind, rect) in layout.summaries { drawSummary(&buf, kind, rect) }
        KeyHints.drawFooter(&buf, layout.footer, Screen(state: state, theme: theme, keys: keys), .home)
        return buf
    }

    /// The notice shown instead of any view below the smallest size: wrapped so that it is never cut, and saying how to quit (the only key that works then).
    static func drawTooSmall(_ buf: inout Buffer, _ screen: Screen) {
        let state = screen.state
        let text = state.text(.screenTooSmall, ["width": String(state.width), "height": String(state.height),
                                                "minWidth": String(HomeLayout.minimumWidth), "minHeight": String(HomeLayout.minimumHeight),
                                                "quit": screen.keys.label(for: .quit, in: .home) ?? "q"])
        let lines = Text.wrap(text, width: max(1, state.width))
        for (i, line) in lines.prefix(max(0, state.height)).enumerated() {
            buf.putClipped(line, x: 0, y: i, width: state.width, style: screen.theme.style(.error), ellipsis: screen.glyphs.ellipsis)
        }
    }

    func drawHeader(_ buf: inout Buffer, _ r: Rect) {
        let style = theme.style(.header)
        buf.fill(r, style: style)
        let left = t(" MustDo " + glyphs.separator + " " + words.dayHeader(state.today, settings: state.calendar))
        var right = ""
        if !state.filter.isEmpty { right = state.text(.homeFilterShown, ["text": state.filter]) + " " }
        if !state.browsing.isEmpty { right += state.text(.homeHistoryShown, ["key": keys.label(for: .today, in: .home) ?? "t"]) + " " }
        let rightWidth = min(DisplayWidth.of(right), r.width / 2)
        buf.putClipped(left, x: r.x, y: r.y, width: r.width - rightWidth, style: style, ellipsis: glyphs.ellipsis)
        if rightWidth > 0 {
            buf.putClipped(right, x: r.maxX - rightWidth, y: r.y, width: rightWidth, style: style, ellipsis: glyphs.ellipsis)
        }
    }

    func drawTabs(_ buf: inout Buffer, _ r: Rect) {
        let slot = max(1, r.width / PeriodKind.allCases.count)
        buf.fill(r, style: theme.style(.tabInactive))
        for (i, k) in PeriodKind.allCases.enumerated() {
            let summary = TodayPresentation(state.agenda).summary(k)
            let style = theme.style(k == state.focused ? .tabActive : .tabInactive)
            let cell = Rect(x: r.x + i * slot, y: r.y, width: i == 5 ? r.width - 5 * slot : slot, height: 1)
            var label = " \(i + 1) \(words.periodShort(k)) " + summary.compact(glyphs.marks)
            if DisplayWidth.of(label) > cell.width { label = " \(i + 1) \(words.periodShort(k)) " + summary.compact(glyphs.marks, tight: true) }
            buf.fill(cell, style: style)
            buf.putClipped(label, x: cell.x, y: cell.y, width: cell.width, style: style, ellipsis: glyphs.ellipsis)
        }
    }

    /// The progress of a pane, from the model `mustdo today` prints: done and skipped apart, focus items of other lists not counted.
    func counts(_ kind: PeriodKind) -> PaneSummary {
        if let b = state.browsing[kind] { return TodayPresentation.summary(browsed: b.items) }
        return TodayPresentation(state.agenda).summary(kind)
    }

    func drawPane(_ buf: inout Buffer, _ kind: PeriodKind, _ r: Rect) {
        guard r.width >= 4, r.height >= 3 else { return }
        let focused = kind == state.focused
        let period = state.period(of: kind)
        let browsing = state.browsing[kind]
        let borderStyle = theme.style(focused ? .paneBorderFocused : .paneBorder)
        buf.drawBox(r, style: borderStyle, ascii: state.ascii)
        // Title in the top border: "每周必做 2026-W48" left, the date range right.
        var title = " " + words.periodTitle(kind)
        if browsing != nil { title = " " + glyphs.historyMark + title }
        if kind != .day { title += " " + period.key }
        title += " "
        let range = t(" " + words.range(period) + " ")
        let inner = r.width - 2
        let rangeWidth = DisplayWidth.of(title) + DisplayWidth.of(range) <= inner ? DisplayWidth.of(range) : 0
        buf.putClipped(title, x: r.x + 1, y: r.y, width: inner - rangeWidth, style: theme.style(focused ? .paneTitleFocused : .paneTitle), ellipsis: glyphs.ellipsis)
        if rangeWidth > 0 { buf.put(range, x: r.maxX - 1 - rangeWidth, y: r.y, style: borderStyle) }
        // Progress line.
        let c = counts(kind)
        var stats = " " + c.compact(glyphs.marks)
        if browsing != nil {
            if c.missed > 0 { stats += " · " + state.text(.homeMissedCount, ["count": String(c.missed)]) }
            if browsing?.loaded == true, c.total == 0 { stats = " " + state.text(.homeNothingRecorded) }
        } else {
            stats += " · " + words.daysLeft(period.daysLeft(from: state.today))
        }
        let statsWidth = min(DisplayWidth.of(stats), inner)
        let barWidth = max(0, inner - statsWidth - 1)
        let filled = c.filled(barWidth)
        if barWidth > 0 {
            buf.put(String(repeating: glyphs.barFilled, count: filled), x: r.x + 2, y: r.y + 1, style: theme.style(.progressFilled))
            buf.put(String(repeating: glyphs.barEmpty, count: max(0, barWidth - 1 - filled)), x: r.x + 2 + filled, y: r.y + 1, style: theme.style(.progressEmpty))
        }
        stats = t(stats)
        buf.putClipped(stats, x: r.maxX - 1 - statsWidth, y: r.y + 1, width: statsWidth, style: theme.style(.paneTitle), ellipsis: glyphs.ellipsis)
        // Items.
        let area = HomeLayout.itemArea(of: r)
        let items = state.items(of: kind)
        let top = state.scroll[kind] ?? 0
        let cursor = state.cursor[kind] ?? 0
        if items.isEmpty, area.height > 0 {
            let empty: String
            if !state.filter.isEmpty { empty = state.text(.homeNoMatches) }
            else if browsing?.loaded == false { empty = state.text(.screenLoading) }
            else if browsing != nil { empty = state.text(.homeNothingInPeriod) }
            else { empty = state.text(.homeNothingToday) }
            buf.putClipped(t(" " + empty), x: area.x, y: area.y, width: area.width, style: theme.style(.dim), ellipsis: glyphs.ellipsis)
        }
        for row in 0..<area.height {
            let index = top + row
            guard index < items.count else { break }
            drawItem(&buf, items[index].occurrence, Rect(x: area.x, y: area.y + row, width: area.width, height: 1),
                     selected: index == cursor, focused: focused)
        }
        // The selected item's note and the customers who counted toward it, in the bottom border of the focused pane.
        if focused, let o = state.selectedItem(in: kind)?.occurrence, r.width > 8 {
            var parts: [String] = []
            if let note = o.note, !note.isEmpty { parts.append(glyphs.noteMark + " " + t(note.split(separator: "\n").joined(separator: " "))) }
            if !o.countedBy.isEmpty { parts.append(state.text(.linkCountedBy, ["names": t(o.countedByText)])) }
            if !parts.isEmpty {
                buf.putClipped(" " + parts.joined(separator: "  ") + " ", x: r.x + 2, y: r.maxY - 1, width: r.width - 4,
                               style: theme.style(.paneTitleFocused), ellipsis: glyphs.ellipsis)
            }
        }
        // Scroll position on the right border when the list is longer than the pane.
        if items.count > area.height, area.height > 0 {
            let pos = area.y + min(area.height - 1, top * area.height / max(1, items.count - area.height + 1))
            buf.put(state.ascii ? "#" : "┃", x: r.maxX - 1, y: pos, style: borderStyle)
        }
    }

    func itemStyle(_ o: Occurrence) -> Style {
        if o.isOverdue(on: state.today) { return theme.style(.itemOverdue) }
        switch o.state {
        case .open: return theme.style(.itemOpen)
        case .done: return theme.style(.itemDone)
        case .skipped: return theme.style(.itemSkipped)
        case .missed: return theme.style(.itemMissed)
        }
    }

    func drawItem(_ buf: inout Buffer, _ o: Occurrence, _ r: Rect, selected: Bool, focused: Bool) {
        var style = itemStyle(o)
        if selected {
            let sel = theme.style(focused ? .itemSelected : .itemSelectedUnfocused)
            style = sel.merged(over: style)
        }
        buf.fill(r, style: style)
        // Right-hand details: count, due date or overdue, note mark.
        var right = ""
        if let t = o.target { right += "\(o.progress)/\(t)" }
        if let d = o.due, d != o.period.end || o.isOverdue(on: state.today) {
            let text = o.isOverdue(on: state.today) ? words.overdue + " " + String(d.description.dropFirst(5)) : String(d.description.dropFirst(5))
            right += (right.isEmpty ? "" : " ") + text
        }
        if o.note != nil { right += (right.isEmpty ? "" : " ") + glyphs.noteMark }
        if o.isTask { right += (right.isEmpty ? "" : " ") + state.text(.homeTaskMark) }
        let markText = (state.isFocus(o.id) && r.x < 2 + state.width ? glyphs.focusMark : " ") + glyphs.mark(o.state) + " "
        let markWidth = DisplayWidth.of(markText)
        let room = max(0, (r.width - markWidth) / 2)
        if o.state == .skipped, let reason = o.skipReason, !reason.isEmpty {
            // A long skip reason gives way to the count and due date after it, never the other way round.
            let tail = right.isEmpty ? "" : " " + right
            let reasonRoom = room - 2 - DisplayWidth.of(tail)
            right = reasonRoom > 0 ? Text.truncate(t(reason), toWidth: reasonRoom, ellipsis: glyphs.ellipsis) + tail : right
        }
        if !right.isEmpty { right = " " + right + " " }
        buf.put(markText, x: r.x, y: r.y, maxWidth: r.width, style: style)
        let rightWidth = min(DisplayWidth.of(right), room)
        buf.putClipped(t(o.title), x: r.x + markWidth, y: r.y, width: max(0, r.width - markWidth - rightWidth), style: style, ellipsis: glyphs.ellipsis)
        if rightWidth > 0 {
            let detailStyle = selected ? style : (o.isOverdue(on: state.today) ? theme.style(.itemOverdue) : theme.style(.due))
            buf.putClipped(right, x: r.maxX - rightWidth, y: r.y, width: rightWidth, style: detailStyle, ellipsis: glyphs.ellipsis)
        }
    }

    func drawSummary(_ buf: inout Buffer, _ kind: PeriodKind, _ r: Rect) {
        let c = counts(kind)
        let period = state.period(of: kind)
        let style = theme.style(.paneTitle)
        buf.fill(r, style: theme.style(.background))
        let key = PeriodKind.allCases.firstIndex(of: kind)! + 1
        let titleWidth = PeriodKind.allCases.map { DisplayWidth.of(words.periodTitle($0)) }.max() ?? 0
        let label = " \(key) " + Text.pad(words.periodTitle(kind), toWidth: titleWidth) + " " + Text.padLeft(c.compact(glyphs.marks), toWidth: 7) + " "
        var x = r.x + buf.putClipped(label, x: r.x, y: r.y, width: r.width, style: style, ellipsis: glyphs.ellipsis)
        let tail = t(" " + words.daysLeft(period.daysLeft(from: state.today)) + " ")
        let barWidth = max(0, min(20, r.maxX - x - DisplayWidth.of(tail)))
        let filled = c.filled(barWidth)
        x += buf.put(String(repeating: glyphs.barFilled, count: filled), x: x, y: r.y, style: theme.style(.progressFilled))
        x += buf.put(String(repeating: glyphs.barEmpty, count: barWidth - filled), x: x, y: r.y, style: theme.style(.progressEmpty))
        buf.putClipped(tail, x: x, y: r.y, width: r.maxX - x, style: theme.style(.dim), ellipsis: glyphs.ellipsis)
    }
}
