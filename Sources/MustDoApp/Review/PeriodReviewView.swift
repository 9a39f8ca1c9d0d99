import MustDoCore
import TerminalUI

/// The period review screen (`M` from home or the week review): the draft of the monthly report, quarterly summary,
/// half-year summary or annual self-review, from the same `PeriodReviewPresentation` `mustdo review` prints.
/// `[`/`]` browse periods, `3`–`6` switch between month, quarter, half and year, `t` returns to the current one,
/// `$` opens the sales ranking of the period's last month.
public struct PeriodReviewView: WheelScrolling {
    /// The period asked for (the review may still be loading).
    public var shown: Period
    /// The review of `shown` (nil until loaded).
    public var review: PeriodReview?
    /// The first line shown (scrolled by j/k and the page keys).
    public var top = 0

    /// The review of the current month.
    public init(_ state: AppState, kind: PeriodKind = .month) {
        shown = Period.containing(state.today, kind: kind, settings: state.calendar)
    }

    /// Answers to `[keys.review]`.
    public var kind: ViewKind { .review }
    /// The review mode.
    public var mode: AppState.Mode { .review }

    /// The lines of the review as the screen draws them at `width` columns: text, facts and items wrap under their own
    /// indent (a journal note or a long routine title is read whole); table lines keep their columns and are cut.
    static func lines(_ p: PeriodReviewPresentation, width: Int) -> [(text: String, role: ReportRole)] {
        unwrapped(p).flatMap { wrapped($0, width: width) }
    }

    /// `line` in lines of at most `width` columns, continuation lines indented past the line's own indent (and past an
    /// item's mark), so a wrapped line still reads as one.
    static func wrapped(_ line: (text: String, role: ReportRole), width: Int) -> [(text: String, role: ReportRole)] {
        guard DisplayWidth.of(line.text) > width, ![.tableHeader, .tableRow, .vital].contains(line.role) else { return [line] }
        let indent = line.text.prefix { $0 == " " }.count
        var hang = indent
        if case .item = line.role {
            // Under the title, past the check box (`[ ]`, `[✓]`) or the mark.
            let rest = line.text.dropFirst(indent)
            let mark = rest.first == "[" ? rest.firstIndex(of: "]").map { rest[...$0] } ?? rest.prefix { $0 != " " } : rest.prefix { $0 != " " }
            hang += DisplayWidth.of(String(mark)) + 1
        }
        if line.role == .fact, let colon = line.text.firstIndex(where: { $0 == ":" || $0 == "：" }) {
            hang = min(width / 2, DisplayWidth.of(String(line.text[...colon])) + 1)
        }
        guard hang < width - 8 else { return [line] }
        let body = String(line.text.dropFirst(indent))
        let first = Text.wrap(body, width: width - indent)
        guard let head = first.first else { return [line] }
        let rest = first.dropFirst().joined(separator: " ")
        var out = [(String(repeating: " ", count: indent) + head, line.role)]
        if !rest.isEmpty {
            let pad = String(repeating: " ", count: hang)
            out += Text.wrap(rest, width: width - hang).map { (pad + $0, line.role) }
        }
        return out
    }

    /// The lines of the review before wrapping, each with its role.
    static func unwrapped(_ p: PeriodReviewPresentation) -> [(text: String, role: ReportRole)] {
        var out: [(String, ReportRole)] = [(" " + p.asOf, .dim)]
        for s in p.sections {
            out.append(("", .plain))
            out.append((" " + s.heading, .heading))
            var rendered = s.textLines(width: DisplayWidth.of, marks: p.marks).dropFirst().makeIterator()
            for line in s.lines {
                switch line {
                case .fact: out.append((rendered.next() ?? "", .fact))
                case .text(let t, let indent):
                    // A multi-line text is as many lines (the text face splits it the same way).
                    for _ in t.split(separator: "\n", omittingEmptySubsequences: false) {
                        out.append((rendered.next() ?? "", indent == 0 ? .subheading : .plain))
                    }
                case .item(let state, _): out.append((rendered.next() ?? "", .item(state)))
                case .table(_, let rows, _):
                    out.append((rendered.next() ?? "", .tableHeader))
                    for r in rows { out.append((rendered.next() ?? "", r.first?.hasSuffix("*") == true ? .vital : .tableRow)) }
                }
            }
        }
        return out
    }

    /// How a line is styled.
    enum ReportRole: Equatable {
        case heading, subheading, fact, tableHeader, tableRow, vital, plain, dim
        case item(OccurrenceState)
    }

    /// The body's height on a screen of `state`'s size (header and footer take a line each).
    static func bodyHeight(_ state: AppState) -> Int { max(1, state.height - 2) }

    private func lineCount(_ state: AppState) -> Int {
        guard let r = review else { return 0 }
        return PeriodReviewView.lines(PeriodReviewPresentation(r, language: state.language, marks: Glyphs(ascii: state.ascii).marks), width: state.width).count
    }

    private mutating func scroll(to line: Int, _ state: AppState) {
        top = max(0, min(line, lineCount(state) - PeriodReviewView.bodyHeight(state)))
    }

    /// Scrolls, browses periods and kinds, opens the sales ranking, goes back.
    public mutating func handle(_ c: Command, _ state: inout AppState) -> ViewStep {
        let page = max(1, PeriodReviewView.bodyHeight(state) - 1)
        switch c {
        case .moveDown: scroll(to: top + 1, state)
        case .moveUp: scroll(to: top - 1, state)
        case .pageDown: scroll(to: top + page, state)
        case .pageUp: scroll(to: top - page, state)
        case .top: top = 0
        case .bottom: scroll(to: Int.max / 2, state)
        case .previousPeriod: return show(shown.previous(settings: state.calendar))
        case .nextPeriod: return show(shown.next(settings: state.calendar))
        case .today: return show(Period.containing(state.today, kind: shown.kind, settings: state.calendar))
        case .reviewMonth, .reviewQuarter, .reviewHalf, .reviewYear:
            let kind: PeriodKind = c == .reviewMonth ? .month : c == .reviewQuarter ? .quarter : c == .reviewHalf ? .half : .year
            // The period of that kind holding the shown period's last day still in view (today for the current one).
            let day = min(shown.end, max(shown.start, state.today))
            return show(Period.containing(day, kind: kind, settings: state.calendar))
        case .salesScreen:
            let month = SalesMonth(containing: min(shown.end, max(shown.start, state.today)))
            return ViewStep([.loadSales(month)], .push(SalesView(month: month)))
        case .back, .periodReview:
            return ViewStep([], .pop)
        default:
            break
        }
        return ViewStep()
    }

    private mutating func show(_ p: Period) -> ViewStep {
        shown = p
        top = 0
        return ViewStep([.loadPeriodReview(p)])
    }


    /// Takes the review of the period shown.
    public mutating func receive(_ action: Action, _ state: inout AppState) -> [Effect] {
        guard case .periodReviewLoaded(let r) = action, r.period == shown else { return [] }
        review = r
        scroll(to: top, state)
        return []
    }

    /// Reloads the period shown (after a change here or elsewhere).
    public func refresh(_ state: AppState) -> [Effect] { [.loadPeriodReview(shown)] }

    /// Draws the review.
    public func draw(into buf: inout Buffer, _ screen: Screen) {
        PeriodReviewScreen.draw(&buf, view: self, screen: screen)
    }
}
