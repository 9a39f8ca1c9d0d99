import MustDoCore
import TerminalUI

/// Morning planning: yesterday's leftovers, today's list with focus first, what is due or ending soon, the focus, and today's plan text.
public struct PlanScreen: ScreenContext {
    /// The state (plan data, cursor).
    public let state: AppState
    /// Colours.
    public let theme: Theme
    /// Planning's key table (footer).
    public let keymap: KeyMap

    /// Creates the screen.
    public init(state: AppState, theme: Theme, keymap: KeyMap) {
        self.state = state
        self.theme = theme
        self.keymap = keymap
    }


    /// Renders a whole frame.
    public func render() -> Buffer {
        var buf = Buffer(width: max(0, state.width), height: max(0, state.height), style: theme.style(.background))
        let w = state.width, h = state.height
        guard w >= HomeLayout.minimumWidth, h >= HomeLayout.minimumHeight else {
            return HomeScreen(state: state, theme: theme, keymap: keymap).render(overlays: false)
        }
        buf.fill(Rect(x: 0, y: 0, width: w, height: 1), style: theme.style(.header))
        let title = (zh ? " 晨间计划 " : " Morning planning ") + glyphs.separator + " " + state.today.description + " " + words.weekdayFull(state.today.weekday)
        buf.putClipped(t(title), x: 0, y: 0, width: w, style: theme.style(.header), ellipsis: glyphs.ellipsis)
        HomeScreen(state: state, theme: theme, keymap: keymap).drawFooter(&buf, Rect(x: 0, y: h - 1, width: w, height: 1))
        guard let plan = state.plan else {
            buf.putClipped(zh ? " 读取中…" : " loading…", x: 0, y: 2, width: w, style: theme.style(.dim), ellipsis: glyphs.ellipsis)
            return buf
        }
        let body = Rect(x: 1, y: 2, width: w - 2, height: h - 3)
        let (left, right) = documents(plan, width: w >= 100 ? (body.width - 2) / 2 : body.width)
        if w >= 100 {
            let half = (body.width - 2) / 2
            left.draw(into: &buf, rect: Rect(x: body.x, y: body.y, width: half, height: body.height), ellipsis: glyphs.ellipsis)
            right.draw(into: &buf, rect: Rect(x: body.x + half + 2, y: body.y, width: body.width - half - 2, height: body.height), ellipsis: glyphs.ellipsis)
        } else {
            var all = left
            all.blank()
            for l in right.lines { all.add(l) }
            all.draw(into: &buf, rect: body, ellipsis: glyphs.ellipsis)
        }
        return buf
    }

    /// The two columns: actionable lists on the left, what is coming and the plan text on the right.
    func documents(_ plan: MorningPlan, width: Int) -> (DocumentView, DocumentView) {
        var left = DocumentView(), right = DocumentView()
        let head = theme.style(.paneTitleFocused), dim = theme.style(.dim)
        var index = 0
        func entry(_ o: Occurrence, extra: String = "") -> DocumentView.Line {
            let selected = index == state.planCursor
            index += 1
            var style: Style
            switch o.state {
            case .done: style = theme.style(.itemDone)
            case .skipped: style = theme.style(.itemSkipped)
            case .missed: style = theme.style(.itemMissed)
            case .open: style = o.isOverdue(on: state.today) ? theme.style(.itemOverdue) : theme.style(.itemOpen)
            }
            if selected { style = theme.style(.itemSelected).merged(over: style) }
            let mark = (state.isFocus(o.id) ? glyphs.focusMark : " ") + glyphs.mark(o.state) + " "
            return DocumentView.Line(pieces: [(mark + t(o.title), style), (extra, selected ? style : theme.style(.due))], selected: selected, fill: selected ? style : nil)
        }
        left.add((zh ? "昨天遗留 " : "Left from yesterday ") + "(\(plan.leftovers.count))", head)
        if plan.leftovers.isEmpty { left.add(zh ? "  (没有遗留)" : "  (nothing left over)", dim) }
        for o in plan.leftovers { left.add(entry(o, extra: zh ? "  c 转入今天" : "  c: carry over")) }
        if let review = plan.yesterdayReview {
            left.add(state.language.text(.planYesterdayReview), theme.style(.paneTitle))
            left.addWrapped(review, width: width, indent: "  ", style: theme.style(.itemOpen))
        }
        left.blank()
        let p = PlanPresentation(plan, agenda: state.agenda, marks: glyphs.marks)
        left.add((zh ? "今天 " : "Today ") + p.today.compact(glyphs.marks), head)
        for i in plan.todayItems { left.add(entry(i.occurrence)) }

        right.add(zh ? "即将到期" : "Due soon", head)
        if plan.dueSoon.isEmpty { right.add(zh ? "  (近期没有到期事项)" : "  (nothing due soon)", dim) }
        for i in plan.dueSoon {
            let d = i.occurrence.due!
            let label = i.occurrence.isOverdue(on: state.today) ? words.overdue + " " + String(d.description.dropFirst(5)) : String(d.description.dropFirst(5))
            right.add(entry(i.occurrence, extra: "  " + label))
        }
        for e in plan.endingSoon {
            let text = p.ending(e, language: state.language, withKey: false)
            right.add(t("  " + text), theme.style(.itemOverdue))
        }
        right.blank()
        right.add((zh ? "今日重点 " : "Today's focus ") + p.focusCount, head)
        if plan.focus.isEmpty { right.add(zh ? "  (用 f 标记最多 5 项)" : "  (mark up to 5 with f)", dim) }
        for (n, f) in plan.focus.enumerated() { right.add("  \(n + 1). " + t(f.occurrence.title), theme.style(.itemOpen)) }
        right.blank()
        right.add(zh ? "今天的计划(e 编辑,E 用编辑器)" : "Today's plan (e: edit, E: $EDITOR)", head)
        if plan.planText.isEmpty { right.add(zh ? "  (还没有写:路线、要拜访的客户…)" : "  (not written yet: route, who to visit…)", dim) }
        else { right.addWrapped(plan.planText, width: width, indent: "  ", style: theme.style(.itemOpen)) }
        return (left, right)
    }
}
