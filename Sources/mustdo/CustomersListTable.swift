#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MustDoCore
import TerminalUI

/// The console's face of `CustomerListPresentation` (the model the screen's list draws too): its headings and cells,
/// laid out in columns into one byte buffer and written at once. 10,000 cards are a 700 KB table; laying it out
/// through per-cell `String`s and a scalar-by-scalar terminal-safety pass was most of the time of `customers list`.
struct CustomersListTable {
    let language: Language

    /// The table of `list`'s rows in `order`, and the count line; the empty-list sentence when there are none.
    func text(_ list: CustomerListPresentation, _ order: [Int]) -> [UInt8] {
        guard !order.isEmpty else { return Array((language.text(.custListEmpty) + "\n").utf8) }
        let header = list.headings(language)
        let columns = header.count
        // First every cell's width, and the column widths (names and companies clipped: their rare cut texts are kept
        // aside); then the bytes, cell by cell, from the rows' own strings (no array or string per cell).
        var widths = header.map(CustomersListTable.width)
        var cellWidths = [Int32](repeating: 0, count: order.count * columns)
        var cut: [Int: String] = [:]
        var size = 0
        for (r, i) in order.enumerated() {
            let row = list.rows[i]
            for c in 0..<columns {
                let cell = list.cell(row, c)
                var w: Int
                if c == 1 || c == 2 {
                    if let simple = CustomersListTable.simpleWidth(cell), simple <= 24 {
                        w = simple
                    } else {
                        let clipped = CustomersListTable.clipped(cell)
                        cut[r * columns + c] = clipped.0
                        w = clipped.1
                    }
                } else {
                    w = CustomersListTable.width(cell)
                }
                cellWidths[r * columns + c] = Int32(w)
                if w > widths[c] { widths[c] = w }
                size += cell.utf8.count
            }
        }
        let spaces = [UInt8](repeating: UInt8(ascii: " "), count: (widths.max() ?? 0) + 2)
        var out: [UInt8] = []
        out.reserveCapacity(size + (order.count + 1) * (widths.reduce(0, +) + 2 * columns) + 64)
        func put(_ text: String, _ width: Int, _ column: Int) {
            out.append(contentsOf: text.utf8)
            if column < columns - 1 {
                out.append(contentsOf: spaces[0..<(widths[column] - width + 2)])
            } else {
                out.append(UInt8(ascii: "\n"))
            }
        }
        for (c, h) in header.enumerated() { put(h, CustomersListTable.width(h), c) }
        for (r, i) in order.enumerated() {
            let row = list.rows[i]
            for c in 0..<columns {
                let k = r * columns + c
                put((c == 1 || c == 2) && !cut.isEmpty ? cut[k] ?? list.cell(row, c) : list.cell(row, c), Int(cellWidths[k]), c)
            }
        }
        out.append(contentsOf: (language.text(.custListCount, ["count": String(order.count)]) + "\n").utf8)
        return out
    }

    /// Writes the table to stdout in one go; text with a control or bidi character goes through the escaping writer.
    func print(_ list: CustomerListPresentation, _ order: [Int]) {
        let bytes = text(list, order)
        bytes.withUnsafeBufferPointer { CustomersListTable.emit($0, safe: CustomersListTable.isSafe($0)) }
    }

    /// Writes a table's bytes to stdout in one go, or, when not `safe` (`isSafe`), through the escaping writer.
    static func emit(_ buf: UnsafeBufferPointer<UInt8>, safe: Bool) {
        if safe {
            var offset = 0
            while offset < buf.count {
                let n = write(1, buf.baseAddress! + offset, buf.count - offset)
                if n < 0 { if errno == EINTR { continue } else { return } }
                offset += n
            }
        } else {
            Output.out(String(decoding: buf, as: UTF8.self))
        }
    }

    /// `text` cut as the list cuts names and companies (24 columns, one line), with its width; unchanged when it fits.
    static func clipped(_ text: String) -> (String, Int) {
        if let w = simpleWidth(text), w <= 24 { return (text, w) }
        let cut = CustomerPrinter.clip(text, 24)
        return (cut, width(cut))
    }

    /// The display width of a cell: by scalars when every one is a cluster of its own, else by `DisplayWidth`.
    static func width(_ s: String) -> Int {
        simpleWidth(s) ?? DisplayWidth.of(s)
    }

    /// The width of `s` when it is printable ASCII and CJK ideographs (two columns, East Asian Wide), kana, hangul or
    /// full-width forms only (each scalar its own cluster, so no grapheme breaking is needed); nil otherwise. Read from
    /// the string's UTF-8 in place.
    static func simpleWidth(_ s: String) -> Int? {
        if let width = s.utf8.withContiguousStorageIfAvailable({ simpleWidth(utf8: $0) }) { return width }
        var width = 0
        for u in s.unicodeScalars {
            guard let w = simpleWidth(u.value) else { return nil }
            width += w
        }
        return width
    }

    /// `simpleWidth` of UTF-8 bytes, valid or not (the list's cells come straight from SQLite): each three-byte
    /// sequence's continuation bytes are checked, and anything else outside printable ASCII is nil.
    static func simpleWidth(utf8 p: UnsafeBufferPointer<UInt8>) -> Int? {
        var width = 0
        var i = 0
        let n = p.count
        while i < n {
            let b = p[i]
            if b < 0x80 {
                guard b >= 0x20 && b < 0x7F else { return nil }
                width += 1
                i += 1
            } else if b >= 0xE0 && b < 0xF0 && i + 2 < n && p[i + 1] & 0xC0 == 0x80 && p[i + 2] & 0xC0 == 0x80 {
                // An overlong or surrogate form decodes outside the simple ranges, so is refused with the rest.
                let v = UInt32(b & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
                guard let w = simpleWidth(v) else { return nil }
                width += w
                i += 3
            } else {
                return nil   // two- and four-byte scalars: none is in the simple ranges
            }
        }
        return width
    }

    /// The width of one scalar of the simple ranges; nil for any other.
    @inline(__always) static func simpleWidth(_ v: UInt32) -> Int? {
        if v >= 0x20 && v < 0x7F { return 1 }
        if (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xAC00...0xD7A3).contains(v) || (0xFF01...0xFF60).contains(v) { return 2 }
        if (0x3040...0x33FF).contains(v) || v == 0x2014 { return DisplayWidth.of(scalar: Unicode.Scalar(v)!) }   // kana; the em dash of an empty tier
        return nil
    }

    /// Whether `bytes` hold no terminal-unsafe character (`String.isTerminalUnsafe`; line breaks allowed), by bytes.
    static func isSafe(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { isSafe($0) }
    }

    /// `isSafe` of bytes read in place.
    static func isSafe(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = p.count
        while i < n {
            let b = p[i]
            i += 1
            if b >= 0x20 && b < 0x7F { continue }
            if b < 0x20 { if b != 0x0A { return false } }
            else if b == 0x7F { return false }
            else if b == 0xC2, i < n, p[i] <= 0x9F { return false }
            else if b == 0xD8, i < n, p[i] == 0x9C { return false }
            else if b == 0xE2, i + 1 < n {
                let (x, y) = (p[i], p[i + 1])
                if x == 0x80 && (y == 0x8E || y == 0x8F || (0xA8...0xAE).contains(y)) { return false }
                if x == 0x81 && (0xA6...0xA9).contains(y) { return false }
            }
        }
        return true
    }
}
