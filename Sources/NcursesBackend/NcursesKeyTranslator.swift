import CNcursesw
import TerminalUI

/// Maps what `wget_wch` returns (a character or a KEY_* code) to `KeyEvent`s.
enum NcursesKeyTranslator {
    /// The key code table for keys with a `KeyEvent` of their own.
    private static let codes: [Int32: KeyEvent] = [
        KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
        KEY_HOME: .home, KEY_END: .end, KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown,
        KEY_BTAB: .backTab, KEY_ENTER: .enter, KEY_BACKSPACE: .backspace,
        KEY_DC: .delete, KEY_IC: .insert,
        // Keypad and shifted variants that read naturally as the plain keys.
        KEY_A1: .home, KEY_C1: .end, KEY_A3: .pageUp, KEY_C3: .pageDown,
        KEY_SLEFT: .left, KEY_SRIGHT: .right, KEY_SHOME: .home, KEY_SEND: .end, KEY_SDC: .delete,
    ]

    /// Extended key names (from terminfo) for Alt with arrows and friends.
    private static let extendedNames: [String: KeyEvent] = [
        "kUP3": .alt(.up), "kDN3": .alt(.down), "kLFT3": .alt(.left), "kRIT3": .alt(.right),
        "kHOM3": .alt(.home), "kEND3": .alt(.end), "kPRV3": .alt(.pageUp), "kNXT3": .alt(.pageDown),
        "kDC3": .alt(.delete),
    ]

    /// The event for a KEY_* code, or nil for keys MustDo does not know (mouse and resize are
    /// handled by the terminal).
    static func event(forKeyCode code: Int32) -> KeyEvent? {
        if let e = codes[code] { return e }
        for n in 1...63 where mustdo_key_f(Int32(n)) == code {
            return .function(n)
        }
        if let cName = keyname(code) {
            return extendedNames[String(cString: cName)]
        }
        return nil
    }

    /// The event for a character code (control bytes included); ESC is left to the caller.
    static func event(forCharacter code: UInt32) -> KeyEvent? {
        switch code {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x08, 0x7F: return .backspace
        case 0x1B: return .escape
        case 0x00: return .ctrl(" ")
        case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(code + 0x60)!))
        case 0x1C: return .ctrl("\\")
        case 0x1D: return .ctrl("]")
        case 0x1E: return .ctrl("^")
        case 0x1F: return .ctrl("_")
        case 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .char(Character(scalar))
        }
    }
}
