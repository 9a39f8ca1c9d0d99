#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import TerminalUI

/// The real terminal, through ncursesw: draws buffer diffs, reads keys, mouse and resizes, and
/// turns SIGTERM, SIGHUP and SIGINT into a `.terminate` event.
///
/// Use it from one thread. Call `shutdown()` before the process exits (it is idempotent, and
/// `deinit` calls it too) so the shell gets its screen back.
public final class NcursesTerminal: TerminalDevice {
    /// Whether the locale's character set is UTF-8.
    public let supportsUnicode: Bool
    /// Colours the terminal has (0 when it has none).
    public private(set) var colorCount: Int
    /// The current size in columns and rows.
    public private(set) var size: (width: Int, height: Int)
    /// The cost of the last `draw`; `bytesWritten` is measured on Linux, 0 elsewhere.
    public private(set) var lastDrawStats = DrawStats()
    /// The cost of every `draw` so far.
    public private(set) var totalDrawStats = DrawStats()

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var previous: Buffer?
    private var pairs: ColorPairCache
    private var styleCache: [Style: (attrs: attr_t, pair: Int32)] = [:]
    private var defaultColorsWork: Bool
    private var isShutDown = false
    private var isSuspended = false
    private var cursorVisible = false
    private var pendingEvent: KeyEvent?

    /// Takes over the terminal: alternate screen, no echo, keys unbuffered, cursor hidden,
    /// colours and (if `mouse`) mouse clicks and wheel.
    /// - Throws: `TerminalError` when standard input or output is not a terminal, TERM is unset
    ///   or "dumb", or curses does not know the terminal type.
    public init(mouse: Bool = true) throws {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            throw TerminalError.notATerminal
        }
        let term = getenv("TERM").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
        guard let term, term != "dumb" else {
            throw TerminalError.unsupportedTerminal(term: term)
        }
        mustdo_setlocale_from_environment()
        let codeset = mustdo_codeset().map { String(cString: $0) } ?? ""
        supportsUnicode = codeset.uppercased().replacingDashes() == "UTF8"

        // Our handlers go in first: curses leaves SIGINT/SIGTERM alone when they are not SIG_DFL.
        TerminationSignal.install()
        guard let screen = mustdo_newterm(nil) else {
            TerminationSignal.uninstall()
            throw TerminalError.initializationFailed(term: term)
        }
        self.screen = screen
        _ = set_term(screen)
        window = mustdo_stdscr()
        _ = cbreak()
        // Ctrl-S / Ctrl-Q are keys here (save), not XON/XOFF: with IXON on, Ctrl-S would freeze all output.
        var modes = termios()
        if tcgetattr(STDIN_FILENO, &modes) == 0 {
            modes.c_iflag &= ~tcflag_t(IXON)
            _ = tcsetattr(STDIN_FILENO, TCSANOW, &modes)
        }
        _ = def_prog_mode()
        _ = noecho()
        _ = nonl()
        _ = keypad(window, true)
        _ = meta(window, true)
        _ = set_escdelay(25)
        _ = curs_set(0)
        _ = leaveok(window, false)

