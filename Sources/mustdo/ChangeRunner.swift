import MustDoCore
import MustDoStore

/// Resolves REFs and applies one change to each, one transaction per item, reporting each after it is committed.
struct ChangeRunner {
    let global: GlobalOptions

    /// Resolves every ref first (so a typo changes nothing), then applies and reports each change.
    func apply(refs: [String], requireCount: Bool = false, change: (Occurrence) -> OccurrenceChange) throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let db = try context.openPrepared()
            let words = Vocabulary(context.language)
            var targets: [(ref: String, occurrence: Occurrence)] = []
            for ref in refs {
                let id = try db.resolve(ref: ref, today: context.today, engine: context.engine)
                guard let o = try db.occurrence(id: id, today: context.today) else { throw MustDoError.unknownRef(ref) }
                if requireCount, o.target == nil {
                    throw MustDoError.invalidInput(.inputNotACountItem, ["ref": ref.quotedForMessage(), "title": o.title.quotedForMessage()])
                }
                targets.append((ref, o))
            }
            for (ref, o) in targets {
                let result = try db.apply(change(o), to: o.id, now: context.clock.timestamp())
                var state = result.after.state
                if state == .open, o.period.end < context.today { state = .missed }
                var line = "\(ref) \(AgendaPrinter.mark(state)) \(o.title) — \(words.state(state))"
                if let t = o.target { line += " (\(result.after.progress)/\(t))" }
                Output.out(line + "\n")
            }
        }
    }
}
