import MustDoCore
import TerminalUI

/// Morning planning: yesterday's leftovers, today's list with focus first, what is due or ending soon, the focus, and today's plan text.
public struct PlanScreen: ScreenContext {
    /// The state (plan data, cursor).
    public let state: AppState
    /// Colours.
    public let theme: Theme
    /// The key tables (footer and hints).
    public let keys: KeyTables
    /// Planning's model.
    public let view: PlanView

    /// Creates the screen.
    public init(state: AppState, theme: Theme, keys: KeyTables, view: PlanView) {
        self.state = state
        self.theme = theme
        self.keys = keys
        self.view = view
    }


    /// Renders a whole frame.
    public func render() -> Buffer {
        var buf = Buffer(width: max(0, state.width), height: max(0, state.height), style: theme.style(.background))
        let w = state.width, h = state.height
        guard w >= HomeLayout.minimumWidth, h >= HomeLayout.minimumHeight else {
            return HomeScreen(state: state, theme: theme, keys: keys).render()
        }
        buf.fill(Rect(x: 0, y: 0, width: w, height: 1), style: theme.style(.header))
        let title = " " + state.text(.screenPlanTitle) + " " + glyphs.separator + " " + state.today.description + " " + words.weekdayFull(state.today.weekday)
        buf.putClipped(t(title), x: 0, y: 0, width: w, style: theme.style(.header), ellipsis: glyphs.ellipsis)
        KeyHints.drawFooter(&buf, Rect(x: 0, y: h - 1, width: w, height: 1), Screen(state: state, theme: theme, keys: keys), .plan)
        guard let plan = view.plan else {
            buf.putClipped(" " + state.text(.screenLoading), x: 0, y: 2, width: w, style: theme.style(.dim), ellipsis: glyphs.ellipsis)
            return buf
        }
        let body = Rect(x: 1, y: 2, width: w - 2, height: h - 3)
        let (left, right) = documents(plan, width: w >= 100 ? (body.width - 2) / 2 : body.width)
        if w >= 100 {
            let half = (body.width - 2) / 2
            left.draw(into: &buf, rect: Rect(x: body.x, y: body.y, width: half, height: body.height), ellipsis: glyphs.ellipsis, offset: view.pageOffset)
            right.draw(into: &buf, rect: Rect(x: body.x + half + 2, y: body.y, width: body.width - half - 2, height: body.height), ellipsis: glyphs.ellipsis, offset: view.pageOffset)
        } else {
            var all = left
            all.blank()
            for l in right.lines { all.add(l) }
            all.draw(into: &buf, rect: body, ellipsis: glyphs.ellipsis, offset: view.pageOffset)
        }
        return buf
    }

    /// The colour of a planning line: plain, or by how far a customer is past their contact interval.
    func style(_ tone: PlanSection.Tone) -> Style { PlanScreen.style(tone, theme) }

    /// The colour of `tone` in `theme` (planning and the customer list's overdue column).
    static func style(_ tone: PlanSection.Tone, _ theme: Theme) -> Style {
        switch tone {
        case .normal: return theme.style(.itemOpen)
        case .slight: return theme.style(.due)
        case .overdue: return theme.style(.itemOverdue)
        case .long: return theme.style(.itemMissed)
        }
    }

    /// The two columns: actionable lists on the left, what is coming and the plan text on the right.
    func documents(_ plan: MorningPlan, width: Int) -> (DocumentView, DocumentView) {
        var left = DocumentView(), right = DocumentView()
        let head = theme.style(.paneTitleFocused), dim = theme.style(.dim)
        var index = 0
        func entry(_ o: Occurrence, extra: String = "") -> DocumentView.Line {
            let selected = index == view.cursor
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
        left.add(state.text(.screenPlanLeftovers, ["count": String(plan.leftovers.count)]), head)
        if plan.leftovers.isEmpty { left.add("  " + state.text(.planNoLeftovers), dim) }
        for o in plan.leftovers { left.add(entry(o, extra: keys.label(for: .carryOver, in: .plan).map { "  " + state.text(.planCarryHint, ["key": $0]) } ?? "")) }
        if let review = plan.yesterdayReview {
            left.add(state.text(.planYesterdayReview), theme.style(.paneTitle))
            left.addWrapped(lines(review), width: width, indent: "  ", style: theme.style(.itemOpen))
        }
        left.blank()
        let p = PlanPresentation(plan, agenda: state.agenda, marks: glyphs.marks)
        left.add(state.text(.screenPlanToday, ["count": p.today.compact(glyphs.marks)]), head)
        for i in plan.todayItems { left.add(entry(i.occurrence)) }

        for section in p.sections(language: state.language, limit: state.settings.plan.perSection) {
            right.add(t(section.heading), head)
            for line in section.lines { right.addWrapped(t(line.text), width: width, indent: "  ", style: style(line.tone)) }
            if let more = section.more { right.add("  " + t(more), dim) }
            right.blank()
        }
        right.add(state.text(.screenPlanDueSoon), head)
        if plan.dueSoon.isEmpty { right.add("  " + state.text(.planNothingDue), dim) }
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
        right.add(state.text(.planFocus, ["count": String(plan.focus.count), "max": String(Agenda.maxFocus)]), head)
        if plan.focus.isEmpty { right.add("  " + state.text(.screenPlanNoFocus, ["key": keys.label(for: .focus, in: .plan) ?? "f", "max": String(Agenda.maxFocus)]), dim) }
        for (n, f) in plan.focus.enumerated() { right.add("  \(n + 1). " + t(f.occurrence.title), theme.style(.itemOpen)) }
        right.blank()
        right.add(state.text(.planTextHeading, ["edit": keys.label(for: .editPlan, in: .plan) ?? "e", "editor": keys.label(for: .externalEditor, in: .plan) ?? "E"]), head)
        if plan.planText.isEmpty { right.add("  " + state.text(.screenPlanNotWritten), dim) }
        else { right.addWrapped(lines(plan.planText), width: width, indent: "  ", style: theme.style(.itemOpen)) }
        return (left, right)
    }
}
