/// What importing a routine pack into the stored routines will do, worked out (and validated) as a whole before anything is written.
///
/// Rules: an id already stored is updated (title, due rule, target, workdays-only, tags, note); a
/// retired one comes back; a new id is added, active from today (or a later `active_from`). In
/// replace mode the file's order becomes the order, and active routines missing from the file are
/// retired. A file entry with `retired_on` retires a stored routine and is not added when new. A
/// routine's period never changes (its history is keyed by period). History is never deleted.
public struct RoutineImportPlan: Sendable, Equatable {
    /// How the file relates to the stored routines.
    public enum Mode: String, Sendable {
        /// Add new ids, update existing ones, leave the rest alone.
        case merge
        /// Make the active routines exactly the file's: also retire those the file does not list.
        case replace
    }

    /// A file entry that cannot be imported: its 0-based index among the `[[routine]]` entries, the field and why.
    public struct Conflict: Error, Equatable, Sendable {
        /// The entry's index in the file.
        public var index: Int
        /// The field at fault.
        public var field: String
        /// What is wrong and how to fix it.
        public var problem: String

        /// Creates a conflict.
        public init(index: Int, field: String, problem: String) {
            self.index = index
            self.field = field
            self.problem = problem
        }
    }

    /// The mode the plan was made for.
    public var mode: Mode
    /// New routines, with their position and active-from day set.
    public var added: [Routine] = []
    /// Stored routines whose fields change (new values, position included).
    public var updated: [Routine] = []
    /// Ids of retired routines that come back.
    public var restored: [String] = []
    /// Ids of active routines that are retired.
    public var retired: [String] = []
    /// Ids in the file that need no change (or retired entries that are not added).
    public var unchanged: [String] = []

    /// Whether applying the plan writes nothing.
    public var isEmpty: Bool { added.isEmpty && updated.isEmpty && restored.isEmpty && retired.isEmpty }

    /// Plans importing `pack` over `existing` on `today`; throws the first entry that cannot be imported.
    public init(pack: RoutinePack, existing: [Routine], mode: Mode, today: LocalDate) throws {
        self.mode = mode
        let stored = Dictionary(existing.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (i, r) in pack.routines.enumerated() {
            if let p = r.fieldProblem { throw Conflict(index: i, field: p.field, problem: p.problem) }
            if let e = stored[r.id], e.period != r.period {
                throw Conflict(index: i, field: "period", problem:
                    "'\(r.id)' is a \(e.period.rawValue) routine already and a routine's period cannot change, so give this entry a new id")
            }
        }
        var nextPosition: [PeriodKind: Int] = [:]
        for e in existing { nextPosition[e.period] = max(nextPosition[e.period] ?? 0, e.position + 1) }
        let fileIDs = Set(pack.routines.map(\.id))
        // Replace mode takes the file's order per period kind (positions only order routines of one kind). A kind whose
        // routines are all stored already and listed in their stored order keeps its positions, so importing an
        // identical export changes nothing; otherwise the kind is renumbered 0, 1, 2 … in file order.
        var filePosition: [String: Int] = [:]
        if mode == .replace {
            for kind in PeriodKind.allCases {
                let entries = pack.routines.filter { $0.period == kind }
                let storedPositions = entries.compactMap { stored[$0.id]?.position }
                let inOrder = storedPositions.count == entries.count && zip(storedPositions, storedPositions.dropFirst()).allSatisfy { $0 < $1 }
                for (k, r) in entries.enumerated() { filePosition[r.id] = inOrder ? storedPositions[k] : k }
            }
        }
        for (i, r) in pack.routines.enumerated() {
            let wantsRetired = r.retiredOn != nil
            guard let e = stored[r.id] else {
                if wantsRetired { unchanged.append(r.id); continue }
                var n = r
                n.retiredOn = nil
                n.activeFrom = r.activeFrom > today ? r.activeFrom : today
                if mode == .replace {
                    n.position = filePosition[r.id] ?? i
                } else {
                    n.position = nextPosition[r.period] ?? 0
                    nextPosition[r.period] = n.position + 1
                }
                added.append(n)
                continue
            }
            var u = e
            u.title = r.title
            u.due = r.due
            u.target = r.target
            u.workdaysOnly = r.workdaysOnly
            u.tags = r.tags
            u.note = r.note
            if mode == .replace { u.position = filePosition[r.id] ?? i }
            var changed = false
            if u != e { updated.append(u); changed = true }
            if e.retiredOn != nil, !wantsRetired { restored.append(r.id); changed = true }
            if e.retiredOn == nil, wantsRetired { retired.append(r.id); changed = true }
            if !changed { unchanged.append(r.id) }
        }
        if mode == .replace {
            for e in existing where e.retiredOn == nil && !fileIDs.contains(e.id) { retired.append(e.id) }
        }
    }
}
