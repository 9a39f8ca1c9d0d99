import CNcursesw

/// Colour pairs allocated on demand: each (foreground, background) seen gets the next free pair.
struct ColorPairCache {
    /// Pairs the terminal offers (pair 0 is the fixed default pair).
    let capacity: Int
    private var pairs: [PairKey: Int32] = [:]
    private var next: Int32 = 1

    private struct PairKey: Hashable {
        var fg: Int32
        var bg: Int32
    }

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The pair for `fg` on `bg` (-1 is the terminal's default colour), allocating it if needed;
    /// nil when every pair is taken. Colours curses rejects get the default pair 0.
    mutating func pair(fg: Int32, bg: Int32) -> Int32? {
        if fg == -1 && bg == -1 { return 0 }
        let key = PairKey(fg: fg, bg: bg)
        if let p = pairs[key] { return p }
        guard Int(next) < capacity else { return nil }
        guard init_extended_pair(next, fg, bg) != ERR else {
            pairs[key] = 0
            return 0
        }
        pairs[key] = next
        next += 1
        return next - 1
    }

    /// Forgets every pair (after `reset_color_pairs`).
    mutating func removeAll() {
        pairs.removeAll()
        next = 1
    }
}
