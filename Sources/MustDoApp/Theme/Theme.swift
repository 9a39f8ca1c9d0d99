import MustDoCore
import TOMLKit
import TerminalUI

/// A colour theme: one `Style` for every `ThemeRole`, read from a TOML file (see themes/default.toml).
public struct Theme: Sendable, Equatable {
    /// The theme's name: its file name without `.toml`.
    public var name: String
    /// Each role's own style, complete, before it is laid over `background`.
    private var styles: [ThemeRole: Style]

    /// A theme from code; roles left out take `Theme.fallback`'s style.
    public init(name: String, styles: [ThemeRole: Style]) {
        self.name = name
        self.styles = Theme.fallback.styles.merging(styles) { _, own in own }
    }

    /// A theme whose table is already complete (the built-in ones).
    private init(complete styles: [ThemeRole: Style], name: String) {
        self.name = name
        self.styles = styles
    }

    /// The style to draw `role` with: the role's own style laid over `background`'s.
    public func style(_ role: ThemeRole) -> Style {
        let own = styles[role] ?? .plain
        guard role != .background else { return own }
        return own.merged(over: styles[.background] ?? .plain)
    }

    /// The role's own style as the file gave it, not laid over `background`.
    public func ownStyle(_ role: ThemeRole) -> Style {
        styles[role] ?? .plain
    }
}

// MARK: - Built-in looks

extension Theme {
    private static func look(_ fg: UInt8? = nil, _ bg: UInt8? = nil, _ attrs: Attributes = []) -> Style {
        Style(fg: fg.map { .indexed($0) } ?? .default, bg: bg.map { .indexed($0) } ?? .default, attrs: attrs)
    }

    /// The dark default look, built in code so the screen works when no theme file can be read; themes/default.toml is the same.
    public static let fallback = Theme(complete: [
        .background: look(),
        .header: look(15, 4, .bold),
        .footer: look(),
        .footerKey: look(6, nil, .bold),
        .paneBorder: look(8),
        .paneBorderFocused: look(6, nil, .bold),
        .paneTitle: look(7),
        .paneTitleFocused: look(14, nil, .bold),
        .progressFilled: look(2),
        .progressEmpty: look(8),
        .itemOpen: look(),
        .itemDone: look(2, nil, .dim),
        .itemSkipped: look(nil, nil, [.dim, .italic]),
        .itemMissed: look(1),
        .itemOverdue: look(3, nil, .bold),
        .itemSelected: look(0, 6),
        .itemSelectedUnfocused: look(7, 8),
        .due: look(5),
        .count: look(12),
        .tabActive: look(0, 6, .bold),
        .tabInactive: look(7),
        .help: look(),
        .helpKey: look(6, nil, .bold),
        .prompt: look(6, nil, .bold),
        .message: look(2),
        .error: look(9, nil, .bold),
        .dim: look(8),
    ], name: "default")

    /// The look without colours, attributes only; themes/mono.toml is the same. `adapted(noColor:)` borrows from it.
    public static let monochrome = Theme(complete: [
        .background: look(),
        .header: look(nil, nil, [.bold, .reverse]),
        .footer: look(),
        .footerKey: look(nil, nil, .bold),
        .paneBorder: look(nil, nil, .dim),
        .paneBorderFocused: look(nil, nil, .bold),
        .paneTitle: look(),
        .paneTitleFocused: look(nil, nil, [.bold, .reverse]),
        .progressFilled: look(nil, nil, .bold),
        .progressEmpty: look(nil, nil, .dim),
        .itemOpen: look(),
        .itemDone: look(nil, nil, .dim),
        .itemSkipped: look(nil, nil, [.dim, .italic]),
        .itemMissed: look(nil, nil, .underline),
        .itemOverdue: look(nil, nil, .bold),
        .itemSelected: look(nil, nil, .reverse),
        .itemSelectedUnfocused: look(nil, nil, .underline),
        .due: look(),
        .count: look(nil, nil, .bold),
        .tabActive: look(nil, nil, [.bold, .reverse]),
        .tabInactive: look(),
        .help: look(),
        .helpKey: look(nil, nil, .bold),
        .prompt: look(nil, nil, .bold),
        .message: look(),
        .error: look(nil, nil, [.bold, .reverse]),
        .dim: look(nil, nil, .dim),
    ], name: "mono")
}

// MARK: - Adapting to the terminal

