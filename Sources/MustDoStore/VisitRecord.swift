import GRDB
import GRDBSQLite
import MustDoCore

/// How visits, appointments and promises map to their rows, and the `v5-visits-promises` migration.
enum VisitRecord {
    /// The `v5-visits-promises` migration. Days are ISO text (`2026-11-27`), minutes `2026-11-27 10:30`, so that
    /// `sqlite3` shows them as they are and they sort as text.
    static let migration = """
        -- One contact with a customer: a visit, call, message or meal, its goal with high/medium/low targets, what
        -- happened and the result. The customer's action commitment is a promise (direction 'theirs', kind 'action')
        -- pointing back here; the next appointment an appointment row.
        CREATE TABLE visit (
          id INTEGER PRIMARY KEY,
          customer_id INTEGER NOT NULL REFERENCES customer(id),
          kind TEXT NOT NULL CHECK (kind IN ('visit', 'call', 'message', 'meal')),
          at TEXT NOT NULL,
          person TEXT NOT NULL DEFAULT '',
          goal TEXT NOT NULL DEFAULT '',
          target_high TEXT NOT NULL DEFAULT '',
          target_medium TEXT NOT NULL DEFAULT '',
          target_low TEXT NOT NULL DEFAULT '',
          happened TEXT NOT NULL DEFAULT '',
          result TEXT NOT NULL DEFAULT '',
          created_at TEXT NOT NULL
        );
        CREATE INDEX visit_by_time ON visit(at);
        CREATE INDEX visit_by_customer ON visit(customer_id, at);
        CREATE TABLE appointment (
          id INTEGER PRIMARY KEY,
          customer_id INTEGER NOT NULL REFERENCES customer(id),
          visit_id INTEGER REFERENCES visit(id),
          at TEXT NOT NULL,
          place TEXT NOT NULL DEFAULT '',
          about TEXT NOT NULL DEFAULT '',
          state TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'kept', 'cannot-keep')),
          reason TEXT NOT NULL DEFAULT '',
          told_at TEXT,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE INDEX appointment_by_time ON appointment(at);
        CREATE INDEX appointment_to_tell ON appointment(at) WHERE state = 'cannot-keep' AND told_at IS NULL;
        -- Promises both ways. A renegotiation moves 'due' and keeps the old date in promise_event.
        CREATE TABLE promise (
          id INTEGER PRIMARY KEY,
          customer_id INTEGER NOT NULL REFERENCES customer(id),
          visit_id INTEGER REFERENCES visit(id),
          direction TEXT NOT NULL CHECK (direction IN ('ours', 'theirs')),
          kind TEXT NOT NULL CHECK (kind IN ('general', 'rebate', 'payment', 'action')),
          who TEXT NOT NULL DEFAULT '',
          what TEXT NOT NULL,
          due TEXT NOT NULL,
          conditions TEXT NOT NULL DEFAULT '',
          in_writing INTEGER NOT NULL DEFAULT 0,
          credibility TEXT CHECK (credibility IS NULL OR credibility IN ('high', 'medium', 'low')),
          credibility_note TEXT NOT NULL DEFAULT '',
          remind_days INTEGER,
          state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'kept', 'broken', 'renegotiated', 'cancelled')),
          made_on TEXT NOT NULL,
          checked_on TEXT,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE INDEX promise_pending ON promise(due) WHERE state IN ('open', 'renegotiated');
        CREATE INDEX promise_by_customer ON promise(customer_id, due);
        CREATE INDEX promise_by_visit ON promise(visit_id) WHERE visit_id IS NOT NULL;
        CREATE TABLE promise_event (
          id INTEGER PRIMARY KEY,
          promise_id INTEGER NOT NULL REFERENCES promise(id),
          at TEXT NOT NULL,
          action TEXT NOT NULL CHECK (action IN ('created', 'kept', 'broken', 'renegotiated', 'cancelled', 'checked')),
          old_due TEXT,
          new_due TEXT,
          note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX promise_event_by_promise ON promise_event(promise_id, id);
        -- The card's last contact (the day of its latest visit), for the filing check "filled in right after the visit".
        ALTER TABLE customer ADD COLUMN last_contact TEXT;
        """

    /// The tables the migration creates.
    static let tables = ["visit", "appointment", "promise", "promise_event"]

    /// The columns read for a visit (with its customer's number and name).
    static let visitColumns = """
        v.id, v.customer_id, v.kind, v.at, v.person, v.goal, v.target_high, v.target_medium, v.target_low, v.happened, v.result,
        c.number, c.name
        """

    /// A visit from a row of `visitColumns` (commitment and next appointment are attached by the caller).
    static func visit(_ row: Row) -> Visit {
        var v = Visit(id: row[0], kind: VisitKind(rawValue: row[2]) ?? .visit, at: LocalDateTime(parsing: row[3] as String) ?? LocalDateTime(date: LocalDate(dayNumber: 0), hour: 0, minute: 0),
                      customerID: row[1], person: row[4],
                      goal: VisitGoal(row[5], high: row[6], medium: row[7], low: row[8]), happened: row[9], result: row[10],
                      customerNumber: row[11], customerName: row[12])
        v.commitmentPromiseID = nil
        return v
    }