        var colorsWork = false
        if has_colors() {
            _ = start_color()
            colorsWork = use_default_colors() != ERR
        }
        defaultColorsWork = colorsWork
        colorCount = has_colors() ? Int(mustdo_colors()) : 0
        pairs = ColorPairCache(capacity: has_colors() ? Int(mustdo_color_pairs()) : 0)
        if mouse {
            _ = mousemask(mustdo_mouse_mask(), nil)
            _ = mouseinterval(0)
        }
        var rows: Int32 = 0, cols: Int32 = 0
        mustdo_size(&rows, &cols)
        size = (Int(cols), Int(rows))
    }

    deinit {
        shutdown()
    }

    // MARK: drawing

    /// Writes the cells of `buffer` that differ from the last frame (all of them after a resize
    /// or resume), clipped to the terminal, then refreshes the terminal once.
    public func draw(_ buffer: Buffer) {
        guard !isShutDown, !isSuspended else { return }
        let before = ProcessWriteCounter.current()
        if previous == nil || previous!.width != buffer.width || previous!.height != buffer.height {
            _ = werase(window)
            previous = nil
        }
        var runs = BufferDiff.changes(from: previous, to: buffer)
        if !allocatePairs(for: runs, fallingBack: false) {
            // Out of colour pairs: start the palette over and repaint everything; styles that
            // still find no pair use the default colours until the next reset.
            reset_color_pairs()
            pairs.removeAll()
            styleCache.removeAll()
            _ = werase(window)
            runs = BufferDiff.changes(from: nil, to: buffer)
            _ = allocatePairs(for: runs, fallingBack: true)
        }
        var cells = 0
        for run in runs where run.y < size.height {
            let (attrs, pair) = styleCache[run.style] ?? (0, 0)
            var x = run.x
            for cell in run.cells {
                defer { x += 1 }
                if cell.isContinuation || x >= size.width { continue }
                writeCell(cell, x: x, y: run.y, attrs: attrs, pair: pair)
                cells += 1
            }
        }
        if let c = buffer.cursor, c.x >= 0, c.x < size.width, c.y >= 0, c.y < size.height {
            _ = wmove(window, Int32(c.y), Int32(c.x))
            if !cursorVisible { _ = curs_set(1); cursorVisible = true }
        } else if cursorVisible {
            _ = curs_set(0)
            cursorVisible = false
        }
        _ = wnoutrefresh(window)
        _ = doupdate()
        previous = buffer
        let after = ProcessWriteCounter.current()
        let bytes = (before != nil && after != nil) ? after! - before! : 0
        lastDrawStats = DrawStats(frames: 1, runs: runs.count, cellsWritten: cells, bytesWritten: bytes)
        totalDrawStats = totalDrawStats + lastDrawStats
    }

    /// Makes sure every style in `runs` has attributes and a colour pair; false when pairs ran
    /// out (then, if `fallingBack`, the styles left over get the default pair).
    private func allocatePairs(for runs: [CellRun], fallingBack: Bool) -> Bool {
        var ok = true
        for run in runs where styleCache[run.style] == nil {
            let style = run.style
            var pair: Int32 = 0
            if colorCount > 0 {
                let fg = colorNumber(style.fg, isForeground: true)
                let bg = colorNumber(style.bg, isForeground: false)
                if let p = pairs.pair(fg: fg, bg: bg) {
                    pair = p
                } else {
                    ok = false
                    if !fallingBack { continue }
                }
            }
            styleCache[style] = (attributes(style.attrs), pair)
        }
        return ok
    }

    /// The curses colour number for `color`: -1 for the default, a palette index, or 0xRRGGBB on
    /// direct-colour terminals.
    private func colorNumber(_ color: Color, isForeground: Bool) -> Int32 {
        if color == .default {
            return defaultColorsWork ? -1 : (isForeground ? 7 : 0)
        }
        if colorCount >= 0x1000000 {
            if case .indexed(let i) = color, i < 8 { return Int32(i) }
            return Int32(max(color.rgbValue ?? 0, 8))
        }
        return Int32(color.paletteIndex(colorCount: colorCount) ?? -1)
    }

    private func attributes(_ a: Attributes) -> attr_t {
        var result: attr_t = 0
        if a.contains(.bold) { result |= mustdo_attr_bold() }
        if a.contains(.dim) { result |= mustdo_attr_dim() }
        if a.contains(.underline) { result |= mustdo_attr_underline() }
        if a.contains(.reverse) { result |= mustdo_attr_reverse() }
        if a.contains(.italic) { result |= mustdo_attr_italic() }
        if a.contains(.blink) { result |= mustdo_attr_blink() }
        return result
    }

    /// Writes one cell so that curses, the terminal and the buffer agree on its width: when the
    /// C library's `wcwidth` disagrees with `DisplayWidth` (emoji newer than the C library, a text
    /// emoji with U+FE0F, a flag), a stand-in of the right width is written instead.
    private func writeCell(_ cell: Cell, x: Int, y: Int, attrs: attr_t, pair: Int32) {
        let width = Int(cell.width)
        if width == 2 && x + 1 >= size.width {
            put([0x20], x: x, y: y, attrs: attrs, pair: pair)  // a wide character cut by the right edge
            return
        }
        let scalars = Array(cell.text.unicodeScalars)
        guard let first = scalars.first else { return }
        if first.value < 0x80 && scalars.count == 1 {
            put([wchar_t(first.value)], x: x, y: y, attrs: attrs, pair: pair)
            return
        }
        if !supportsUnicode {
            put([0x3F], x: x, y: y, attrs: attrs, pair: pair)  // "?"
            if width == 2 { put([0x3F], x: x + 1, y: y, attrs: attrs, pair: pair) }
            return
        }
        let firstWidth = Int(mustdo_wcwidth(wchar_t(first.value)))
        if firstWidth == width {
            // The spacing character and the combining ones after it (curses keeps at most 5);
            // a trailing joiner is dropped so it cannot join the next cell's character.
            var chars: [wchar_t] = [wchar_t(first.value)]
            for s in scalars.dropFirst() {
                guard chars.count < Int(CCHARW_MAX), mustdo_wcwidth(wchar_t(s.value)) == 0 else { break }
                chars.append(wchar_t(s.value))
            }
            while chars.count > 1, chars.last == 0x200D { chars.removeLast() }
            put(chars, x: x, y: y, attrs: attrs, pair: pair)
        } else if width == 2 && firstWidth == 1 {
            // Two one-column pieces: a flag's two regional indicators, or a text emoji and a space.
            put([wchar_t(first.value)], x: x, y: y, attrs: attrs, pair: pair)
            let second = scalars.dropFirst().first { mustdo_wcwidth(wchar_t($0.value)) == 1 }
            put([wchar_t(second?.value ?? 0x20)], x: x + 1, y: y, attrs: attrs, pair: pair)
        } else if width == 2 {
            put([0xFF1F], x: x, y: y, attrs: attrs, pair: pair)  // "？", two columns everywhere
        } else {
            put([0x3F], x: x, y: y, attrs: attrs, pair: pair)
        }
    }

    private func put(_ chars: [wchar_t], x: Int, y: Int, attrs: attr_t, pair: Int32) {
        var terminated = chars
        terminated.append(0)
        _ = terminated.withUnsafeBufferPointer {
            mustdo_put_cell(window, Int32(y), Int32(x), $0.baseAddress, attrs, pair)
        }
    }

    // MARK: input

    /// Waits up to `timeoutMilliseconds` (negative: for ever) for a key, mouse action or resize,
    /// polling at least every 100 ms for SIGTERM/SIGHUP/SIGINT, which return `.terminate`.
    public func readEvent(timeoutMilliseconds: Int) -> KeyEvent? {
        guard !isShutDown else { return nil }
        if let e = pendingEvent {
            pendingEvent = nil
            return e
        }
        let deadline = NcursesTerminal.now() + Int64(max(timeoutMilliseconds, 0))
        while true {
            if TerminationSignal.caught != nil { return .terminate }
            let remaining = timeoutMilliseconds < 0 ? 100 : Int(deadline - NcursesTerminal.now())
            wtimeout(window, Int32(min(max(remaining, 0), 100)))
            var code: UInt32 = 0
            let kind = mustdo_get_wch(window, &code)
            if TerminationSignal.caught != nil { return .terminate }
            if kind >= 0, let event = translate(kind: kind, code: code) {
                return event
            }
            if kind < 0 {
                // With its terminal gone (the pty closed, and no SIGHUP reached us: another session, a lost
                // signal), get_wch fails at once and this loop would spin at full speed forever. End as on SIGHUP.
                if NcursesTerminal.inputHungUp() { return .terminate }
                if timeoutMilliseconds >= 0, NcursesTerminal.now() >= deadline { return nil }
            }
        }
    }

    /// Whether a terminating signal is pending or the terminal is gone.
    public var terminationRequested: Bool { TerminationSignal.caught != nil || NcursesTerminal.inputHungUp() }

    /// Whether standard input (the terminal curses reads) has hung up or is no longer valid.
    private static func inputHungUp() -> Bool {
        var p = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&p, 1, 0) >= 0 else { return false }
        return p.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    private func translate(kind: Int32, code: UInt32) -> KeyEvent? {
        if kind == 1 {
            let key = Int32(bitPattern: code)
            if key == KEY_RESIZE {
                var rows: Int32 = 0, cols: Int32 = 0
                mustdo_size(&rows, &cols)
                size = (Int(cols), Int(rows))
                previous = nil
                mustdo_clear_on_next_refresh()
                return .resize(width: size.width, height: size.height)
            }
            if key == KEY_MOUSE {
                var x: Int32 = 0, y: Int32 = 0, mkind: Int32 = 0, button: Int32 = 0
                guard mustdo_get_mouse(&x, &y, &mkind, &button) == 0 else { return nil }
                let kinds: [MouseEvent.Kind] = [.press, .release, .wheelUp, .wheelDown]
                guard mkind >= 0, Int(mkind) < kinds.count else { return nil }
                return .mouse(MouseEvent(x: Int(x), y: Int(y), kind: kinds[Int(mkind)], button: Int(button)))
            }
            return NcursesKeyTranslator.event(forKeyCode: key)
        }
        if code == 0x1B {
            // Escape followed at once by another key is Alt with that key.
            wtimeout(window, 0)
            var next: UInt32 = 0
            let nextKind = mustdo_get_wch(window, &next)
            if nextKind < 0 { return .escape }
            guard let inner = translate(kind: nextKind, code: next) else { return .escape }
            switch inner {
            case .resize, .mouse, .terminate, .alt:
                pendingEvent = inner
                return .escape
            default:
                return .alt(inner)
            }
        }
        return NcursesKeyTranslator.event(forCharacter: code)
    }

    private static func now() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int64(ts.tv_sec) * 1000 + Int64(ts.tv_nsec) / 1_000_000
    }

    // MARK: lifecycle

    /// Leaves curses mode so another program (e.g. `$EDITOR`) can use the terminal.
    public func suspend() {
        guard !isShutDown, !isSuspended else { return }
        _ = def_prog_mode()
        _ = endwin()
        isSuspended = true
    }

    /// Returns to curses mode after `suspend()` and repaints the whole screen. A Ctrl-C typed
    /// into the other program is forgotten; SIGTERM and SIGHUP still end the app.
    public func resume() {
        guard !isShutDown, isSuspended else { return }
        if TerminationSignal.caught == SIGINT { TerminationSignal.clear() }
        isSuspended = false
        _ = reset_prog_mode()
        mustdo_clear_on_next_refresh()
        _ = wnoutrefresh(window)
        _ = doupdate()
    }

    /// Restores the terminal (leaves the alternate screen, shows the cursor, echo back on) and the
    /// default signal actions. Safe to call more than once.
    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        _ = curs_set(1)
        _ = endwin()
        delscreen(screen)
        TerminationSignal.uninstall()
        TerminationSignal.clear()
    }
}

extension String {
    fileprivate func replacingDashes() -> String { String(filter { $0 != "-" && $0 != "_" }) }
}
