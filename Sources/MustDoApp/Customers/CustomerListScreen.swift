import MustDoCore
import TerminalUI

/// Draws the customer list: a title line with the count, order and filters; column headings; the rows aligned by
/// display width (a column that does not fit is dropped, company first, then tier, then status); the search line; the footer.
enum CustomerListScreen {
    /// The columns drawn at one width: each present column's x and width (nil: dropped).
    struct Columns {
        var number: (x: Int, width: Int)
        var name: (x: Int, width: Int)
        var company: (x: Int, width: Int)?
        var tier: (x: Int, width: Int)?
        var status: (x: Int, width: Int)?
        var filled: (x: Int, width: Int)
        /// The day of the last visit (nil: no card has one yet, or no room).
        var lastContact: (x: Int, width: Int)? = nil
        /// Days past the contact interval (nil: nobody is past it, or no room).
        var overdue: (x: Int, width: Int)? = nil

        /// Lays out the columns in `rect` for numbers `numberWidth` wide in `language`.
        static func layout(_ rect: Rect, numberWidth: Int, language: Language, lastContact: Bool = false, overdue: Bool = false) -> Columns {
            let headers = CustomerListPresentation.headers(language)
            let gap = rect.width >= 80 ? 2 : 1
            let numberW = max(numberWidth, DisplayWidth.of(headers[0]))
            let tierW = (CustomerTier.allCases.map { DisplayWidth.of($0.name(language)) } + [DisplayWidth.of(headers[3]), 1]).max()!
            let statusW = (CustomerStatus.allCases.map { DisplayWidth.of($0.name(language)) } + [DisplayWidth.of(headers[4])]).max()!
            let filledW = max(DisplayWidth.of("14/14 !"), DisplayWidth.of(headers[5]))
            let contactW = max(DisplayWidth.of("2026-11-27"), DisplayWidth.of(language.text(.vscrLastContact)))
            let overdueW = max(DisplayWidth.of(language.text(.cadenceOverdueCell, ["days": "999"])), DisplayWidth.of(language.text(.cadenceColumnOverdue)))
            var hasCompany = true, hasTier = true, hasStatus = true, hasContact = lastContact, hasOverdue = overdue
            func rest() -> Int {
                rect.width - numberW - filledW - 2 * gap - (hasTier ? tierW + gap : 0) - (hasStatus ? statusW + gap : 0)
                    - (hasCompany ? gap : 0) - (hasContact ? contactW + gap : 0) - (hasOverdue ? overdueW + gap : 0)
            }
            // Name and company share what is left; below 24 columns the company goes, then the last contact, the tier, the status.
            if rest() < 24 { hasCompany = false }
            if rest() < 10 { hasOverdue = false }
            if rest() < 10 { hasContact = false }
            if rest() < 10 { hasTier = false }
            if rest() < 10 { hasStatus = false }
            let shared = max(1, rest())
            let nameW = hasCompany ? shared * 55 / 100 : shared
            var x = rect.x
            func take(_ w: Int) -> (x: Int, width: Int) { defer { x += w + gap }; return (x, w) }
            let number = take(numberW)
            let name = take(nameW)
            let company = hasCompany ? take(shared - nameW) : nil
            let tier = hasTier ? take(tierW) : nil
            let status = hasStatus ? take(statusW) : nil
            let contact = hasContact ? take(contactW) : nil
            let overdue = hasOverdue ? take(overdueW) : nil
            let filled = take(filledW)
            return Columns(number: number, name: name, company: company, tier: tier, status: status, filled: filled, lastContact: contact,
                           overdue: overdue)
        }
    }

