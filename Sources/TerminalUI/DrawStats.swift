/// What drawing cost: frames, runs, cells and bytes sent to the terminal.
public struct DrawStats: Hashable, Sendable {
    /// Frames drawn.
    public var frames: Int
    /// Runs of cells written (each is at most one cursor move).
    public var runs: Int
    /// Cells written (continuation cells not counted).
    public var cellsWritten: Int
    /// Bytes sent to the terminal; for a headless terminal, the size of the equivalent ANSI output.
    public var bytesWritten: Int

    /// Stats from their parts (all zero by default).
    public init(frames: Int = 0, runs: Int = 0, cellsWritten: Int = 0, bytesWritten: Int = 0) {
        self.frames = frames
        self.runs = runs
        self.cellsWritten = cellsWritten
        self.bytesWritten = bytesWritten
    }

    /// Sums of two stats.
    public static func + (a: DrawStats, b: DrawStats) -> DrawStats {
        DrawStats(frames: a.frames + b.frames, runs: a.runs + b.runs,
                  cellsWritten: a.cellsWritten + b.cellsWritten, bytesWritten: a.bytesWritten + b.bytesWritten)
    }
}
