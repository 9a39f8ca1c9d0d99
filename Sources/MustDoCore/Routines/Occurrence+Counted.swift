/// The customers behind a linked item's count, as the checklist and the console show them.
extension Occurrence {
    /// The customers who counted toward it, each once, a repeated one with `×n` (`张三×2, 李四`); "" when none.
    public var countedByText: String {
        var order: [String] = []
        var times: [String: Int] = [:]
        for name in countedBy {
            if times[name] == nil { order.append(name) }
            times[name, default: 0] += 1
        }
        return order.map { name in
            let n = times[name] ?? 1
            return n > 1 ? "\(name)×\(n)" : name
        }.joined(separator: ", ")
    }
}