    /// The columns read for an appointment.
    static let appointmentColumns = "a.id, a.customer_id, a.visit_id, a.at, a.place, a.about, a.state, a.reason, a.told_at, c.number, c.name"

    /// An appointment from a row of `appointmentColumns`.
    static func appointment(_ row: Row) -> Appointment {
        Appointment(id: row[0], customerID: row[1], visitID: row[2],
                    at: LocalDateTime(parsing: row[3] as String) ?? LocalDateTime(date: LocalDate(dayNumber: 0), hour: 0, minute: 0),
                    place: row[4], about: row[5], state: AppointmentState(rawValue: row[6]) ?? .planned, reason: row[7], toldAt: row[8],
                    customerNumber: row[9], customerName: row[10])
    }

    /// The columns read for a promise.
    static let promiseColumns = """
        p.id, p.direction, p.kind, p.customer_id, p.visit_id, p.who, p.what, p.due, p.conditions, p.in_writing, p.credibility,
        p.credibility_note, p.remind_days, p.state, p.made_on, p.checked_on, c.number, c.name
        """

    /// A promise from a row of `promiseColumns` (history attached by the caller).
    static func promise(_ row: Row) -> Promise {
        let due = LocalDate(parsing: row[7] as String) ?? LocalDate(dayNumber: 0)
        return Promise(id: row[0], direction: PromiseDirection(rawValue: row[1]) ?? .ours, kind: PromiseKind(rawValue: row[2]) ?? .general,
                       customerID: row[3], visitID: row[4], who: row[5], what: row[6], due: due, conditions: row[8], inWriting: row[9],
                       credibility: (row[10] as String?).flatMap(Credibility.init(rawValue:)), credibilityNote: row[11], remindDays: row[12],
                       state: PromiseState(rawValue: row[13]) ?? .open, madeOn: LocalDate(parsing: row[14] as String) ?? due,
                       checkedOn: (row[15] as String?).flatMap { LocalDate(parsing: $0) }, customerNumber: row[16], customerName: row[17])
    }

    /// An appointment from a row of `appointmentColumns` read through SQLite's C API (`PlanReader`), as `appointment(_:)` reads it.
    static func appointment(_ s: OpaquePointer) -> Appointment {
        Appointment(id: sqlite3_column_int64(s, 0), customerID: sqlite3_column_int64(s, 1), visitID: QuickConnection.int(s, 2).map(Int64.init),
                    at: LocalDateTime(parsing: PlanReader.text(s, 3)) ?? LocalDateTime(date: LocalDate(dayNumber: 0), hour: 0, minute: 0),
                    place: PlanReader.text(s, 4), about: PlanReader.text(s, 5), state: AppointmentState(rawValue: PlanReader.text(s, 6)) ?? .planned,
                    reason: PlanReader.text(s, 7), toldAt: QuickConnection.text(s, 8),
                    customerNumber: PlanReader.text(s, 9), customerName: PlanReader.text(s, 10))
    }

    /// A promise from a row of `promiseColumns` read through SQLite's C API (`PlanReader`), as `promise(_:)` reads it.
    static func promise(_ s: OpaquePointer) -> Promise {
        let due = LocalDate(parsing: PlanReader.text(s, 7)) ?? LocalDate(dayNumber: 0)
        return Promise(id: sqlite3_column_int64(s, 0), direction: PromiseDirection(rawValue: PlanReader.text(s, 1)) ?? .ours,
                       kind: PromiseKind(rawValue: PlanReader.text(s, 2)) ?? .general, customerID: sqlite3_column_int64(s, 3),
                       visitID: QuickConnection.int(s, 4).map(Int64.init), who: PlanReader.text(s, 5), what: PlanReader.text(s, 6), due: due,
                       conditions: PlanReader.text(s, 8), inWriting: sqlite3_column_int64(s, 9) != 0,
                       credibility: QuickConnection.text(s, 10).flatMap(Credibility.init(rawValue:)), credibilityNote: PlanReader.text(s, 11),
                       remindDays: QuickConnection.int(s, 12), state: PromiseState(rawValue: PlanReader.text(s, 13)) ?? .open,
                       madeOn: LocalDate(parsing: PlanReader.text(s, 14)) ?? due,
                       checkedOn: QuickConnection.text(s, 15).flatMap { LocalDate(parsing: $0) },
                       customerNumber: PlanReader.text(s, 16), customerName: PlanReader.text(s, 17))
    }

    /// Stores the minute as `YYYY-MM-DD HH:MM`.
    static func text(_ t: LocalDateTime) -> String { t.description }
}