extension Theme {
    /// This theme as the terminal can show it. `noColor` (or fewer than 8 colours): colours go, attributes stay,
    /// and roles that relied on colour alone borrow `monochrome`'s attributes (the selected item always gets
    /// reverse). 16 colours: every colour becomes the nearest of the 16; 8 colours: bright colours become their
    /// basic ones, greys become black or white (grey text: dim, on the side that contrasts with what is behind it)
    /// and other colours the nearest basic hue; 256: RGB becomes the nearest palette index. When mapping makes
    /// text and background the same colour, the text turns black or white.
    public func adapted(colorCount: Int, noColor: Bool) -> Theme {
        if noColor || colorCount < 8 { return withoutColors() }
        guard colorCount <= 256 else { return self }
        var out = self
        let base = styles[.background] ?? .plain
        var mappedBase = mapped(base, colorCount: colorCount, standingOn: (base.bg, .default))
        mappedBase.attrs = base.attrs    // the body text is never dimmed, whatever grey it was
        for role in ThemeRole.allCases where role != .background {
            out.styles[role] = mapped(styles[role] ?? .plain, colorCount: colorCount, standingOn: (base.bg, mappedBase.bg))
        }
        out.styles[.background] = mappedBase
        return out
    }

    private func withoutColors() -> Theme {
        var out = self
        let baseBackground = styles[.background]?.bg ?? .default
        for role in ThemeRole.allCases {
            let own = styles[role] ?? .plain
            var attrs = own.attrs
            let hadBar = role != .background && own.bg != .default && own.bg != baseBackground
            let hadOnlyColour = own.fg != .default && own.attrs.isEmpty
            if role != .background, hadBar || hadOnlyColour {
                attrs.formUnion(Theme.monochrome.ownStyle(role).attrs)
            }
            if role == .itemSelected { attrs.insert(.reverse) }
            out.styles[role] = Style(attrs: attrs)
        }
        return out
    }

    /// `style` with its colours mapped to `colorCount`; `standingOn` is the background role's colour before and
    /// after mapping, which the text stands on when the style has no background of its own.
    private func mapped(_ style: Style, colorCount: Int, standingOn base: (original: Color, mapped: Color)) -> Style {
        let originalUnder = style.bg == .default ? base.original : style.bg
        var out = Style(attrs: style.attrs)
        if colorCount >= 16 {
            out.fg = Theme.nearest(style.fg, colorCount: colorCount)
            out.bg = Theme.nearest(style.bg, colorCount: colorCount)
        } else {
            out.bg = Theme.basic(style.bg, textOnLight: nil).color
            let lightBehind = originalUnder == .default ? expectsLightTerminal : Theme.lightness(originalUnder) >= 128
            let (fg, extra) = Theme.basic(style.fg, textOnLight: lightBehind)
            out.fg = fg
            out.attrs.formUnion(extra)
        }
        let under = style.bg == .default ? base.mapped : out.bg
        if out.fg != .default, out.fg == under, style.fg != originalUnder, case .indexed(let b) = under {
            out.fg = .indexed(Theme.contrasting(b, colorCount: colorCount))
        }
        return out
    }

    /// Whether the theme is drawn for a light terminal background: its background role's colour is light, or,
    /// with the terminal's own background, its ordinary text is dark.
    private var expectsLightTerminal: Bool {
        let base = styles[.background] ?? .plain
        if base.bg != .default { return Theme.lightness(base.bg) >= 128 }
        let text = base.fg != .default ? base.fg : (styles[.itemOpen] ?? .plain).fg
        return text != .default && Theme.lightness(text) < 128
    }

    private static func nearest(_ c: Color, colorCount: Int) -> Color {
        c.paletteIndex(colorCount: colorCount).map { .indexed(UInt8($0)) } ?? .default
    }

    /// `c` as one of the 8 basic colours. `textOnLight` is nil for a background, else whether the text stands on a
    /// light colour; grey text then becomes black or white against it, dim when it was a middle grey.
    private static func basic(_ c: Color, textOnLight: Bool?) -> (color: Color, attrs: Attributes) {
        if case .indexed(let i) = c, i < 16, i != 8 { return (.indexed(i % 8), []) }
        guard c != .default, let value = c.rgbValue else { return (.default, []) }
        let r = (value >> 16) & 0xff, g = (value >> 8) & 0xff, b = value & 0xff
        guard max(r, g, b) - min(r, g, b) < 32 else { return (nearest(c, colorCount: 8), []) }
        let level = (r + g + b) / 3
        guard let onLight = textOnLight else { return (.indexed(level < 100 ? 0 : 7), []) }
        return (.indexed(onLight ? 0 : 7), (64...210).contains(level) ? .dim : [])
    }

