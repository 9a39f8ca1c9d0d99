/// What morning planning shows of visits and promises (issue 11): today's appointments, promises due or overdue both
/// ways, the customers' action commitments to follow up, long promises whose buyer's progress to check, and
/// appointments that cannot be kept and whose customer has not been told yet.
public struct CommitmentAgenda: Equatable, Sendable {
    /// Today's appointments (any state), by time.
    public var appointmentsToday: [Appointment]
    /// Pending promises (both ways, action commitments excepted) in their reminder window or overdue, by due date.
    public var promisesDue: [Promise]
    /// Pending customer action commitments in their reminder window or overdue, by due date.
    public var commitmentsToFollow: [Promise]
    /// Long promises with conditions whose buyer's progress is to be checked.
    public var progressChecks: [Promise]
    /// Appointments that cannot be kept and whose customer has not been told, by time.
    public var toTell: [Appointment]

    /// An agenda.
    public init(appointmentsToday: [Appointment] = [], promisesDue: [Promise] = [], commitmentsToFollow: [Promise] = [],
                progressChecks: [Promise] = [], toTell: [Appointment] = []) {
        self.appointmentsToday = appointmentsToday
        self.promisesDue = promisesDue
        self.commitmentsToFollow = commitmentsToFollow
        self.progressChecks = progressChecks
        self.toTell = toTell
    }

    /// Sorts the pending promises and the appointments read for `today` into the agenda.
    public init(today: LocalDate, pending: [Promise], appointments: [Appointment], settings: PromiseSettings) {
        let due = pending.filter { $0.isDueSoon(on: today, settings: settings) }.sorted { ($0.due, $0.id) < ($1.due, $1.id) }
        self.init(appointmentsToday: appointments.filter { $0.at.date == today }.sorted { ($0.at, $0.id) < ($1.at, $1.id) },
                  promisesDue: due.filter { $0.kind != .action },
                  commitmentsToFollow: due.filter { $0.kind == .action },
                  progressChecks: pending.filter { $0.needsProgressCheck(on: today, settings: settings) }.sorted { ($0.due, $0.id) < ($1.due, $1.id) },
                  toTell: appointments.filter(\.needsTelling).sorted { ($0.at, $0.id) < ($1.at, $1.id) })
    }

    /// Whether there is nothing to show.
    public var isEmpty: Bool {
        appointmentsToday.isEmpty && promisesDue.isEmpty && commitmentsToFollow.isEmpty && progressChecks.isEmpty && toTell.isEmpty
    }
}
