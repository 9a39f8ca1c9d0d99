/// What `mustdo today` (text and JSON) and the home screen both show of a day's agenda: each list's progress, every item's mark, and the focus.
public struct TodayPresentation: Sendable, Equatable {
    /// The agenda shown.
    public let agenda: Agenda
    /// The marks drawn.
    public let marks: Marks

    /// Presents `agenda` with `marks`.
    public init(_ agenda: Agenda, marks: Marks = .unicode) {
        self.agenda = agenda
        self.marks = marks
    }

    /// The progress of the list of `kind`: its own items only, so a focus item of another list, shown first in Daily, never changes Daily's total.
    public func summary(_ kind: PeriodKind) -> PaneSummary {
        agenda.section(kind)?.summary ?? PaneSummary([])
    }

    /// The progress of the one-off tasks in the list of `kind` (they are part of its summary too).
    public func tasks(_ kind: PeriodKind) -> PaneSummary {
        PaneSummary((agenda.section(kind)?.items ?? []).map(\.occurrence).filter(\.isTask))
    }

    /// The progress of a browsed (past or future) period's items.
    public static func summary(browsed items: [Occurrence]) -> PaneSummary { PaneSummary(items) }

    /// Whether the occurrence `id` is in today's focus.
    public func isFocus(_ id: Int64) -> Bool { agenda.focus.contains(id) }

    /// The check box of an item.
    public func mark(_ o: Occurrence) -> String { marks.item(o.state) }

    /// The focus mark of the occurrence `id`, or nil when it is not in the focus.
    public func focusMark(_ id: Int64) -> String? { isFocus(id) ? marks.focus : nil }

    /// `2/5`: focus items chosen of the most allowed.
    public var focusCount: String { "\(agenda.focusItems.count)/\(Agenda.maxFocus)" }
}
