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
        // Every cell with its width, row by row; then the column widths. Names and companies are clipped.
        var cells: [(String, Int)] = []
        cells.reserveCapacity((order.count + 1) * columns)
        for h in header { cells.append((h, CustomersListTable.width(h))) }
        for i in order {
            for (c, cell) in list.cells(list.rows[i]).enumerated() {
                cells.append(c == 1 || c == 2 ? CustomersListTable.clipped(cell) : (cell, CustomersListTable.width(cell)))
            }
        }
        var widths = [Int](repeating: 0, count: columns)
        for (i, cell) in cells.enumerated() { widths[i % columns] = max(widths[i % columns], cell.1) }
        var out: [UInt8] = []
        out.reserveCapacity(cells.reduce(0) { $0 + $1.0.utf8.count } + (order.count + 1) * (widths.reduce(0, +) + 2 * columns))
        for (i, cell) in cells.enumerated() {
            out.append(contentsOf: cell.0.utf8)
            let column = i % columns
            if column < columns - 1 {
                out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: widths[column] - cell.1 + 2))
            } else {
                out.append(UInt8(ascii: "\n"))
            }
        }
        out.append(contentsOf: (language.text(.custListCount, ["count": String(order.count)]) + "\n").utf8)
        return out
    }

    /// Writes the table to stdout in one go; text with a control or bidi character goes through the escaping writer.
    func print(_ list: CustomerListPresentation, _ order: [Int]) {
        let bytes = text(list, order)
        if CustomersListTable.isSafe(bytes) {
            bytes.withUnsafeBufferPointer { buf in
                var offset = 0
                while offset < buf.count {
                    let n = write(1, buf.baseAddress! + offset, buf.count - offset)
                    if n < 0 { if errno == EINTR { continue } else { return } }
                    offset += n
                }
            }
        } else {
            Output.out(String(decoding: bytes, as: UTF8.self))
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
    /// full-width forms only (each scalar its own cluster, so no grapheme breaking is needed); nil otherwise.
    static func simpleWidth(_ s: String) -> Int? {
        var width = 0
        for u in s.unicodeScalars {
            let v = u.value
            if v >= 0x20 && v < 0x7F { width += 1 }
            else if (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xAC00...0xD7A3).contains(v) || (0xFF01...0xFF60).contains(v) { width += 2 }
            else if (0x3040...0x33FF).contains(v) { width += DisplayWidth.of(scalar: u) }
            else if v == 0x2014 { width += DisplayWidth.of(scalar: u) }   // the em dash of an empty tier
            else { return nil }
        }
        return width
    }

    /// Whether `bytes` hold no terminal-unsafe character (`String.isTerminalUnsafe`; line breaks allowed), by bytes.
    static func isSafe(_ bytes: [UInt8]) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x20 { if b != 0x0A { return false } }
            else if b == 0x7F { return false }
            else if b == 0xC2, i + 1 < n, bytes[i + 1] <= 0x9F { return false }
            else if b == 0xD8, i + 1 < n, bytes[i + 1] == 0x9C { return false }
            else if b == 0xE2, i + 2 < n {
                let (x, y) = (bytes[i + 1], bytes[i + 2])
                if x == 0x80 && (y == 0x8E || y == 0x8F || (0xA8...0xAE).contains(y)) { return false }
                if x == 0x81 && (0xA6...0xA9).contains(y) { return false }
            }
            i += 1
        }
        return true
    }
}