    /// Perceived lightness 0–255 of a colour (xterm values for palette indexes).
    private static func lightness(_ c: Color) -> Int {
        guard let v = c.rgbValue else { return 0 }
        return (299 * ((v >> 16) & 0xff) + 587 * ((v >> 8) & 0xff) + 114 * (v & 0xff)) / 1000
    }

    /// Black or white, whichever stands out more on palette colour `index`.
    private static func contrasting(_ index: UInt8, colorCount: Int) -> UInt8 {
        if lightness(.indexed(index)) >= 128 { return 0 }
        return colorCount >= 16 ? 15 : 7
    }
}

// MARK: - Reading a theme file

extension Theme {
    /// Parses a theme file's text. Roles the file leaves out are `Theme.fallback`'s; a role it names is taken as
    /// written (a missing fg/bg is the terminal's default, missing attrs none). Problems throw
    /// `MustDoError.configInvalid` naming `file`, the line and the key (such as `roles.item_done.fg`).
    public init(text: String, file: String, name: String) throws {
        let source = try TOMLSource(text: text, file: file) { line, problem in
            MustDoError.configInvalid(file: file, line: line, key: "TOML", problem: problem)
        }
        let reader = ThemeFileReader(source: source, lines: TOMLLineIndex(text: text))
        var table = Theme.fallback.styles
        for (role, style) in try reader.roles() { table[role] = style }
        self.init(complete: table, name: name)
    }
}

/// Reads the `[colors]` and `[roles.*]` tables of a parsed theme file, reporting the first problem in file order.
private struct ThemeFileReader {
    let source: TOMLSource
    let lines: TOMLLineIndex

    func fail(_ path: [String], _ problem: String) -> MustDoError {
        .configInvalid(file: source.file, line: lines.line(of: path), key: path.joined(separator: "."), problem: problem)
    }

    /// `table`'s keys in the order they appear in the file.
    func keysInFileOrder(_ table: TOMLTable, under path: [String]) -> [String] {
        table.keys.map { ($0, lines.line(of: path + [$0])) }.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.map(\.0)
    }

    func roles() throws -> [(ThemeRole, Style)] {
        let root = source.root
        for key in keysInFileOrder(root, under: []) where key != "colors" && key != "roles" {
            throw fail([key], "unknown section '\(key)' (a theme has [colors] and [roles.<role>] tables)")
        }
        let palette = try colors()
        guard let value = root["roles"] else { return [] }
        guard let roles = value.table else { throw fail(["roles"], "use tables such as [roles.header]") }
        var out: [(ThemeRole, Style)] = []
        for key in keysInFileOrder(roles, under: ["roles"]) {
            guard let role = ThemeRole(fileKey: key) else {
                let known = ThemeRole.allCases.map(\.fileKey).joined(separator: ", ")
                throw fail(["roles", key], "unknown role '\(key)' (roles: \(known))")
            }
            guard let fields = roles[key]?.table else {
                throw fail(["roles", key], "use a table [roles.\(key)] with fg, bg and attrs")
            }
            out.append((role, try style(fields, path: ["roles", key], palette: palette)))
        }
        return out
    }

    func colors() throws -> [String: Color] {
        guard let value = source.root["colors"] else { return [:] }
        guard let table = value.table else { throw fail(["colors"], "use a table [colors] of name = \"#rrggbb\" entries") }
        var palette: [String: Color] = [:]
        for key in keysInFileOrder(table, under: ["colors"]) {
            palette[key.lowercased()] = try color(table[key]!, path: ["colors", key], palette: [:])
        }
        return palette
    }

    func style(_ fields: TOMLTable, path: [String], palette: [String: Color]) throws -> Style {
        var style = Style()
        for key in keysInFileOrder(fields, under: path) {
            let value = fields[key]!
            switch key {
            case "fg": style.fg = try color(value, path: path + [key], palette: palette)
            case "bg": style.bg = try color(value, path: path + [key], palette: palette)
            case "attrs": style.attrs = try attributes(value, path: path + [key])
            default: throw fail(path + [key], "unknown key '\(key)' (use fg, bg and attrs)")
            }
        }
        return style
    }

