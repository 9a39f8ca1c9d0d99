/// A terminal without a terminal: scripted input, and a `screen` built from the diffs it is
/// sent, for snapshot tests, monkey tests and benchmarks.
public final class HeadlessTerminal: TerminalDevice {
    /// The current size; change it with `resize(width:height:)`.
    public private(set) var size: (width: Int, height: Int)
    /// Whether the pretend terminal shows UTF-8.
    public var supportsUnicode: Bool
    /// How many colours the pretend terminal has.
    public var colorCount: Int
    /// What the terminal shows: every diff sent so far applied to a terminal-sized grid.
    public private(set) var screen: Buffer
    /// The last buffer passed to `draw`, or nil before the first frame.
    public private(set) var lastDrawn: Buffer?
    /// Events not read yet.
    public private(set) var pendingEvents: [KeyEvent] = []
    /// The cost of the last `draw` call.
    public private(set) var lastDrawStats = DrawStats()
    /// The cost of every `draw` call so far.
    public private(set) var totalDrawStats = DrawStats()
    /// How many times `suspend()` was called.
    public private(set) var suspendCount = 0
    /// Whether the terminal is suspended (between `suspend()` and `resume()`).
    public private(set) var isSuspended = false
    /// Whether `shutdown()` was called.
    public private(set) var isShutDown = false
    /// The runs the last `draw` sent.
    public private(set) var lastRuns: [CellRun] = []

    private var needsFullRedraw = true
    /// Set by a test to pretend a terminating signal is pending.
    public var terminationRequested = false

    /// A headless terminal of `width` × `height` cells.
    public init(width: Int = 80, height: Int = 24, supportsUnicode: Bool = true, colorCount: Int = 256) {
        self.size = (width, height)
        self.supportsUnicode = supportsUnicode
        self.colorCount = colorCount
        self.screen = Buffer(width: width, height: height)
    }

    /// Queues events for `readEvent`.
    public func enqueue(_ events: KeyEvent...) {
        pendingEvents += events
    }

    /// Queues a sequence of events for `readEvent`.
    public func enqueue(contentsOf events: [KeyEvent]) {
        pendingEvents += events
    }

    /// Queues one `.char` event per character of `text`.
    public func type(_ text: String) {
        pendingEvents += text.map { KeyEvent.char($0) }
    }

    /// Changes the size as a window resize would: the screen is cleared, a `.resize` event is
    /// queued, and the next frame is drawn in full.
    public func resize(width: Int, height: Int) {
        size = (width, height)
        screen = Buffer(width: width, height: height)
        needsFullRedraw = true
        pendingEvents.append(.resize(width: width, height: height))
    }

    /// Applies the diff between the previous frame and `buffer` to `screen` and counts its cost.
    public func draw(_ buffer: Buffer) {
        guard !isShutDown else { return }
        let runs = BufferDiff.changes(from: needsFullRedraw ? nil : lastDrawn, to: buffer)
        BufferDiff.apply(runs, to: &screen)
        screen.cursor = buffer.cursor.flatMap { screen.area.contains(x: $0.x, y: $0.y) ? $0 : nil }
        lastRuns = runs
        lastDrawn = buffer
        needsFullRedraw = false
        let cells = runs.reduce(0) { $0 + $1.cells.filter { !$0.isContinuation }.count }
        lastDrawStats = DrawStats(frames: 1, runs: runs.count, cellsWritten: cells,
                                  bytesWritten: AnsiEncoder.encode(runs).utf8.count)
        totalDrawStats = totalDrawStats + lastDrawStats
    }

    /// The next queued event, or nil when none is left (the timeout is not waited).
    public func readEvent(timeoutMilliseconds: Int) -> KeyEvent? {
        pendingEvents.isEmpty ? nil : pendingEvents.removeFirst()
    }

    /// Marks the terminal suspended.
    public func suspend() {
        suspendCount += 1
        isSuspended = true
    }

    /// Marks the terminal resumed; the next frame is drawn in full.
    public func resume() {
        isSuspended = false
        needsFullRedraw = true
    }

    /// Marks the terminal shut down; later frames are ignored.
    public func shutdown() {
        isShutDown = true
    }

    /// The screen as plain text rows, trailing spaces trimmed, for snapshots.
    public func screenLines() -> [String] {
        screen.lines(trimmingTrailingSpaces: true)
    }
}
