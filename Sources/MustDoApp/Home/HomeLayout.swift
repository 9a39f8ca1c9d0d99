import MustDoCore
import TerminalUI

/// Where everything on the home screen goes for a given size: computed from state alone, so drawing and mouse hit-testing agree.
public struct HomeLayout: Sendable, Equatable {
    /// Which arrangement the width allows.
    public enum Kind: Sendable, Equatable {
        /// Under 40x12: a one-line notice.
        case tooSmall
        /// Under 80 columns: one pane with a tab strip.
        case single
        /// 80–159 columns: Daily plus one longer pane and one-line summaries of the rest.
        case double
        /// 160 columns or more: all six panes.
        case all
    }

    /// The smallest usable size.
    public static let minimumWidth = 40, minimumHeight = 12

    /// The arrangement.
    public var kind: Kind
    /// The header line.
    public var header: Rect
    /// The footer line.
    public var footer: Rect
    /// The tab strip (single-pane layout only).
    public var tabs: Rect?
    /// Full panes with their boxes.
    public var panes: [(kind: PeriodKind, rect: Rect)]
    /// One-line summaries of panes that are not shown in full.
    public var summaries: [(kind: PeriodKind, rect: Rect)]

    /// Compares layouts by value.
    public static func == (a: HomeLayout, b: HomeLayout) -> Bool {
        a.kind == b.kind && a.header == b.header && a.footer == b.footer && a.tabs == b.tabs
            && a.panes.map(\.kind) == b.panes.map(\.kind) && a.panes.map(\.rect) == b.panes.map(\.rect)
            && a.summaries.map(\.kind) == b.summaries.map(\.kind) && a.summaries.map(\.rect) == b.summaries.map(\.rect)
    }

    /// The longer-period pane the two-column layout shows beside Daily.
    public static func secondary(for state: AppState) -> PeriodKind {
        state.focused == .day ? state.lastLongerPane : state.focused
    }

    /// Lays out `state`'s screen.
    public static func compute(_ state: AppState) -> HomeLayout {
        let w = state.width, h = state.height
        let header = Rect(x: 0, y: 0, width: w, height: 1)
        let footer = Rect(x: 0, y: max(0, h - 1), width: w, height: 1)
        guard w >= minimumWidth, h >= minimumHeight else {
            return HomeLayout(kind: .tooSmall, header: header, footer: footer, tabs: nil, panes: [], summaries: [])
        }
        let body = Rect(x: 0, y: 1, width: w, height: h - 2)
        func weight(_ k: PeriodKind) -> Int { max(state.items(of: k).count, 1) + 3 }
        if w >= 160 {
            let dailyWidth = max(50, w * 36 / 100)
            let (left, right) = body.splitHorizontally(at: dailyWidth)
            let cols = right.columns(2)
            let a = cols[0].rows(weights: [weight(.week), weight(.month)])
            let b = cols[1].rows(weights: [weight(.quarter), weight(.half), weight(.year)])
            return HomeLayout(kind: .all, header: header, footer: footer, tabs: nil,
                              panes: [(.day, left), (.week, a[0]), (.month, a[1]), (.quarter, b[0]), (.half, b[1]), (.year, b[2])],
                              summaries: [])
        }
        if w >= 80 {
            let (left, right) = body.splitHorizontally(at: w * 45 / 100)
            let second = secondary(for: state)
            let others = PeriodKind.allCases.filter { $0 != .day && $0 != second }
            let (main, rest) = right.splitVertically(at: right.height - others.count)
            let summaries = others.enumerated().map { (i, k) in (kind: k, rect: Rect(x: rest.x, y: rest.y + i, width: rest.width, height: 1)) }
            return HomeLayout(kind: .double, header: header, footer: footer, tabs: nil,
                              panes: [(.day, left), (second, main)], summaries: summaries)
        }
        let tabs = Rect(x: 0, y: 1, width: w, height: 1)
        let pane = Rect(x: 0, y: 2, width: w, height: h - 3)
        return HomeLayout(kind: .single, header: header, footer: footer, tabs: tabs, panes: [(state.focused, pane)], summaries: [])
    }

    /// The rect of a full pane, if shown.
    public func rect(of kind: PeriodKind) -> Rect? { panes.first { $0.kind == kind }?.rect }

    /// The rows inside a pane box that list items (below the title border and the progress line, above the bottom border).
    public static func itemArea(of pane: Rect) -> Rect {
        Rect(x: pane.x + 1, y: pane.y + 2, width: max(0, pane.width - 2), height: max(0, pane.height - 3))
    }

    /// How many item rows a pane shows (at least 1 so that movement math stays sane).
    public func visibleRows(of kind: PeriodKind) -> Int {
        guard let r = rect(of: kind) else { return 1 }
        return max(1, HomeLayout.itemArea(of: r).height)
    }
}