    /// Draws the whole list view.
    static func draw(_ buf: inout Buffer, view: CustomerListView, screen: Screen) {
        let state = screen.state, theme = screen.theme, glyphs = screen.glyphs, language = state.language
        let w = state.width, h = state.height
        buf.fill(Rect(x: 0, y: 0, width: w, height: h), style: theme.style(.background))
        // Title: what is listed, how many, in which order, narrowed by what.
        var title = [state.text(view.showArchived ? .custScreenTitleArchived : .custScreenTitle)]
        let total = view.presentation?.rows.count ?? 0
        title.append(view.visible.count == total ? state.text(.custScreenCount, ["count": String(total)])
                                                 : state.text(.custScreenShown, ["shown": String(view.visible.count), "count": String(total)]))
        title.append(state.text(.custScreenSortedBy, ["order": sortName(view.sort, language)]))
        if let t = view.filter.tier { title.append(CustomerField.tier.label(language) + " " + t.name(language)) }
        if let s = view.filter.status { title.append(CustomerField.status.label(language) + " " + s.name(language)) }
        if let tag = view.filter.tag { title.append("#" + tag) }
        if view.losingTouchOnly { title.append(state.text(.cadenceFilterTitle)) }
        buf.fill(Rect(x: 0, y: 0, width: w, height: 1), style: theme.style(.header))
        buf.putClipped(" " + screen.t(title.joined(separator: " · ")), x: 0, y: 0, width: w, style: theme.style(.header), ellipsis: glyphs.ellipsis)
        let showSearch = view.searching || !view.search.isEmpty
        let listTop = 2, listBottom = h - 1 - (showSearch ? 1 : 0)
        let area = Rect(x: 1, y: listTop, width: w - 2, height: max(0, listBottom - listTop))
        // Only the rows on the page are looked at: a keystroke over 10,000 cards draws one page.
        let count = view.visible.count
        let top = max(0, min(view.cursor - area.height / 2, count - area.height))
        let page: [CustomerListPresentation.Row] = view.presentation.map { p in
            view.visible[top..<min(count, top + area.height)].map { p.rows[$0] }
        } ?? []
        let numberWidth = page.map { DisplayWidth.of($0.number) }.max() ?? 0
        let cols = Columns.layout(area, numberWidth: numberWidth, language: language, lastContact: view.presentation?.hasLastContact ?? false,
                                  overdue: view.hasOverdue)
        // Headings.
        let headers = CustomerListPresentation.headers(language)
        let headStyle = theme.style(.paneTitle)
        func cell(_ text: String, _ col: (x: Int, width: Int)?, y: Int, style: Style) {
            guard let col else { return }
            buf.putClipped(screen.t(text), x: col.x, y: y, width: col.width, style: style, ellipsis: glyphs.ellipsis)
        }
        cell(headers[0], cols.number, y: 1, style: headStyle)
        cell(headers[1], cols.name, y: 1, style: headStyle)
        cell(headers[2], cols.company, y: 1, style: headStyle)
        cell(headers[3], cols.tier, y: 1, style: headStyle)
        cell(headers[4], cols.status, y: 1, style: headStyle)
        cell(state.text(.vscrLastContact), cols.lastContact, y: 1, style: headStyle)
        cell(state.text(.cadenceColumnOverdue), cols.overdue, y: 1, style: headStyle)
        cell(headers[5], cols.filled, y: 1, style: headStyle)
        if count == 0, view.presentation != nil {
            let key = view.search.isEmpty && view.filter.isEmpty && !view.losingTouchOnly
                ? state.text(.custScreenEmpty, ["key": screen.keys.label(for: .addCustomer, in: .customers) ?? "a"])
                : state.text(.custScreenNoMatch, ["key": screen.keys.label(for: .back, in: .customers) ?? "Esc"])
            buf.putClipped(key, x: area.x, y: area.y, width: area.width, style: theme.style(.dim), ellipsis: glyphs.ellipsis)
        }
        for (k, r) in page.enumerated() {
            let n = top + k, y = area.y + k
            let selected = n == view.cursor
            var style = r.archived ? theme.style(.dim) : theme.style(.itemOpen)
            if selected { style = theme.style(.itemSelected).merged(over: style) }
            buf.fill(Rect(x: 0, y: y, width: w, height: 1), style: selected ? style : theme.style(.background))
            cell(r.number, cols.number, y: y, style: selected ? style : theme.style(.due))
            cell(r.name, cols.name, y: y, style: style)
            cell(r.company, cols.company, y: y, style: style)
            cell(r.tier, cols.tier, y: y, style: style)
            cell(r.status, cols.status, y: y, style: style)
            cell(r.lastContact, cols.lastContact, y: y, style: style)
            // Days past the contact interval, coloured by how far (the cadence's tones, as in planning).
            let card = view.visible[n]
            if card < view.cadence.count, let e = view.cadence[card], e.daysOverdue > 0 {
                let tone = PlanSection.Tone(e.severity)
                cell(state.text(.cadenceOverdueCell, ["days": String(e.daysOverdue)]), cols.overdue, y: y,
                     style: selected ? style : PlanScreen.style(tone, theme))
            }
            // The filing checks, quietly: how full the card is, `!` when a check warns.
            cell(r.completeness, cols.filled, y: y, style: selected ? style : theme.style(.dim))
        }
        if showSearch {
            let y = h - 2
            buf.fill(Rect(x: 0, y: y, width: w, height: 1), style: theme.style(.prompt))
            let label = " / "
            let lw = buf.put(label, x: 0, y: y, style: theme.style(.prompt))
            if view.searching {
                view.search.render(into: &buf, rect: Rect(x: lw, y: y, width: max(0, w - lw), height: 1),
                                   style: theme.style(.prompt), cursorStyle: theme.style(.itemSelected))
            } else {
                buf.putClipped(screen.t(view.search.text), x: lw, y: y, width: max(0, w - lw), style: theme.style(.prompt), ellipsis: glyphs.ellipsis)
            }
        }
        if view.searching, state.message == nil {
            let r = Rect(x: 0, y: h - 1, width: w, height: 1)
            buf.fill(r, style: theme.style(.footer))
            buf.putClipped(" " + state.text(.custScreenSearchHint, ["line": KeyHints.line(screen, .prompt)]), x: 0, y: h - 1, width: w,
                           style: theme.style(.footer), ellipsis: glyphs.ellipsis)
        } else {
            KeyHints.drawFooter(&buf, Rect(x: 0, y: h - 1, width: w, height: 1), screen, .customers)
        }
    }

    /// The name of an order in `language`.
    static func sortName(_ sort: CustomerSort, _ language: Language) -> String {
        switch sort {
        case .number: return language.text(.custLabelNumber)
        case .name: return CustomerField.name.label(language)
        case .tier: return CustomerField.tier.label(language)
        case .status: return CustomerField.status.label(language)
        case .updated: return language.text(.custLabelUpdated)
        }
    }
}