    func color(_ value: TOMLValueConvertible, path: [String], palette: [String: Color]) throws -> Color {
        if let n = value.int {
            guard (0...255).contains(n) else { throw fail(path, "\(n) is not a palette index: use 0–255") }
            return .indexed(UInt8(n))
        }
        guard let text = value.string else {
            throw fail(path, "use a colour as a string, such as \"red\", \"208\" or \"#5fafff\"")
        }
        if let named = palette[text.lowercased()] { return named }
        if let c = Color(parsing: text) { return c }
        let names = palette.isEmpty ? "" : ", a name from [colors] (\(palette.keys.sorted().joined(separator: ", ")))"
        throw fail(path, "'\(text)' is not a colour: use a name such as red or bright-blue, 0–255, #rrggbb\(names) or \"default\"")
    }

    func attributes(_ value: TOMLValueConvertible, path: [String]) throws -> Attributes {
        let names: [TOMLValueConvertible]
        if let array = value.array { names = Array(array) } else if value.string != nil { names = [value] } else {
            throw fail(path, "use a list such as [\"bold\", \"underline\"]")
        }
        var attrs: Attributes = []
        for entry in names {
            guard let name = entry.string else { throw fail(path, "use a list of attribute names such as [\"bold\", \"underline\"]") }
            guard let a = Attributes.named(name.trimmingCharacters(" ")) else {
                let known = Attributes.allNamed.map(\.name).joined(separator: ", ")
                throw fail(path, "'\(name)' is not an attribute: use \(known)")
            }
            attrs.formUnion(a)
        }
        return attrs
    }
}

extension String {
    /// This string without leading and trailing `c`.
    fileprivate func trimmingCharacters(_ c: Character) -> String {
        String(drop(while: { $0 == c }).reversed().drop(while: { $0 == c }).reversed())
    }
}

/// Finds the line of a dotted key in TOML text, however it is written: under a `[table]` header (comments,
/// spaces and quotes allowed), as a dotted key or inside an inline table on the line of its parent key.
struct TOMLLineIndex {
    /// Each line without its comment, as (is a header, normalised header name or key path before `=`).
    private let entries: [(isHeader: Bool, key: String)]

    /// Indexes `text`.
    init(text: String) {
        entries = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { raw in
            let code = TOMLLineIndex.withoutComment(raw)
            let compact = String(code.filter { $0 != " " && $0 != "\t" && $0 != "\r" })
            if compact.hasPrefix("[") {
                let inner = compact.drop(while: { $0 == "[" }).prefix(while: { $0 != "]" })
                return (true, String(inner.filter { $0 != "\"" && $0 != "'" }))
            }
            let key = code.prefix(while: { $0 != "=" })
            return (false, String(key.filter { $0 != " " && $0 != "\t" && $0 != "\"" && $0 != "'" }))
        }
    }

    /// The 1-based line of the dotted `path`: a header named so, or the key inside the nearest enclosing table
    /// that has it; else the line of the deepest enclosing header found; 0 when nothing matches.
    func line(of path: [String]) -> Int {
        let full = path.joined(separator: ".")
        if let header = entries.firstIndex(where: { $0.isHeader && $0.key == full }) { return header + 1 }
        var fallback = 0
        for split in stride(from: path.count - 1, through: 0, by: -1) {
            let header = path[..<split].joined(separator: ".")
            let start: Int
            if split == 0 { start = -1 } else if let h = entries.firstIndex(where: { $0.isHeader && $0.key == header }) { start = h } else { continue }
            let rest = path[split...]
            for candidate in [rest.joined(separator: "."), String(rest.first!)] {
                var i = start + 1
                while i < entries.count, !entries[i].isHeader {
                    let key = entries[i].key
                    if key == candidate || key.hasPrefix(candidate + ".") { return i + 1 }
                    i += 1
                }
            }
            if fallback == 0, split > 0 { fallback = start + 1 }
        }
        return fallback
    }

    private static func withoutComment(_ line: Substring) -> Substring {
        var quote: Character?
        var escaped = false
        for i in line.indices {
            let c = line[i]
            if let q = quote {
                if escaped { escaped = false } else if c == "\\" && q == "\"" { escaped = true } else if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "#" {
                return line[..<i]
            }
        }
        return line
    }
}
