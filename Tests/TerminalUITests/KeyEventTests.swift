import Testing
import TerminalUI

@Suite struct KeyEventTests {
    @Test(arguments: [
        ("j", KeyEvent.char("j")), ("J", .char("J")), ("space", .char(" ")), ("enter", .enter),
        ("esc", .escape), ("tab", .tab), ("S-tab", .backTab), ("backtab", .backTab), ("up", .up),
        ("down", .down), ("left", .left), ("right", .right), ("pgup", .pageUp), ("pgdn", .pageDown),
        ("home", .home), ("end", .end), ("C-c", .ctrl("c")), ("M-j", .alt(.char("j"))),
        ("alt-j", .alt(.char("j"))), ("f1", .function(1)), ("F12", .function(12)),
        ("backspace", .backspace), ("del", .delete), ("?", .char("?")), ("/", .char("/")),
        ("+", .char("+")), ("-", .char("-")), ("[", .char("[")), ("]", .char("]")),
        ("中", .char("中")), ("，", .char("，")), ("Enter", .enter), ("PgUp", .pageUp),
        ("ctrl-x", .ctrl("x")), ("C-X", .ctrl("x")), ("M--", .alt(.char("-"))), ("M-enter", .alt(.enter)),
        ("C-i", .tab), ("C-m", .enter), ("C-space", .ctrl(" ")), ("ins", .insert),
    ])
    func parsesNames(name: String, key: KeyEvent) {
        #expect(KeyEvent(name: name) == key)
    }

    @Test func rejectsUnknownNames() {
        for name in ["", "foo", "C-", "C-ab", "M-", "f0", "f99", "\t", "alt-nothing"] {
            #expect(KeyEvent(name: name) == nil, "\(name)")
        }
    }

    @Test func namesRoundTrip() {
        var keys: [KeyEvent] = [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .tab,
                                .backTab, .enter, .escape, .backspace, .delete, .insert, .char(" "),
                                .char("中"), .char("👍"), .char("?"), .char("-"), .char("J"), .ctrl(" ")]
        keys += "abcdefgklnopqrstuvwxyz".map { KeyEvent.ctrl($0) }
        keys += (1...24).map { KeyEvent.function($0) }
        keys += keys.map { KeyEvent.alt($0) }
        for key in keys {
            #expect(KeyEvent(name: key.name) == key, "\(key.name)")
        }
        #expect(KeyEvent.backTab.name == "S-tab")
        #expect(KeyEvent.ctrl("c").name == "C-c")
        #expect(KeyEvent.alt(.char("j")).name == "M-j")
        #expect(KeyEvent.char(" ").name == "space")
        #expect(KeyEvent.terminate.name == "<terminate>")
        #expect(KeyEvent(name: KeyEvent.resize(width: 1, height: 1).name) == nil)
    }
}
