import MustDoCore
import MustDoStore

/// `customers list`'s table laid out straight from SQLite's bytes (`AppDatabase.customerList(_:today:reviewDays:each:)`):
/// each cell's bytes are copied once into one buffer, its width read from them, and the table written from that
/// buffer, with no string, row model or array per card. It prints exactly what `CustomersListTable` prints from the
/// list model (`CustomerListPresentation`): a cell that is not plain printable ASCII and CJK (anything needing grapheme
/// breaking, invalid UTF-8, a second line, a name or company wider than 24 columns) is made as that path makes it, from
/// a `String`. Made for the orders SQLite already gives or that need no text comparison (number, tier, status);
/// the other orders take the model's path.
struct CustomersListLines {
    /// Where one cell's bytes are in `bytes`, and its display width.
    struct Cell {
        var start: Int32
        var count: Int32
        var width: Int32
    }

    /// One card's cells, in `CustomerListPresentation.headings` order (the last-contact cell is used only when shown).
    struct Line {
        var id: Int64
        var tierRank: Int8
        var statusRank: Int8
        var cells: (Cell, Cell, Cell, Cell, Cell, Cell, Cell)
    }

    let language: Language
    /// Every cell's bytes: the shared words first (tiers, statuses, completeness texts, the dash), then the cards'.
    private let bytes = ByteBuffer(capacity: 1 << 16)
    private var lines: [Line] = []
    private var tiers: [Cell] = []
    private var statuses: [Cell] = []
    private var completeness: [Cell] = []
    private var dash = Cell(start: 0, count: 0, width: 0)
    /// Whether a card has a last contact (the column is shown).
    private var hasLastContact = false
    /// Whether a cell was made from a string: only then can the table hold a terminal-unsafe character.
    private var checkSafety = false

    /// An empty table in `language`, its shared words laid down.
    init(language: Language) {
        self.language = language
        tiers = CustomerTier.allCases.map { word($0.name(language)) }
        statuses = CustomerStatus.allCases.map { word($0.name(language)) }
        let total = CardItem.allCases.count
        for filled in 0...total {
            let text = String(filled) + "/" + String(total)
            completeness.append(word(text))
            completeness.append(word(text + " !"))
        }
        dash = word("—")
    }

    /// A shared word's cell (catalog text: its safety is checked like any string's).
    private mutating func word(_ text: String) -> Cell {
        append(text, CustomersListTable.width(text))
    }

    /// Appends `text` as a cell of `width`; a text from a string may hold anything, so it is checked (`check`).
    private mutating func append(_ text: String, _ width: Int, check: Bool = true) -> Cell {
        let start = bytes.count
        bytes.append(text)
        if check && !CustomersListTable.isSafe(UnsafeBufferPointer(rebasing: bytes.bytes[start...])) { checkSafety = true }
        return Cell(start: Int32(start), count: Int32(bytes.count - start), width: Int32(width))
    }

