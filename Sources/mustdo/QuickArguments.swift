/// A command line of plain options read without ArgumentParser (its command tree is a large part of a short command's
/// start): `--option value` pairs from a known set and flags, each at most once. Anything else (an unknown or repeated
/// option, `--opt=value`, a value that starts with `-`, help) is nil, and the caller takes ArgumentParser's path.
struct QuickArguments {
    /// The options' values by option.
    private(set) var values: [String: String] = [:]
    /// The flags given.
    private(set) var flags: Set<String> = []

    /// `args` read as `options` with a value each and `flags`, or nil for anything else.
    init?(_ args: ArraySlice<String>, options: Set<String>, flags allowed: Set<String>) {
        var i = args.startIndex
        while i < args.endIndex {
            let a = args[i]
            if allowed.contains(a) {
                guard flags.insert(a).inserted else { return nil }
                i += 1
                continue
            }
            guard options.contains(a), values[a] == nil, i + 1 < args.endIndex, !args[i + 1].hasPrefix("-") else { return nil }
            values[a] = args[i + 1]
            i += 2
        }
    }
}
