/// Writes cards as vCard text: CRLF line ends, lines folded at 75 octets between UTF-8 characters
/// (`ICalendarWriter.fold`, the same rule as RFC 6350 §3.2), `VERSION` right after `BEGIN` as 4.0 requires.
///
/// Values are written as they are held (already escaped); parameter values are quoted when they hold
/// `:`, `;` or `,`. A card is completed with what its version requires: FN (from N or ORG) always, and an
/// N in 3.0.
public enum VCardWriter {
    /// Every card, one after the other, each in its own version.
    public static func write(_ cards: [VCard]) -> String {
        var out = ""
        for c in cards { out += write(c) }
        return out
    }

    /// One card from `BEGIN:VCARD` to `END:VCARD`.
    public static func write(_ card: VCard) -> String {
        let card = completed(card)
        var out = "BEGIN:VCARD\r\nVERSION:" + card.version.rawValue + "\r\n"
        for p in card.properties where p.name != "BEGIN" && p.name != "END" && p.name != "VERSION" {
            out += ICalendarWriter.fold(line(p, version: card.version)) + "\r\n"
        }
        return out + "END:VCARD\r\n"
    }

    /// One content line, unfolded.
    public static func line(_ p: VCardProperty, version: VCardVersion) -> String {
        var s = ""
        if let g = p.group, !g.isEmpty { s += g + "." }
        s += p.name
        for param in p.parameters {
            s += ";" + param.name + "=" + param.values.map { VCardText.parameterValue($0, version: version) }.joined(separator: ",")
        }
        s += ":"
        // A raw value never holds a line break: one would end the line early.
        if p.rawValue.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
            s += p.rawValue.replacingLineBreaks()
        } else {
            s += p.rawValue
        }
        return s
    }

    /// `card` with FN (from N or ORG) when missing, and, in 3.0, N (from FN) when missing.
    public static func completed(_ card: VCard) -> VCard {
        var c = card
        if c.first("FN") == nil {
            let fn = c.formattedNameFallback
            c.properties.insert(.text("FN", fn), at: 0)
        }
        if c.version == .v3, c.first("N") == nil {
            let at = (c.properties.firstIndex { $0.name == "FN" } ?? -1) + 1
            c.properties.insert(.structured("N", ["", c.formattedName ?? "", "", "", ""]), at: at)
        }
        return c
    }
}