    /// The cell of a text column's bytes: `firstLine` keeps what comes before a line break, `clip` cuts it to 24
    /// columns, as `CustomerListPresentation` and `CustomersListTable` do.
    private mutating func text(_ p: UnsafeBufferPointer<UInt8>, firstLine: Bool, clip: Bool) -> Cell {
        if let w = CustomersListTable.simpleWidth(utf8: p), !clip || w <= 24 {
            let start = bytes.count
            bytes.append(p)
            return Cell(start: Int32(start), count: Int32(p.count), width: Int32(w))
        }
        // The rare cell: made as the model's path makes it (UTF-8 repaired, first line, clipped, width by graphemes).
        var n = p.count
        if firstLine, let cut = p.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) { n = cut }
        let s = String(decoding: UnsafeBufferPointer(rebasing: p[0..<n]), as: UTF8.self)
        let (t, w) = clip ? CustomersListTable.clipped(s) : (s, CustomersListTable.width(s))
        return append(t, w)
    }

    /// Takes one row as SQLite holds it.
    mutating func add(_ r: CustomerListBytes) {
        let tierIndex = r.tier.map { CustomerTier.allCases.firstIndex(of: $0)! }
        let statusIndex = CustomerStatus.allCases.firstIndex(of: r.status)!
        let number = text(r.number, firstLine: false, clip: false)
        let name = text(r.name, firstLine: true, clip: true)
        let company = text(r.company, firstLine: true, clip: true)
        var contact = dash
        if let day = r.lastContact {
            hasLastContact = true
            let d = day.description
            contact = append(d, d.utf8.count, check: false)   // digits and dashes
        }
        let total = CardItem.allCases.count
        let filled: Cell
        if r.filled >= 0 && r.filled <= total {
            filled = completeness[r.filled * 2 + (r.warns ? 1 : 0)]
        } else {
            let t = String(r.filled) + "/" + String(total) + (r.warns ? " !" : "")
            filled = append(t, CustomersListTable.width(t))
        }
        lines.append(Line(id: r.id, tierRank: Int8(tierIndex ?? CustomerTier.allCases.count), statusRank: Int8(statusIndex),
                          cells: (number, name, company, tierIndex.map { tiers[$0] } ?? dash, statuses[statusIndex], contact, filled)))
    }

    /// The orders this table makes itself (the rest take the list model's path).
    static func handles(_ sort: CustomerSort) -> Bool {
        sort == .number || sort == .tier || sort == .status
    }

    /// The table (headings, the rows in `sort` order, the count line), or the empty-list sentence, and whether it
    /// must go through the escaping writer (`CustomersListTable.isSafe` said no).
    func text(_ sort: CustomerSort) -> (bytes: [UInt8], safe: Bool) {
        let (out, safe) = table(sort)
        return (Array(out.bytes), safe)
    }

    /// `text`, in a buffer written as it is.
    func table(_ sort: CustomerSort) -> (bytes: ByteBuffer, safe: Bool) {
        let out = ByteBuffer(capacity: 256)
        guard !lines.isEmpty else {
            out.append(language.text(.custListEmpty) + "\n")
            return (out, true)
        }
        var order = Array(lines.indices)   // number order: SQLite's ORDER BY id
        switch sort {
        case .tier: order.sort { (lines[$0].tierRank, lines[$0].id) < (lines[$1].tierRank, lines[$1].id) }
        case .status: order.sort { (lines[$0].statusRank, lines[$0].id) < (lines[$1].statusRank, lines[$1].id) }
        default: break
        }
        var header = CustomerListPresentation.headers(language)
        if hasLastContact { header.insert(language.text(.vscrLastContact), at: 5) }
        let columns = header.count
        // The cells a row prints, by column (the last-contact cell only when that column is shown).
        let slots = hasLastContact ? [0, 1, 2, 3, 4, 5, 6] : [0, 1, 2, 3, 4, 6]
        var widths = header.map(CustomersListTable.width)
        var size = 0
        lines.withUnsafeBufferPointer { ls in
            for line in ls {
                withUnsafeBytes(of: line.cells) { raw in
                    for (c, slot) in slots.enumerated() {
                        let cell = raw.load(fromByteOffset: slot * MemoryLayout<Cell>.stride, as: Cell.self)
                        if Int(cell.width) > widths[c] { widths[c] = Int(cell.width) }
                        size += Int(cell.count)
                    }
                }
            }
        }
        out.reserve(size + (lines.count + 1) * (widths.reduce(0, +) + 2 * columns) + 256)
        for (c, h) in header.enumerated() {
            out.append(h)
            if c < columns - 1 { out.appendSpaces(widths[c] - CustomersListTable.width(h) + 2) } else { out.append(UInt8(ascii: "\n")) }
        }
        let b = bytes.base
        lines.withUnsafeBufferPointer { ls in
            for i in order {
                withUnsafeBytes(of: ls[i].cells) { raw in
                    for (c, slot) in slots.enumerated() {
                        let cell = raw.load(fromByteOffset: slot * MemoryLayout<Cell>.stride, as: Cell.self)
                        out.append(b + Int(cell.start), Int(cell.count))
                        if c < columns - 1 { out.appendSpaces(widths[c] - Int(cell.width) + 2) } else { out.append(UInt8(ascii: "\n")) }
                    }
                }
            }
        }
        let count = language.text(.custListCount, ["count": String(lines.count)]) + "\n"
        out.append(count)
        let safe = !checkSafety || CustomersListTable.isSafe(out.bytes)
        return (out, safe && CustomersListTable.isSafe(Array((header.joined() + count).utf8)))
    }
}
