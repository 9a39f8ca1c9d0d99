/// The visit form's texts as typed (Chinese welcome everywhere), and the checks that turn them into a `Visit`: each
/// bad field gets one sentence in the user's language (the console's sentences, naming the field), and nothing is
/// built until every field is valid.
public struct VisitDraft: Sendable, Equatable {
    /// The form's fields, in the order they are filled in right after a visit.
    public enum Field: Int, CaseIterable, Sendable {
        /// The visit itself: customer, time, kind, the goal with its high/medium/low targets, what happened, the result.
        case customer, at, kind, goal, targetHigh, targetMedium, targetLow, happened, result
        /// The customer's action commitment (what, by when, who) and the next appointment (time, place, what for).
        case commitWhat, commitBy, commitWho, nextAt, nextPlace, nextAbout
        /// What else the visit counts as for linked routines (a favour, a home visit, a greeting, a VIP visit); optional,
        /// so it comes last and the 30-second path never passes through it.
        case alsoCounts

        /// The field's label in `language`.
        public func label(_ language: Language) -> String {
            let key: MessageKey
            switch self {
            case .customer: key = .vscrFieldCustomer
            case .at: key = .vscrFieldAt
            case .kind: key = .vscrFieldKind
            case .goal: key = .vscrFieldGoal
            case .targetHigh: key = .vscrFieldHigh
            case .targetMedium: key = .vscrFieldMedium
            case .targetLow: key = .vscrFieldLow
            case .happened: key = .vscrFieldHappened
            case .result: key = .vscrFieldResult
            case .commitWhat: key = .vscrFieldCommit
            case .commitBy: key = .vscrFieldBy
            case .commitWho: key = .vscrFieldWho
            case .nextAt: key = .vscrFieldNextAt
            case .nextPlace: key = .vscrFieldPlace
            case .nextAbout: key = .vscrFieldAbout
            case .alsoCounts: key = .vscrFieldAlsoCounts
            }
            return language.text(key)
        }

        /// What the field accepts, shown under it while it has the cursor (empty: nothing to say).
        public func hint(_ language: Language) -> String {
            switch self {
            case .customer: return language.text(.vscrHintCustomer)
            case .at, .nextAt: return language.text(.vscrHintMinute)
            case .kind: return language.text(.vscrHintKind)
            case .commitBy: return language.text(.vscrHintDate)
            case .commitWhat: return language.text(.vscrHintCommit)
            case .alsoCounts: return language.text(.vscrHintAlsoCounts)
            default: return ""
            }
        }
    }

    /// The text of each field, by `Field.rawValue`.
    public var values: [String]

    /// A draft at `now` (the visit's default time) of kind `kind`, for `customer` (typed text, may be empty).
    public init(now: LocalDateTime, customer: String = "", kind: VisitKind = .visit, language: Language) {
        values = Array(repeating: "", count: Field.allCases.count)
        values[Field.customer.rawValue] = customer
        values[Field.at.rawValue] = now.description
        values[Field.kind.rawValue] = kind.label(language)
    }

    /// The text of `field`.
    public subscript(field: Field) -> String {
        get { values[field.rawValue] }
        set { values[field.rawValue] = newValue }
    }

    /// The customer field's text without surrounding blanks (what the search looks for).
    public var customerQuery: String { self[.customer].trimmingWhitespace() }

    /// Fills the goal and its targets from the customer's last visit, where they are still empty (the 30-second default).
    public mutating func fillGoal(_ goal: VisitGoal) {
        if self[.goal].isEmpty { self[.goal] = goal.text }
        if self[.targetHigh].isEmpty { self[.targetHigh] = goal.high }
        if self[.targetMedium].isEmpty { self[.targetMedium] = goal.medium }
        if self[.targetLow].isEmpty { self[.targetLow] = goal.low }
    }

