import Foundation
import MustDoCore
import Testing
import TerminalUI
@testable import MustDoApp

/// The repo's top-level themes/ folder, found by walking up from this file to a folder with Package.swift and themes/.
private let repoThemes: String = {
    var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while dir.path != "/" {
        let themes = dir.appendingPathComponent("themes/default.toml").path
        if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path),
           FileManager.default.fileExists(atPath: themes) {
            return dir.appendingPathComponent("themes").path
        }
        dir = dir.deletingLastPathComponent()
    }
    return "themes"
}()

private let shippedNames = ["default", "gruvbox", "high-contrast", "light", "mono", "solarized-dark"]

/// A fresh folder under /tmp, removed when released.
private final class Scratch {
    let path: String
    init() {
        path = NSTemporaryDirectory() + "mustdo-theme-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    @discardableResult func write(_ relative: String, _ text: String) -> String {
        let file = path + "/" + relative
        try! FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try! text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }
    func mkdir(_ relative: String) {
        try! FileManager.default.createDirectory(atPath: path + "/" + relative, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// The (line, key) of the configInvalid error `body` throws.
private func failure(_ body: () throws -> Void) -> (file: String, line: Int, key: String, problem: String)? {
    do {
        try body()
        Issue.record("expected a configInvalid error")
        return nil
    } catch let MustDoError.configInvalid(file, line, key, problem) {
        return (file, line, key, problem)
    } catch {
        Issue.record("unexpected error \(error)")
        return nil
    }
}

private func parse(_ text: String) throws -> Theme {
    try Theme(text: text, file: "t.toml", name: "t")
}

private let stateRoles: [ThemeRole] = [.itemOpen, .itemDone, .itemSkipped, .itemMissed, .itemOverdue, .itemSelected]

private func colours(of style: Style) -> [Color] { [style.fg, style.bg] }

@Suite struct ThemeRoleTests {
    @Test func fileKeysAreSnakeCaseAndRoundTrip() {
        #expect(ThemeRole.itemDone.fileKey == "item_done")
        #expect(ThemeRole.itemSelectedUnfocused.fileKey == "item_selected_unfocused")
        #expect(ThemeRole.background.fileKey == "background")
        for role in ThemeRole.allCases { #expect(ThemeRole(fileKey: role.fileKey) == role) }
        #expect(ThemeRole(fileKey: "Item-Done") == .itemDone)
        #expect(ThemeRole(fileKey: "itemDone") == nil)
        #expect(ThemeRole.allCases.count == 27)
    }
}

@Suite struct ShippedThemeTests {
    private let catalog = ThemeCatalog(userDirectory: "/nonexistent/user/themes", shippedDirectories: [repoThemes])

    @Test func allSixAreShipped() {
        #expect(catalog.available().map(\.name) == shippedNames)
        #expect(catalog.available().allSatisfy { $0.source == "shipped" })
    }

    @Test(arguments: shippedNames)
    func parsesAndKeepsStatesApart(name: String) throws {
        let theme = try catalog.load(name)
        #expect(theme.name == name)
        let styles = stateRoles.map { theme.style($0) }
        #expect(Set(styles).count == stateRoles.count, "item states look alike in \(name)")
        #expect(theme.style(.paneBorder) != theme.style(.paneBorderFocused))
        #expect(theme.style(.itemSelected) != theme.style(.itemSelectedUnfocused))
        #expect(theme.style(.tabActive) != theme.style(.tabInactive))
        #expect(theme.style(.progressFilled) != theme.style(.progressEmpty))
    }

    @Test(arguments: shippedNames)
    func withoutColourStatesStayApartAndSelectedIsReversed(name: String) throws {
        let theme = try catalog.load(name).adapted(colorCount: 256, noColor: true)
        for role in ThemeRole.allCases {
            #expect(colours(of: theme.style(role)) == [.default, .default], "\(name).\(role) keeps a colour")
        }
        #expect(Set(stateRoles.map { theme.style($0) }).count == stateRoles.count, "item states look alike in \(name) without colour")
        #expect(theme.style(.itemSelected).attrs.contains(.reverse))
        #expect(theme.style(.itemSelectedUnfocused) != .plain)
        #expect(theme.style(.paneBorder) != theme.style(.paneBorderFocused))
    }

    @Test(arguments: shippedNames, [8, 16])
    func fewColoursUseOnlyBasicColoursAndKeepTextReadable(name: String, count: Int) throws {
        let original = try catalog.load(name)
        let theme = original.adapted(colorCount: count, noColor: false)
        for role in ThemeRole.allCases {
            let style = theme.style(role)
            for c in colours(of: style) {
                if case .indexed(let i) = c { #expect(Int(i) < count, "\(name).\(role) uses \(i)") }
                if case .rgb = c { Issue.record("\(name).\(role) keeps RGB") }
            }
            let before = original.style(role)
            if style.fg != .default, before.fg != before.bg {
                #expect(style.fg != style.bg, "\(name).\(role): text vanishes into its background")
            }
        }
        #expect(Set(stateRoles.map { theme.style($0) }).count == stateRoles.count, "item states look alike in \(name) with \(count) colours")
        #expect(theme.style(.itemSelected) != theme.style(.itemSelectedUnfocused))
        #expect(theme.style(.paneBorder) != theme.style(.paneBorderFocused))
    }

    @Test func defaultFileIsTheFallback() throws {
        let file = try catalog.load("default")
        for role in ThemeRole.allCases { #expect(file.style(role) == Theme.fallback.style(role), "default.toml differs at \(role)") }
        #expect(Theme.fallback.name == "default")
    }

    @Test func monoFileHasNoColoursAndIsTheMonochromeLook() throws {
        let mono = try catalog.load("mono")
        let text = try String(contentsOfFile: repoThemes + "/mono.toml", encoding: .utf8)
        #expect(!text.contains("fg") && !text.contains("bg") && !text.contains("[colors]"))
        for role in ThemeRole.allCases {
            #expect(colours(of: mono.style(role)) == [.default, .default])
            #expect(mono.style(role) == Theme.monochrome.style(role), "mono.toml differs at \(role)")
        }
    }

    @Test func highContrastIsBrightBoldAndReverse() throws {
        let hc = try catalog.load("high-contrast")
        #expect(hc.style(.itemSelected).attrs.contains(.reverse))
        #expect(hc.style(.itemOverdue).attrs.contains(.bold))
        for role in [ThemeRole.itemOpen, .itemDone, .itemMissed, .itemOverdue, .header] {
            let fg = hc.style(role).fg
            guard case .indexed(let i) = fg else { Issue.record("\(role) fg \(fg)"); continue }
            #expect(i >= 8 || role == .header, "\(role) is not a bright colour")
        }
    }
}

@Suite struct ThemeFileTests {
    @Test func readsColoursPaletteAndAttributes() throws {
        let theme = try parse("""
        [colors]
        accent = "#5fafff"
        Red = "#dc322f"
        [roles.header]
        fg = "black"
        bg = "accent"
        attrs = ["bold", "underline"]
        [roles.item_done]
        fg = 208
        bg = "17"
        attrs = "dim"
        [roles.item_missed]
        fg = "red"
        [roles.due]
        fg = "bright-blue"
        bg = "default"
        attrs = []
        """)
        #expect(theme.style(.header) == Style(fg: .indexed(0), bg: .rgb(0x5f, 0xaf, 0xff), attrs: [.bold, .underline]))
        #expect(theme.style(.itemDone) == Style(fg: .indexed(208), bg: .indexed(17), attrs: .dim))
        #expect(theme.style(.itemMissed).fg == .rgb(0xdc, 0x32, 0x2f), "a [colors] name wins over a built-in one")
        #expect(theme.style(.due) == Style(fg: .indexed(12)))
    }

    @Test func missingRolesComeFromTheFallbackAndNamedRolesAreTakenAsWritten() throws {
        let theme = try parse("[roles.header]\nfg = \"red\"\n")
        #expect(theme.style(.header) == Style(fg: .indexed(1)))
        for role in ThemeRole.allCases where role != .header {
            #expect(theme.style(role) == Theme.fallback.style(role))
        }
        let empty = try parse("# nothing\n")
        for role in ThemeRole.allCases { #expect(empty.style(role) == Theme.fallback.style(role)) }
    }

    @Test func everyRoleIsLaidOverTheBackground() throws {
        let theme = try parse("""
        [roles.background]
        fg = "#839496"
        bg = "#002b36"
        [roles.item_done]
        fg = "green"
        [roles.item_selected]
        fg = "black"
        bg = "cyan"
        """)
        #expect(theme.style(.itemDone) == Style(fg: .indexed(2), bg: .rgb(0, 0x2b, 0x36)))
        #expect(theme.style(.itemSelected) == Style(fg: .indexed(0), bg: .indexed(6)))
        #expect(theme.ownStyle(.itemDone) == Style(fg: .indexed(2)))
        #expect(theme.style(.itemOpen) == Style(fg: .rgb(0x83, 0x94, 0x96), bg: .rgb(0, 0x2b, 0x36)))
    }

    @Test func badColourNamesFileLineAndKey() {
        let f = failure { _ = try Theme(text: "[roles.item_done]\nattrs = [\"dim\"]\nfg = \"purpel\"\n", file: "/x/mine.toml", name: "mine") }
        #expect(f?.file == "/x/mine.toml")
        #expect(f?.line == 3)
        #expect(f?.key == "roles.item_done.fg")
        #expect(f?.problem.contains("'purpel' is not a colour") == true)
        let hex = failure { _ = try parse("\n\n[roles.header]\nbg = \"#12345\"\n") }
        #expect(hex?.line == 4 && hex?.key == "roles.header.bg")
        let big = failure { _ = try parse("[roles.header]\nfg = 300\n") }
        #expect(big?.line == 2 && big?.key == "roles.header.fg")
        let palette = failure { _ = try parse("[colors]\naccent = \"#5fafff\"\nwarm = \"orangey\"\n") }
        #expect(palette?.line == 3 && palette?.key == "colors.warm")
    }

    @Test func unknownRoleNamesItsHeaderLine() {
        let f = failure { _ = try parse("[roles.header]\nfg = \"red\"\n\n[roles.item_finished]\nfg = \"green\"\n") }
        #expect(f?.line == 4)
        #expect(f?.key == "roles.item_finished")
        #expect(f?.problem.contains("item_done") == true, "the problem lists the known roles")
    }

    @Test func wrongTypesAreReported() {
        let bool = failure { _ = try parse("[roles.header]\nfg = true\n") }
        #expect(bool?.line == 2 && bool?.key == "roles.header.fg")
        let attrs = failure { _ = try parse("[roles.header]\nfg = \"red\"\nattrs = 5\n") }
        #expect(attrs?.line == 3 && attrs?.key == "roles.header.attrs")
        let attrEntry = failure { _ = try parse("[roles.header]\nattrs = [\"bold\", 1]\n") }
        #expect(attrEntry?.line == 2 && attrEntry?.key == "roles.header.attrs")
        let notTable = failure { _ = try parse("[roles]\nheader = \"red\"\n") }
        #expect(notTable?.line == 2 && notTable?.key == "roles.header")
        let roles = failure { _ = try parse("roles = 3\n") }
        #expect(roles?.line == 1 && roles?.key == "roles")
    }

    @Test func badAttributeAndUnknownKeys() {
        let attr = failure { _ = try parse("[roles.item_overdue]\nfg = \"red\"\nattrs = [\"bold\", \"blod\"]\n") }
        #expect(attr?.line == 3 && attr?.key == "roles.item_overdue.attrs")
        #expect(attr?.problem.contains("'blod' is not an attribute") == true)
        let field = failure { _ = try parse("[roles.header]\nfg = \"red\"\nforeground = \"blue\"\n") }
        #expect(field?.line == 3 && field?.key == "roles.header.foreground")
        let section = failure { _ = try parse("name = \"x\"\n[roles.header]\nfg = \"red\"\n") }
        #expect(section?.line == 1 && section?.key == "name")
        let table = failure { _ = try parse("[roles.header]\nfg = \"red\"\n[style]\nx = 1\n") }
        #expect(table?.line == 3 && table?.key == "style")
    }

    @Test func tomlSyntaxErrorGivesItsLine() {
        let f = failure { _ = try parse("[roles.header]\nfg = \"red\"\nbg = \"blue\n") }
        #expect(f?.key == "TOML")
        #expect(f?.line == 3)
        let dup = failure { _ = try parse("[roles.header]\nfg = \"red\"\n\n[roles.header]\nfg = \"blue\"\n") }
        #expect(dup?.key == "TOML" && dup?.line == 4)
    }

    @Test func linesAreFoundWhateverTheLayout() {
        let commented = failure { _ = try parse("[roles.header]   # the title bar\nfg = \"red\"  # red\nbg = \"nope\" # bad\n") }
        #expect(commented?.line == 3 && commented?.key == "roles.header.bg")
        let inline = failure { _ = try parse("[roles]\nheader = { fg = \"red\" }\nitem_done = { fg = \"nope\" }\n") }
        #expect(inline?.line == 3 && inline?.key == "roles.item_done.fg")
        let dotted = failure { _ = try parse("[roles]\nheader.fg = \"red\"\nheader.bg = \"nope\"\n") }
        #expect(dotted?.line == 3 && dotted?.key == "roles.header.bg")
        let spaced = failure { _ = try parse("[ roles . \"item_done\" ]\nfg = \"nope\"\n") }
        #expect(spaced?.line == 2 && spaced?.key == "roles.item_done.fg")
        let first = failure { _ = try parse("[roles.due]\nfg = \"nope\"\n[roles.count]\nfg = \"nope\"\n") }
        #expect(first?.line == 2 && first?.key == "roles.due.fg", "the first problem in the file is reported")
    }
}

@Suite struct ThemeAdaptationTests {
    private let rgbTheme = Theme(name: "rgb", styles: [
        .background: Style(),
        .header: Style(fg: .rgb(0, 0, 0), bg: .rgb(0x5f, 0xaf, 0xff), attrs: .bold),
        .itemDone: Style(fg: .rgb(0x85, 0x99, 0x00)),
        .itemMissed: Style(fg: .indexed(196)),
        .itemSelected: Style(fg: .rgb(0, 0, 0), bg: .rgb(0x2a, 0xa1, 0x98)),
        .itemSelectedUnfocused: Style(fg: .indexed(7), bg: .indexed(8)),
    ])

    @Test func eightColoursMapRGBToABasicColour() {
        let t = rgbTheme.adapted(colorCount: 8, noColor: false)
        guard case .indexed(let bg) = t.style(.header).bg else { Issue.record("header bg not indexed"); return }
        #expect(bg < 8)
        #expect(t.style(.header).bg == .indexed(UInt8(Color.rgb(0x5f, 0xaf, 0xff).paletteIndex(colorCount: 8)!)))
        #expect(t.style(.header).attrs == .bold)
        #expect(t.style(.itemMissed).fg == .indexed(UInt8(Color.indexed(196).paletteIndex(colorCount: 8)!)))
        for role in ThemeRole.allCases {
            for c in colours(of: t.style(role)) {
                if case .indexed(let i) = c { #expect(i < 8) } else { #expect(c == .default) }
            }
        }
    }

    @Test func textThatWouldVanishTurnsBlackOrWhite() {
        // Grey becomes white on an 8-colour terminal, the same as the white text on it; the text turns black.
        let t = rgbTheme.adapted(colorCount: 8, noColor: false)
        #expect(t.style(.itemSelectedUnfocused).bg == .indexed(7))
        #expect(t.style(.itemSelectedUnfocused).fg == .indexed(0))
        let same = Theme(name: "s", styles: [.itemSelected: Style(fg: .indexed(4), bg: .indexed(4))]).adapted(colorCount: 8, noColor: false)
        #expect(same.style(.itemSelected).fg == .indexed(4), "a colour the theme chose equal is left alone")
        let dark = Theme(name: "d", styles: [.background: Style(fg: .rgb(0x83, 0x94, 0x96), bg: .rgb(0, 0x2b, 0x36)),
                                            .itemSkipped: Style(fg: .rgb(0x1c, 0x1c, 0x1c))])
            .adapted(colorCount: 8, noColor: false)
        #expect(dark.style(.itemSkipped).bg == .indexed(0))
        #expect(dark.style(.itemSkipped).fg == .indexed(7))
    }

    @Test func eightColoursKeepGreysGrey() {
        let dark = Theme(name: "d", styles: [.paneBorder: Style(fg: .indexed(8)), .dim: Style(fg: .rgb(0x58, 0x58, 0x58)),
                                            .error: Style(fg: .indexed(9)), .count: Style(fg: .indexed(15))])
            .adapted(colorCount: 8, noColor: false)
        #expect(dark.style(.paneBorder) == Style(fg: .indexed(7), attrs: .dim))
        #expect(dark.style(.dim) == Style(fg: .indexed(7), attrs: .dim))
        #expect(dark.style(.error) == Style(fg: .indexed(1)))
        #expect(dark.style(.count) == Style(fg: .indexed(7)))
        let light = Theme(name: "l", styles: [.itemOpen: Style(fg: .indexed(0)), .dim: Style(fg: .rgb(0x8a, 0x8a, 0x8a))])
            .adapted(colorCount: 8, noColor: false)
        #expect(light.style(.dim) == Style(fg: .indexed(0), attrs: .dim), "grey text on a light terminal turns black, not white")
        let painted = Theme(name: "p", styles: [.background: Style(fg: .rgb(0x83, 0x94, 0x96), bg: .rgb(0, 0x2b, 0x36))])
            .adapted(colorCount: 8, noColor: false)
        #expect(painted.style(.background) == Style(fg: .indexed(7), bg: .indexed(0)), "grey body text is not dimmed")
        #expect(!painted.style(.itemOpen).attrs.contains(.dim))
    }

    @Test func sixteenAnd256Colours() {
        let sixteen = rgbTheme.adapted(colorCount: 16, noColor: false)
        if case .indexed(let i) = sixteen.style(.itemDone).fg { #expect(i < 16) } else { Issue.record("not indexed") }
        let t256 = rgbTheme.adapted(colorCount: 256, noColor: false)
        #expect(t256.style(.header).bg == .indexed(75))          // #5fafff is cube colour 75
        #expect(t256.style(.itemMissed).fg == .indexed(196))    // palette indexes stay
        #expect(t256.style(.itemSelectedUnfocused) == Style(fg: .indexed(7), bg: .indexed(8)))
        let direct = rgbTheme.adapted(colorCount: 1 << 24, noColor: false)
        #expect(direct.style(.header) == rgbTheme.style(.header))
    }

    @Test func noColourKeepsAttributesAndShowsBarsInReverse() {
        let t = rgbTheme.adapted(colorCount: 256, noColor: true)
        for role in ThemeRole.allCases { #expect(colours(of: t.style(role)) == [.default, .default]) }
        #expect(t.style(.header).attrs == [.bold, .reverse])
        #expect(t.style(.itemSelected).attrs.contains(.reverse))
        #expect(t.style(.itemDone).attrs == Theme.monochrome.style(.itemDone).attrs, "colour-only roles borrow the mono look")
        #expect(t.style(.itemMissed).attrs == .underline)
        #expect(rgbTheme.adapted(colorCount: 2, noColor: false).style(.header).bg == .default, "under 8 colours is no colour")
        let boldOnly = Theme(name: "b", styles: [.itemSelected: Style(attrs: .bold)]).adapted(colorCount: 8, noColor: true)
        #expect(boldOnly.style(.itemSelected).attrs == [.bold, .reverse])
    }
}

@Suite struct ThemeCatalogTests {
    @Test func userThemesShadowShippedOnesAndAllAreSorted() throws {
        let tmp = Scratch()
        tmp.write("user/light.toml", "[roles.header]\nfg = \"magenta\"\n")
        tmp.write("user/zz-mine.toml", "")
        tmp.write("user/notes.txt", "not a theme")
        tmp.write("user/.hidden.toml", "")
        tmp.mkdir("user/dir.toml")
        tmp.write("a/light.toml", "[roles.header]\nfg = \"green\"\n")
        tmp.write("a/default.toml", "")
        tmp.write("b/default.toml", "[roles.header]\nfg = \"red\"\n")
        tmp.write("b/aa.toml", "")
        let catalog = ThemeCatalog(userDirectory: tmp.path + "/user", shippedDirectories: [tmp.path + "/a", tmp.path + "/b", "/nonexistent"])
        let list = catalog.available()
        #expect(list.map(\.name) == ["aa", "default", "light", "zz-mine"])
        #expect(list.map(\.source) == ["shipped", "shipped", "user", "user"])
        #expect(list[1].path == tmp.path + "/a/default.toml")
        #expect(list[2].path == tmp.path + "/user/light.toml")
        #expect(try catalog.load("light").style(.header).fg == .indexed(5))
        #expect(try catalog.load("Light").name == "light")
    }

    @Test func unknownNameListsTheAvailableOnes() {
        let catalog = ThemeCatalog(userDirectory: "/nonexistent", shippedDirectories: [repoThemes])
        let f = failure { _ = try catalog.load("solarized") }
        #expect(f?.file == "--theme" && f?.key == "theme" && f?.line == 0)
        #expect(f?.problem == "no theme named 'solarized' (available: \(shippedNames.joined(separator: ", ")))")
        let fromConfig = failure { _ = try catalog.load("nope", requestedIn: "/home/u/.config/mustdo/config.toml", line: 4) }
        #expect(fromConfig?.file == "/home/u/.config/mustdo/config.toml" && fromConfig?.line == 4)
    }

    @Test func brokenFileGivesItsParseError() {
        let tmp = Scratch()
        let path = tmp.write("user/mine.toml", "[roles.header]\nfg = \"nope\"\n")
        tmp.write("user/latin1.toml", "")
        try! Data([0x5b, 0xff, 0x5d]).write(to: URL(fileURLWithPath: tmp.path + "/user/latin1.toml"))
        let catalog = ThemeCatalog(userDirectory: tmp.path + "/user", shippedDirectories: [])
        let f = failure { _ = try catalog.load("mine") }
        #expect(f?.file == path && f?.line == 2 && f?.key == "roles.header.fg")
        let latin = failure { _ = try catalog.load("latin1") }
        #expect(latin?.key == "file" && latin?.problem == "the file is not UTF-8 text")
    }

    @Test func defaultWithoutAnyFileIsTheBuiltInLook() throws {
        let catalog = ThemeCatalog(userDirectory: "/nonexistent", shippedDirectories: ["/nonexistent/too"])
        #expect(catalog.available().map(\.source) == ["built-in"])
        let theme = try catalog.load("default")
        for role in ThemeRole.allCases { #expect(theme.style(role) == Theme.fallback.style(role)) }
    }

    @Test func loadsAPathDirectly() throws {
        let tmp = Scratch()
        let path = tmp.write("elsewhere/my theme.toml", "[roles.due]\nfg = \"cyan\"\n")
        let catalog = ThemeCatalog(userDirectory: "/nonexistent", shippedDirectories: [])
        let theme = try catalog.load(path)
        #expect(theme.name == "my theme" && theme.style(.due).fg == .indexed(6))
        let missing = failure { _ = try catalog.load(tmp.path + "/gone.toml") }
        #expect(missing?.key == "file" && missing?.problem == "the file does not exist")
    }

    @Test func shippedDirectoriesInOrder() {
        let dirs = ThemeCatalog.shippedDirectories(executableDirectory: "/opt/mustdo/bin/",
                                                   environment: ["MUSTDO_THEMES": "/a/themes:/b/themes/"])
        #expect(dirs == ["/a/themes", "/b/themes", "/opt/mustdo/share/mustdo/themes", "/opt/mustdo/bin/themes"])
        #expect(ThemeCatalog.shippedDirectories(executableDirectory: "/usr/bin", environment: ["MUSTDO_THEMES": ""])
                == ["/usr/share/mustdo/themes", "/usr/bin/themes"])
    }

    @Test func developmentBuildFindsTheRepoThemes() {
        let repo = (repoThemes as NSString).deletingLastPathComponent
        for exe in [repo + "/.build/debug", repo + "/.build/x86_64-unknown-linux-gnu/release"] {
            let dirs = ThemeCatalog.shippedDirectories(executableDirectory: exe, environment: [:])
            #expect(dirs.last == repoThemes, "from \(exe): \(dirs)")
            let catalog = ThemeCatalog(userDirectory: "/nonexistent", shippedDirectories: dirs)
            #expect(catalog.available().map(\.name) == shippedNames)
        }
        let tmp = Scratch()
        tmp.write("proj/Package.swift", "// swift-tools-version:6.0\n")
        tmp.write("proj/themes/x.toml", "")
        tmp.mkdir("proj/.build/aarch64-unknown-linux-gnu/debug")
        let dirs = ThemeCatalog.shippedDirectories(executableDirectory: tmp.path + "/proj/.build/aarch64-unknown-linux-gnu/debug", environment: [:])
        #expect(dirs.last == tmp.path + "/proj/themes")
        let installed = ThemeCatalog.shippedDirectories(executableDirectory: tmp.path + "/proj/bin", environment: [:])
        #expect(!installed.contains(tmp.path + "/proj/themes"), "only a build inside .build looks for Package.swift")
    }

    @Test func reportMarksTheCurrentThemeAndBrokenFiles() {
        let tmp = Scratch()
        tmp.write("user/mine.toml", "[roles.header]\nfg = \"nope\"\n")
        tmp.write("user/我的.toml", "")
        tmp.write("shipped/default.toml", "")
        tmp.write("shipped/light.toml", "")
        let catalog = ThemeCatalog(userDirectory: tmp.path + "/user", shippedDirectories: [tmp.path + "/shipped"])
        let en = catalog.report(current: "light", language: .en)
        #expect(en == """
          default  shipped  \(tmp.path)/shipped/default.toml
        * light    shipped  \(tmp.path)/shipped/light.toml
          mine     user     \(tmp.path)/user/mine.toml  (broken: line 2, roles.header.fg: 'nope' is not a colour: use a name such as red or bright-blue, 0–255, #rrggbb or "default")
          我的     user     \(tmp.path)/user/我的.toml
        Put your own themes in \(tmp.path)/user/<name>.toml.

        """)
        let zh = catalog.report(current: "gone", language: .zh)
        #expect(zh.contains("  light    自带  \(tmp.path)/shipped/light.toml\n"))
        #expect(zh.contains("(损坏:第 2 行 roles.header.fg:"))
        #expect(zh.contains("配置的主题“gone”不存在"))
        #expect(!zh.contains("* "))
        let byPath = catalog.report(current: tmp.path + "/user/mine.toml", language: .en)
        #expect(byPath.contains("\n* \(tmp.path)/user/mine.toml  file     \(tmp.path)/user/mine.toml  (broken: line 2, "))
        #expect(!byPath.contains("does not exist"))
        let builtIn = ThemeCatalog(userDirectory: "/none", shippedDirectories: []).report(current: "default", language: .en)
        #expect(builtIn.hasPrefix("* default  built-in  (compiled in)\n"))
    }
}
