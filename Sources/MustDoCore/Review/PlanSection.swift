/// One of morning planning's customer sections (appointments, promises, greetings, losing touch, no next step): a
/// heading, its most urgent lines, and how many more there are with the command that lists them all.
public struct PlanSection: Equatable, Sendable {
    /// How a line is coloured: plainly, or by how far a customer is past their contact interval.
    public enum Tone: Equatable, Sendable {
        /// An ordinary line.
        case normal
        /// Past the interval, by less than one more interval.
        case slight
        /// Past by one to two more intervals.
        case overdue
        /// Past by two intervals or more.
        case long

        /// The tone of a cadence severity.
        public init(_ severity: CadenceEntry.Severity) {
            switch severity {
            case .slight: self = .slight
            case .overdue: self = .overdue
            case .long: self = .long
            }
        }
    }

    /// One line and its colour.
    public struct Line: Equatable, Sendable {
        /// The text.
        public var text: String
        /// The colour.
        public var tone: Tone

        /// A line.
        public init(_ text: String, tone: Tone = .normal) {
            self.text = text
            self.tone = tone
        }
    }

    /// What the section is, for scripts and tests (`promises_due`, `losing_touch` …, the keys of `mustdo plan --json`).
    public var id: String
    /// The heading, in the user's language.
    public var heading: String
    /// The most urgent lines, at most the configured number.
    public var lines: [Line]
    /// The lines left out.
    public var hidden: Int
    /// `and 615 more: mustdo promise list`, or nil when nothing was left out.
    public var more: String?

    /// A section.
    public init(id: String, heading: String, lines: [Line], hidden: Int = 0, more: String? = nil) {
        self.id = id
        self.heading = heading
        self.lines = lines
        self.hidden = hidden
        self.more = more
    }
}