    /// The visit for `customerID` when every field is valid at `now`, else each bad field's sentence (nothing built).
    public func build(customerID: Int64?, now: LocalDateTime, language: Language) -> Result<Visit, Problems> {
        var problems: [Field: String] = [:]
        func check<T>(_ field: Field, _ body: () throws -> T) -> T? {
            do { return try body() } catch let e as MustDoError {
                problems[field] = e.formMessage(language, field: field.label(language))
            } catch {
                problems[field] = "\(error)"
            }
            return nil
        }
        func name(_ f: Field) -> String { f.label(language) }
        if customerID == nil {
            let typed = self[.customer].trimmingWhitespace()
            problems[.customer] = typed.isEmpty ? language.text(.vscrNoCustomer) : language.text(.vscrCustomerNoMatch, ["text": typed.quotedForMessage()])
        }
        let at = check(.at) { try VisitText.dateTime(self[.at], field: name(.at)) }
        var kind: VisitKind? = VisitKind(word: self[.kind])
        if kind == nil {
            // The words of either language, as the form shows them.
            kind = VisitKind.allCases.first { $0.label(language) == self[.kind].trimmingWhitespace() }
            if kind == nil { problems[.kind] = language.text(.vscrKindInvalid, ["text": self[.kind].quotedForMessage()]) }
        }
        let goal = check(.goal) { try VisitText.line(self[.goal], field: name(.goal), required: true) }
        let high = check(.targetHigh) { try VisitText.line(self[.targetHigh], field: name(.targetHigh)) }
        let medium = check(.targetMedium) { try VisitText.line(self[.targetMedium], field: name(.targetMedium)) }
        let low = check(.targetLow) { try VisitText.line(self[.targetLow], field: name(.targetLow)) }
        let happened = check(.happened) { try VisitText.text(self[.happened], field: name(.happened)) }
        let result = check(.result) { try VisitText.text(self[.result], field: name(.result), required: true) }
        // The customer's action commitment: what, by when, who.
        var commitment: ActionCommitment?
        let what = check(.commitWhat) { try VisitText.line(self[.commitWhat], field: name(.commitWhat)) } ?? ""
        let who = check(.commitWho) { try VisitText.line(self[.commitWho], field: name(.commitWho)) } ?? ""
        let byText = self[.commitBy].trimmingWhitespace()
        if what.isEmpty {
            if !byText.isEmpty { problems[.commitBy] = language.text(.vscrByNeedsCommit) }
            if !who.isEmpty { problems[.commitWho] = language.text(.vscrByNeedsCommit) }
        } else if byText.isEmpty {
            problems[.commitBy] = language.text(.vscrCommitNeedsBy)
        } else if let by = check(.commitBy, { try VisitText.date(byText, field: name(.commitBy)) }) {
            commitment = ActionCommitment(who: who, what: what, by: by)
        }
        // The next appointment: time, place, what for.
        var next: Appointment?
        let place = check(.nextPlace) { try VisitText.line(self[.nextPlace], field: name(.nextPlace)) } ?? ""
        let about = check(.nextAbout) { try VisitText.line(self[.nextAbout], field: name(.nextAbout)) } ?? ""
        if self[.nextAt].trimmingWhitespace().isEmpty {
            if !place.isEmpty { problems[.nextPlace] = language.text(.vscrPlaceNeedsTime) }
            if !about.isEmpty { problems[.nextAbout] = language.text(.vscrPlaceNeedsTime) }
        } else if let t = check(.nextAt, { try VisitText.dateTime(self[.nextAt], field: name(.nextAt)) }) {
            next = Appointment(customerID: customerID ?? 0, at: t, place: place, about: about)
        }
        // The rules against the clock, the console's sentences naming the form's fields, each at its field.
        if let at {
            if at > now { problems[.at] = language.text(.modelsVisitInFuture, ["at": at.description, "now": now.description, "next": name(.nextAt)]) }
            if let c = commitment, c.by < at.date {
                problems[.commitBy] = language.text(.modelsCommitBeforeVisit, ["by": c.by.description, "visit": at.date.description, "field": name(.commitBy)])
            }
        }
        let extras = alsoCounts(language, problems: &problems)
        if let n = next, n.at < now { problems[.nextAt] = language.text(.apptInPast, ["at": n.at.description, "now": now.description]) }
        guard problems.isEmpty, let customerID, let at, let kind, let goal, let result else { return .failure(Problems(byField: problems)) }
        var visit = Visit(kind: kind, at: at, customerID: customerID, goal: VisitGoal(goal, high: high ?? "", medium: medium ?? "", low: low ?? ""),
                          happened: happened ?? "", result: result, commitment: commitment, next: next)
        visit.alsoCounts = extras
        return .success(visit)
    }

    /// The "also counts as" field read: the console's names, their words in either language, or the labels the checklist shows, separated by commas (`,`
    /// `，` `、`), each once; a word that is not one of them is the field's problem.
    func alsoCounts(_ language: Language, problems: inout [Field: String]) -> [ActivityKind] {
        var kinds: [ActivityKind] = []
        let parts = self[.alsoCounts].split { $0 == "," || $0 == "，" || $0 == "、" }.map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        for word in parts {
            let labelled = ActivityKind.visitExtras.first { k in [Language.en, .zh].contains { k.label($0).lowercased() == word.lowercased() } }
            guard let k = labelled ?? ActivityKind(word: word), ActivityKind.visitExtras.contains(k) else {
                problems[.alsoCounts] = language.text(.vscrAlsoCountsInvalid, ["text": word.quotedForMessage()])
                return []
            }
            if !kinds.contains(k) { kinds.append(k) }
        }
        return kinds
    }

    /// Each bad field's sentence.
    public struct Problems: Error, Sendable, Equatable {
        /// The sentences by field.
        public var byField: [Field: String]
        /// The sentences by field index (forms other than the visit form).
        public var byIndex: [Int: String] = [:]
    }
}
