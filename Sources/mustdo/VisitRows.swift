import MustDoCore

/// Visits, promises and appointments as named columns: one list of names and values per record, shared by the
/// JSON of `visits`/`promise list`/`appointments`, `export json` and `export csv --table …`.
enum VisitRows {
    /// The columns of a visit.
    static let visitColumns = ["id", "at", "kind", "customer_id", "customer_number", "customer", "person", "goal", "target_high", "target_medium",
                               "target_low", "happened", "result", "moved_order", "commitment_who", "commitment_what", "commitment_by",
                               "commitment_promise", "next_appointment"]

    /// A visit's values, in `visitColumns` order (nil for none).
    static func values(_ v: Visit) -> [String?] {
        [String(v.id), v.at.description, v.kind.rawValue, String(v.customerID), v.customerNumber, v.customerName, v.person, v.goal.text,
         v.goal.high, v.goal.medium, v.goal.low, v.happened, v.result, v.movedTheOrder ? "true" : "false", v.commitment?.who,
         v.commitment?.what, v.commitment?.by.description, v.commitmentPromiseID.map(String.init), v.next.map { String($0.id) }]
    }

    /// The columns of a promise.
    static let promiseColumns = ["id", "direction", "kind", "customer_id", "customer_number", "customer", "visit", "who", "what", "due",
                                 "conditions", "in_writing", "credibility", "credibility_note", "remind_days", "state", "made_on", "checked_on"]

    /// A promise's values, in `promiseColumns` order.
    static func values(_ p: Promise) -> [String?] {
        [String(p.id), p.direction.rawValue, p.kind.rawValue, String(p.customerID), p.customerNumber, p.customerName, p.visitID.map(String.init),
         p.who, p.what, p.due.description, p.conditions, p.inWriting ? "true" : "false", p.credibility?.rawValue, p.credibilityNote,
         p.remindDays.map(String.init), p.state.rawValue, p.madeOn.description, p.checkedOn?.description]
    }

    /// The columns of an appointment.
    static let appointmentColumns = ["id", "at", "customer_id", "customer_number", "customer", "visit", "place", "about", "state", "reason", "told_at"]

    /// An appointment's values, in `appointmentColumns` order.
    static func values(_ a: Appointment) -> [String?] {
        [String(a.id), a.at.description, String(a.customerID), a.customerNumber, a.customerName, a.visitID.map(String.init), a.place, a.about,
         a.state.rawValue, a.reason, a.toldAt]
    }

    /// Columns written as JSON numbers or booleans rather than strings.
    static let numeric: Set<String> = ["id", "customer_id", "visit", "remind_days", "commitment_promise", "next_appointment"]
    static let boolean: Set<String> = ["moved_order", "in_writing"]

    /// One record as a JSON object.
    static func json(_ names: [String], _ values: [String?]) -> String {
        JSONWriter.object(zip(names, values).map { name, value -> (String, String) in
            if numeric.contains(name) { return (name, value ?? "null") }
            if boolean.contains(name) { return (name, value ?? "false") }
            return (name, JSONWriter.value(value))
        })
    }

    /// A visit as JSON.
    static func json(_ v: Visit) -> String { json(visitColumns, values(v)) }

    /// A promise as JSON, with its history when `history`.
    static func json(_ p: Promise, history: Bool = false) -> String {
        var pairs = zip(promiseColumns, values(p)).map { name, value -> (String, String) in
            if numeric.contains(name) { return (name, value ?? "null") }
            if boolean.contains(name) { return (name, value ?? "false") }
            return (name, JSONWriter.value(value))
        }
        if history {
            pairs.append(("history", JSONWriter.array(p.history.map { e in
                JSONWriter.object([("at", JSONWriter.quote(e.at)), ("action", JSONWriter.quote(e.action.rawValue)),
                                   ("old_due", JSONWriter.value(e.oldDue?.description)), ("new_due", JSONWriter.value(e.newDue?.description)),
                                   ("note", JSONWriter.quote(e.note))])
            })))
        }
        return JSONWriter.object(pairs)
    }

    /// An appointment as JSON.
    static func json(_ a: Appointment) -> String { json(appointmentColumns, values(a)) }
}
