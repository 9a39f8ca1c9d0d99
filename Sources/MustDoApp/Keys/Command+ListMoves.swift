extension Command {
    /// Where a list's cursor goes for this command among `count` rows with `page` rows to a screen (`j`/`k`, the page
    /// keys, `g`/`G`), kept inside the list; nil when the command is not a move.
    func movedCursor(_ cursor: Int, count: Int, page: Int) -> Int? {
        let last = max(0, count - 1)
        switch self {
        case .moveDown: return min(cursor + 1, last)
        case .moveUp: return max(cursor - 1, 0)
        case .pageDown: return min(cursor + page, last)
        case .pageUp: return max(cursor - page, 0)
        case .top: return 0
        case .bottom: return last
        default: return nil
        }
    }
}
