import Testing
@testable import MustDoCore

/// Message keys compare and hash by their case (issue 14, start-up): every key is its own and no other.
@Suite struct MessageKeyHashingTests {
    @Test func everyKeyIsDistinctAndFindsItsOwnEntry() {
        let keys = MessageKey.allCases
        #expect(Set(keys).count == keys.count)
        #expect(keys.map(\.ordinal) == Array(0..<keys.count), "a key's ordinal is its position (the catalog tables index by it)")
        let byKey = Dictionary(uniqueKeysWithValues: keys.map { ($0, $0.rawValue) })
        for (i, key) in keys.enumerated() {
            #expect(byKey[key] == key.rawValue)
            #expect(MessageKey(rawValue: key.rawValue) == key)
            if i > 0 { #expect(key != keys[i - 1]) }
        }
    }
}
