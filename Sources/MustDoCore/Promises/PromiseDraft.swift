/// The ledger's "add a promise" form as typed, and the checks that turn it into a `Promise`: each bad field one
/// sentence (the console's rules: direction needed unless the kind is always the customer's, a due date not before
/// today, credibility only on the customer's promises), nothing built until all are valid.
public struct PromiseDraft: Sendable, Equatable {
    /// The form's fields.
    public enum Field: Int, CaseIterable, Sendable {
        /// Whose promise to which customer, what kind, what, by when, who, its conditions, how credible, whether it
        /// was put in writing, and how many days before the due date to be reminded (as `promise add` asks).
        case customer, direction, kind, what, by, who, conditions, credibility, written, remind

        /// The field's label in `language`.
        public func label(_ language: Language) -> String {
            switch self {
            case .customer: return language.text(.vscrFieldCustomer)
            case .direction: return language.text(.vscrFieldDirection)
            case .kind: return language.text(.vscrFieldPromiseKind)
            case .what: return language.text(.vscrFieldWhat)
            case .by: return language.text(.vscrFieldBy)
            case .who: return language.text(.vscrFieldWho)
            case .conditions: return language.text(.vscrFieldConditions)
            case .credibility: return language.text(.vscrFieldCredibility)
            case .written: return language.text(.modelsFieldWritten)
            case .remind: return language.text(.modelsFieldRemind)
            }
        }

        /// What the field accepts, shown while it has the cursor.
        public func hint(_ language: Language) -> String {
            switch self {
            case .customer: return language.text(.vscrHintCustomer)
            case .direction: return language.text(.vscrHintDirection)
            case .kind: return language.text(.vscrHintPromiseKind)
            case .by: return language.text(.vscrHintDate)
            case .credibility: return language.text(.vscrHintCredibility)
            case .written: return language.text(.modelsHintWritten)
            case .remind: return language.text(.modelsHintRemind, ["limit": String(PromiseSettings.remindLimit)])
            default: return ""
            }
        }
    }

    /// The text of each field, by `Field.rawValue`.
    public var values: [String]

    /// An empty draft; the direction typed in when the ledger shows one direction.
    public init(direction: PromiseDirection?, language: Language) {
        values = Array(repeating: "", count: Field.allCases.count)
        values[Field.direction.rawValue] = direction?.label(language) ?? ""
        values[Field.kind.rawValue] = PromiseKind.general.label(language)
        values[Field.written.rawValue] = language.text(.custAnswerNo)
    }

    /// The text of `field`.
    public subscript(field: Field) -> String {
        get { values[field.rawValue] }
        set { values[field.rawValue] = newValue }
    }

    /// The customer field's text without surrounding blanks.
    public var customerQuery: String { self[.customer].trimmingWhitespace() }

    /// The promise for `customerID` made `today`, or each bad field's sentence.
    public func build(customerID: Int64?, today: LocalDate, language: Language) -> Result<Promise, VisitDraft.Problems> {
        var problems: [Int: String] = [:]
        func word<T>(_ f: Field, _ parse: (String) -> T?, _ all: [T], _ label: (T) -> String) -> T? {
            let t = self[f].trimmingWhitespace()
            return parse(t) ?? all.first { label($0) == t }
        }
        if customerID == nil {
            problems[Field.customer.rawValue] = customerQuery.isEmpty ? language.text(.vscrNoCustomer)
                : language.text(.vscrCustomerNoMatch, ["text": customerQuery.quotedForMessage()])
        }
        let kind = word(.kind, PromiseKind.init(word:), PromiseKind.allCases) { $0.label(language) }
        if kind == nil { problems[Field.kind.rawValue] = language.text(.vscrPromiseKindInvalid, ["text": self[.kind].quotedForMessage()]) }
        var direction = word(.direction, PromiseDirection.init(word:), PromiseDirection.allCases) { $0.label(language) }
        let alwaysTheirs = kind == .payment || kind == .action
        if direction == nil, alwaysTheirs, self[.direction].trimmingWhitespace().isEmpty { direction = .theirs }
        if direction == nil {
            problems[Field.direction.rawValue] = language.text(.vscrDirectionNeeded)
        } else if alwaysTheirs, direction == .ours, let kind {
            problems[Field.direction.rawValue] = language.text(.vscrKindIsTheirs, ["kind": kind.label(language)])
        }
        var credibility: Credibility?
        let credText = self[.credibility].trimmingWhitespace()
        if !credText.isEmpty {
            credibility = word(.credibility, Credibility.init(word:), Credibility.allCases) { $0.label(language) }
            if credibility == nil { problems[Field.credibility.rawValue] = language.text(.vscrCredibilityInvalid, ["text": credText.quotedForMessage()]) }
        }
        // In writing: yes or no in either language (empty is no).
        let writtenText = self[.written].trimmingWhitespace()
        let written = ProspectAnswer(name: writtenText)
        if written == nil || (written == .unknown && !writtenText.isEmpty) {
            problems[Field.written.rawValue] = language.text(.modelsWrittenInvalid, ["field": Field.written.label(language),
                                                                                     "text": writtenText.quotedForMessage()])
        }
        // Reminder days: empty for the kind's default, else 0 to the limit.
        var remindDays: Int?
        let remindText = self[.remind].trimmingWhitespace()
        if !remindText.isEmpty {
            if let n = Int(remindText), (0...PromiseSettings.remindLimit).contains(n) {
                remindDays = n
            } else {
                problems[Field.remind.rawValue] = language.text(.modelsRemindInvalid, ["field": Field.remind.label(language), "text": remindText.quotedForMessage(),
                                                                                       "limit": String(PromiseSettings.remindLimit)])
            }
        }
        var due: LocalDate?
        do { due = try VisitText.date(self[.by], field: Field.by.label(language)) } catch let e as MustDoError {
            problems[Field.by.rawValue] = e.formMessage(language, field: Field.by.label(language))
        } catch { problems[Field.by.rawValue] = "\(error)" }
        let checks: [(Field, (String) throws -> String)] = [
            (.what, { try VisitText.line($0, field: Field.what.label(language), required: true) }),
            (.who, { try VisitText.line($0, field: Field.who.label(language)) }),
            (.conditions, { try VisitText.text($0, field: Field.conditions.label(language)) }),
        ]
        var texts: [Field: String] = [:]
        for (f, check) in checks {
            do { texts[f] = try check(self[f]) } catch let e as MustDoError {
                problems[f.rawValue] = e.formMessage(language, field: f.label(language))
            } catch { problems[f.rawValue] = "\(error)" }
        }
        if let due, due < today { problems[Field.by.rawValue] = language.text(.promiseDueBeforeMade, ["due": due.description, "made": today.description]) }
        if direction == .ours, credibility != nil { problems[Field.credibility.rawValue] = language.text(.vscrCredibilityOurs) }
        guard problems.isEmpty, let customerID, let direction, let kind, let due else {
            return .failure(VisitDraft.Problems(byField: [:], byIndex: problems))
        }
        return .success(Promise(direction: direction, kind: kind, customerID: customerID, who: texts[.who] ?? "", what: texts[.what] ?? "", due: due,
                                conditions: texts[.conditions] ?? "", inWriting: written == .yes, credibility: credibility,
                                remindDays: remindDays, madeOn: today))
    }
}
