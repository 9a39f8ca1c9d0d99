import Foundation
import Testing
@testable import MustDoCore

/// A search key matched in its stored bytes (`SearchKey.matches(stored:_:)`, `StoredSearchKeys`) finds exactly what
/// the key built in memory finds, and damaged bytes are refused rather than read out of bounds.
@Suite struct StoredSearchKeysTests {
    static let texts: [[(String, SearchKey.Kind)]] = [
        [("张三", .name), ("华兴贸易有限公司", .text), ("KH-2026-0001", .text), ("138 0013 8000", .text)],
        [("单田芳", .name), ("长城电子", .text), ("KH-2026-0002", .text)],
        [("John Smith", .name), ("Acme Trading", .text), ("KH-2026-0003", .text), ("+1 555 0100", .text), ("吕布", .name)],
        [("欧阳娜娜", .name), ("KH-2026-0004", .text)],
        [("Zoë Ädams", .name), ("", .text)],
        [(String(repeating: "张三李四王五", count: 20), .name)],
    ]
    static let queries = ["", "zs", "zhang", "zhangsan", "zhs", "san", "张san", "shan", "dan", "stf", "chang", "zhangcheng", "cc", "js",
                          "smith", "john smith", "lb", "lv", "lu", "oyn", "ouyangnana", "zoe", "adams", "13800", "0013", "138 0013 8000",
                          "kh2026", "0003", "华兴", "贸易", "acme", "5550100", "x", "qq", String(repeating: "zsls", count: 20),
                          String(repeating: "zhangsanlisiwangwu", count: 4)]

    @Test func storedBytesMatchLikeTheKey() {
        var list = StoredSearchKeys()
        var keys: [SearchKey] = []
        for fields in Self.texts {
            let key = SearchKey(fields: fields.map { (text: $0.0, kind: $0.1) })
            keys.append(key)
            list.append(key)
        }
        #expect(list.count == keys.count)
        var hits = 0
        for text in Self.queries {
            let q = SearchKey.Query(text)
            for (i, key) in keys.enumerated() {
                let stored = key.stored.withUnsafeBytes { SearchKey.matches(stored: $0, q) }
                #expect(stored == key.matches(q), "\(key.text) / \(text)")
                #expect(list.matches(i, q) == key.matches(q), "\(key.text) / \(text)")
                if key.matches(q) { hits += 1 }
            }
            #expect(list.matching(q, in: Array(keys.indices)) == keys.indices.filter { keys[$0].matches(q) })
        }
        #expect(hits > 40, "the queries do find things")
    }

    @Test func damagedBytesAreRefused() {
        let key = SearchKey(fields: [(text: "张三", kind: .name), (text: "华兴", kind: .text)])
        var bytes = [UInt8](key.stored)
        #expect(bytes.withUnsafeBytes { SearchKey.isSound(stored: $0) })
        var list = StoredSearchKeys()
        // Truncated, and an alternative pointing past the symbols.
        #expect(Array(bytes.dropLast()).withUnsafeBytes { SearchKey.matches(stored: $0, SearchKey.Query("zs")) } == nil)
        #expect(![UInt8](repeating: 0, count: 8).withUnsafeBytes { list.append(stored: $0) })
        let nf = Int(bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 0, as: UInt32.self) })
        let ns = Int(bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 4, as: UInt32.self) })
        let firstAlternative = 32 + 4 * (nf + ns)
        bytes[firstAlternative + 4] = 0xFF   // count of the first alternative
        #expect(!bytes.withUnsafeBytes { list.append(stored: $0) })
        #expect(bytes.withUnsafeBytes { SearchKey.matches(stored: $0, SearchKey.Query("zs")) } == nil)
        #expect(list.count == 0)
    }
}
