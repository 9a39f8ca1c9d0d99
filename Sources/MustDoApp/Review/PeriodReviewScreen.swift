import MustDoCore
import TerminalUI

/// Draws the period review: the report's title on the header line, its lines scrolled below, the key hints last.
enum PeriodReviewScreen {
    /// Draws the review view.
    static func draw(_ buf: inout Buffer, view: PeriodReviewView, screen: Screen) {
        let state = screen.state, theme = screen.theme, glyphs = screen.glyphs
        let w = state.width, h = state.height
        guard w >= HomeLayout.minimumWidth, h >= HomeLayout.minimumHeight else {
            buf = HomeScreen(state: state, theme: theme, keys: screen.keys).render()
            return
        }
        buf.fill(Rect(x: 0, y: 0, width: w, height: h), style: theme.style(.background))
        buf.fill(Rect(x: 0, y: 0, width: w, height: 1), style: theme.style(.header))
        KeyHints.drawFooter(&buf, Rect(x: 0, y: h - 1, width: w, height: 1), screen, .review)
        guard let review = view.review, review.period == view.shown else {
            let words = Vocabulary(state.language)
            buf.putClipped(" " + words.periodName(view.shown) + " · " + words.range(view.shown), x: 0, y: 0, width: w,
                           style: theme.style(.header), ellipsis: glyphs.ellipsis)
            buf.putClipped(" " + state.text(.screenLoading), x: 0, y: 2, width: w, style: theme.style(.dim), ellipsis: glyphs.ellipsis)
            return
        }
        let p = PeriodReviewPresentation(review, language: state.language, marks: glyphs.marks)
        buf.putClipped(" " + screen.t(p.title), x: 0, y: 0, width: w, style: theme.style(.header), ellipsis: glyphs.ellipsis)
        let lines = PeriodReviewView.lines(p, width: w)
        let height = PeriodReviewView.bodyHeight(state)
        for (row, line) in lines.dropFirst(view.top).prefix(height).enumerated() {
            let style: Style
            switch line.role {
            case .heading: style = theme.style(.paneTitleFocused)
            case .subheading, .tableHeader: style = theme.style(.paneTitle)
            case .vital: style = theme.style(.count)
            case .dim: style = theme.style(.dim)
            case .fact, .plain, .tableRow: style = theme.style(.itemOpen)
            case .item(let s):
                style = s == .done ? theme.style(.itemDone) : s == .missed ? theme.style(.itemMissed) : s == .skipped ? theme.style(.itemSkipped) : theme.style(.itemOpen)
            }
            buf.putClipped(screen.t(line.text), x: 0, y: 1 + row, width: w, style: style, ellipsis: glyphs.ellipsis)
        }
    }
}
