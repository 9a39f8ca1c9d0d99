import MustDoCore

/// The `--FIELD VALUE` pairs of `customers add` and `customers edit`, read by hand so every card field is an option
/// without a declaration each: `--name`, `--tier`, … plus `--person`, `--remove-person`, `--tag`, `--remove-tag` and `--reviewed`.
struct CustomerChanges {
    /// Field values in the order given.
    var fields: [(CustomerField, String)] = []
    /// `NAME:ROLE[:NOTE]` people to add or replace.
    var people: [String] = []
    /// Names of people to remove.
    var removePeople: [String] = []
    /// Tags to add.
    var tags: [String] = []
    /// Tags to remove.
    var removeTags: [String] = []
    /// Whether `--reviewed` was given.
    var reviewed = false

    /// Whether nothing at all was asked.
    var isEmpty: Bool { fields.isEmpty && people.isEmpty && removePeople.isEmpty && tags.isEmpty && removeTags.isEmpty && !reviewed }

    /// The options that can be repeated.
    static let lists = ["person", "remove-person", "tag", "remove-tag"]

    /// Reads `args` (`--opt VALUE` or `--opt=VALUE`); throws one sentence for an unknown, valueless or repeated option.
    init(_ args: [String]) throws {
        var i = 0
        var seen: Set<String> = []
        while i < args.count {
            let arg = args[i]
            guard arg.hasPrefix("--"), arg.count > 2 else { throw CustomerChanges.unknown(arg) }
            var name = String(arg.dropFirst(2))
            var value: String?
            if let eq = name.firstIndex(of: "=") {
                value = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            if name == "reviewed" && value == nil {
                reviewed = true
                i += 1
                continue
            }
            let field = CustomerField(option: name)
            guard field != nil || CustomerChanges.lists.contains(name) else { throw CustomerChanges.unknown("--" + name) }
            if value == nil {
                guard i + 1 < args.count else { throw MustDoError.invalidInput(.custMissingValue, ["option": "--" + name]) }
                value = args[i + 1]
                i += 1
            }
            i += 1
            if let field {
                guard seen.insert(name).inserted else { throw MustDoError.invalidInput(.custRepeatedOption, ["option": "--" + name]) }
                fields.append((field, value!))
            } else {
                switch name {
                case "person": people.append(value!)
                case "remove-person": removePeople.append(value!)
                case "tag": tags.append(value!)
                default: removeTags.append(value!)
                }
            }
        }
    }

    /// The sentence for an option that is not a card field.
    static func unknown(_ option: String) -> MustDoError {
        .invalidInput(.custUnknownOption, ["option": option.quotedForMessage(), "options": optionList])
    }

    /// The field options only, comma-separated (help, which names the list options itself).
    static var fieldList: String { CustomerField.allCases.map(\.option).joined(separator: ", ") }

    /// Every option, comma-separated (help and errors).
    static var optionList: String {
        (CustomerField.allCases.map(\.option) + lists.map { "--" + $0 } + ["--reviewed"]).joined(separator: ", ")
    }

    /// Applies the changes to `card`, each checked; throws the first problem as one sentence.
    func apply(to card: inout Customer, today: LocalDate) throws {
        for (field, text) in fields { try card.set(field, text, today: today) }
        for name in removePeople {
            let n = name.trimmedText()
            guard let i = card.people.firstIndex(where: { $0.name == n }) else {
                throw MustDoError.invalidInput(.custNoPerson, ["name": name.quotedForMessage(), "number": card.number])
            }
            card.people.remove(at: i)
        }
        for text in people { card.put(try CustomerPerson(parsing: text)) }
        try card.addTags(tags)
        card.tags.removeAll { removeTags.map { $0.trimmedText() }.contains($0) }
    }
}

extension String {
    /// The text without white space at either end.
    func trimmedText() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
