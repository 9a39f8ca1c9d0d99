/// Computes what changed between two frames as runs of cells to write.
public enum BufferDiff {
    /// The runs that turn `old` into `new`: consecutive changed cells with one style per run.
    /// Every cell is emitted when `old` is nil or its size differs. A changed half of a wide
    /// character is emitted from its first cell with both halves.
    public static func changes(from old: Buffer?, to new: Buffer) -> [CellRun] {
        let full = old == nil || old!.width != new.width || old!.height != new.height
        var runs: [CellRun] = []
        let w = new.width
        let newCells = new.cells
        let oldCells = old?.cells ?? []
        for y in 0..<new.height {
            let row = y * w
            var x = 0
            var current: CellRun?
            while x < w {
                var changed = full || oldCells[row + x] != newCells[row + x]
                // A wide character counts as changed when either half is.
                if !changed, newCells[row + x].width == 2, x + 1 < w {
                    changed = oldCells[row + x + 1] != newCells[row + x + 1]
                }
                if !changed {
                    if let run = current { runs.append(run); current = nil }
                    x += 1
                    continue
                }
                var start = x
                if newCells[row + x].isContinuation, x > 0 {
                    start = x - 1  // never emit a continuation alone: back up to its lead
                    if let run = current, run.x + run.width > start {
                        // The lead is already in the current run (it must be: it was changed).
                        x += 1
                        continue
                    }
                }
                let lead = newCells[row + start]
                let span = lead.width == 2 && start + 1 < w ? 2 : 1
                let piece = Array(newCells[(row + start)..<(row + start + span)])
                if var run = current, run.style == lead.style, run.x + run.width == start {
                    run.cells += piece
                    current = run
                } else {
                    if let run = current { runs.append(run) }
                    current = CellRun(y: y, x: start, cells: piece)
                }
                x = start + span
            }
            if let run = current { runs.append(run) }
        }
        return runs
    }

    /// Writes `runs` into `buffer` (as a terminal would), e.g. to check that a diff reproduces a frame.
    public static func apply(_ runs: [CellRun], to buffer: inout Buffer) {
        for run in runs {
            var x = run.x
            for cell in run.cells {
                if !cell.isContinuation, x >= 0, x < buffer.width, run.y >= 0, run.y < buffer.height {
                    buffer[x, run.y] = cell
                }
                x += 1
            }
        }
    }
}
