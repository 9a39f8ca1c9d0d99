import Testing
import TerminalUI

@Suite struct ColorTests {
    @Test func namedColors() {
        #expect(Color.named("red") == .indexed(1))
        #expect(Color.named("White") == .indexed(7))
        #expect(Color.named("bright-red") == .indexed(9))
        #expect(Color.named("lightblue") == .indexed(12))
        #expect(Color.named("bright_white") == .indexed(15))
        #expect(Color.named("grey") == .indexed(8))
        #expect(Color.named("gray") == .indexed(8))
        #expect(Color.named("default") == .default)
        #expect(Color.named("mauve") == nil)
    }

    @Test func parsing() {
        #expect(Color(parsing: "cyan") == .indexed(6))
        #expect(Color(parsing: "123") == .indexed(123))
        #expect(Color(parsing: "256") == nil)
        #expect(Color(parsing: "#ff8700") == .rgb(255, 135, 0))
        #expect(Color(parsing: "#FFF") == .rgb(255, 255, 255))
        #expect(Color(parsing: "#12345") == nil)
        #expect(Color(parsing: "#gg0000") == nil)
        #expect(Color(parsing: " blue ") == .indexed(4))
        #expect(Color(parsing: "") == nil)
        for c in [Color.default, .indexed(3), .indexed(12), .indexed(200), .rgb(1, 2, 255)] {
            #expect(Color(parsing: c.name) == c)
        }
    }

    @Test func paletteMapping() {
        #expect(Color.rgb(255, 0, 0).paletteIndex(colorCount: 256) == 196)
        #expect(Color.rgb(0, 0, 0).paletteIndex(colorCount: 256) == 16)
        #expect(Color.rgb(128, 128, 128).paletteIndex(colorCount: 256) == 244)
        #expect(Color.rgb(255, 10, 10).paletteIndex(colorCount: 8) == 1)
        #expect(Color.rgb(250, 250, 250).paletteIndex(colorCount: 16) == 15)
        #expect(Color.indexed(196).paletteIndex(colorCount: 8) == 1)
        #expect(Color.indexed(12).paletteIndex(colorCount: 8) == 4)
        #expect(Color.indexed(5).paletteIndex(colorCount: 8) == 5)
        #expect(Color.default.paletteIndex(colorCount: 256) == nil)
        #expect(Color.indexed(196).rgbValue == 0xFF0000)
    }

    @Test func styleMerging() {
        let base = Style(fg: .indexed(2), bg: .indexed(0), attrs: .bold)
        let top = Style(bg: .indexed(4), attrs: .underline)
        #expect(top.merged(over: base) == Style(fg: .indexed(2), bg: .indexed(4), attrs: [.bold, .underline]))
        #expect(Style.plain.merged(over: base) == base)
        #expect(Style.plain.adding(.reverse).attrs == .reverse)
        #expect(Attributes.named("Underline") == .underline)
    }
}
