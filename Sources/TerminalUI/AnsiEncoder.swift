/// Turns cell runs into ANSI/VT100 escape sequences (cursor moves, SGR colours, UTF-8 text).
///
/// Used to measure what a frame costs without a terminal, and to print styled text to a pipe.
public enum AnsiEncoder {
    /// The bytes that write `runs`: one cursor move per run, an SGR when the style changes.
    public static func encode(_ runs: [CellRun]) -> String {
        var out = ""
        var style: Style?
        var cursor: Point?
        for run in runs {
            if cursor != Point(x: run.x, y: run.y) {
                out += "\u{1B}[\(run.y + 1);\(run.x + 1)H"
            }
            if style != run.style {
                out += sgr(run.style)
                style = run.style
            }
            out += run.text
            cursor = Point(x: run.x + run.width, y: run.y)
        }
        if style != nil && style != .plain { out += "\u{1B}[0m" }
        return out
    }

    /// The Select Graphic Rendition sequence that sets exactly `style` (starting from a reset).
    public static func sgr(_ style: Style) -> String {
        var codes = ["0"]
        let attrs: [(Attributes, String)] = [(.bold, "1"), (.dim, "2"), (.italic, "3"), (.underline, "4"),
                                             (.blink, "5"), (.reverse, "7")]
        for (a, code) in attrs where style.attrs.contains(a) { codes.append(code) }
        codes += colorCodes(style.fg, base: 30)
        codes += colorCodes(style.bg, base: 40)
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    /// One line of styled text per buffer row (SGR codes only where the style changes, reset at
    /// the end of each line), e.g. to print a rendered screen to standard output.
    public static func lines(of buffer: Buffer) -> [String] {
        (0..<buffer.height).map { y in
            var line = ""
            var style = Style.plain
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                if cell.isContinuation { continue }
                if cell.style != style {
                    line += sgr(cell.style)
                    style = cell.style
                }
                line += cell.text
            }
            return style == .plain ? line : line + "\u{1B}[0m"
        }
    }

    private static func colorCodes(_ color: Color, base: Int) -> [String] {
        switch color {
        case .default:
            return []
        case .indexed(let i) where i < 8:
            return [String(base + Int(i))]
        case .indexed(let i) where i < 16:
            return [String(base + 60 + Int(i) - 8)]
        case .indexed(let i):
            return [String(base + 8), "5", String(i)]
        case .rgb(let r, let g, let b):
            return [String(base + 8), "2", String(r), String(g), String(b)]
        }
    }
}
