extension Customer {
    /// The problems of the whole card that no single field shows, each as a catalog sentence (empty when the card can be saved).
    ///
    /// Field texts are checked as they are set (`set(_:_:today:)`); this adds the rules between fields:
    /// a name, and a reason for a lost customer.
    public var problems: [MustDoError] {
        var out: [MustDoError] = []
        if name.isEmpty { out.append(.invalidInput(.custNameEmpty, [:])) }
        if status == .lost && self[.lostReason].isEmpty { out.append(.invalidInput(.custLostNeedsReason, [:])) }
        return out
    }

    /// Throws the first problem of `problems`.
    public func validate() throws {
        if let first = problems.first { throw first }
    }
}
