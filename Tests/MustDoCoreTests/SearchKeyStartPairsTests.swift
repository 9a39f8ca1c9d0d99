import Testing
@testable import MustDoCore

/// The search's second quick test (`SearchKey.startPairs`, tested in SQL before a key is read): a key that a query
/// matches always has the query's first pair, so the test never loses a card; and it does turn cards away.
@Suite struct SearchKeyStartPairsTests {
    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁单曾解朴乐吕").map(String.init)
        + ["欧阳", "尉迟", "长孙", "上官", "诸葛"]
    static let given = Array("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华长乐朝重行和传觉柏奇盛绿女三四").map(String.init)
    static let companies = ["深圳华创科技有限公司", "上海恒信贸易有限公司", "长城汽车", "重庆银行", "Acme Ltd", "Globex Inc", "", "中行"]
    static let western = ["John Smith", "Zoë Müller", "Ann Lee", "O'Brien Zhang", "Mary Jones"]

    /// Deterministic cards' keys: name, company, number, phone and people, as `Customer.searchKey` builds them.
    static func keys(_ count: Int) -> [SearchKey] {
        var state: UInt64 = 20261127
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        return (0..<count).map { i in
            let name = next(6) == 0 ? western[next(western.count)]
                : surnames[next(surnames.count)] + given[next(given.count)] + (next(3) > 0 ? given[next(given.count)] : "")
            var card = Customer(name: name)
            card[.company] = companies[next(companies.count)]
            card.number = "KH-2026-\(1000 + i)"
            if next(2) == 0 { card[.phone] = "13\(next(10)) \(1000 + next(9000)) \(1000 + next(9000))" }
            if next(3) == 0 { card.people = [CustomerPerson(name: surnames[next(surnames.count)] + given[next(given.count)], role: .buyer)] }
            return card.searchKey
        }
    }

    /// Every query of two letters or digits, some of three, and the beginnings of readings and words.
    static var queries: [String] {
        let symbols = Array("abcdefghijklmnopqrstuvwxyz0123456789").map(String.init)
        var result: [String] = []
        for a in symbols.prefix(26) { for b in symbols { result.append(a + b) } }
        for a in symbols.suffix(10) { for b in symbols.suffix(10) { result.append(a + b) } }
        result += ["zhang", "zhangs", "zsan", "zhs", "ouyang", "oyn", "yuchi", "ycm", "shan", "chang", "changs", "lv", "lvz", "nv",
                   "smith", "js", "jsm", "zoe", "muller", "obrien", "o'b", "kh2026", "kh-2026-10", "2026", "138", "sz", "szhc",
                   "shenzhen", "hckj", "yxgs", "cqyh", "chongq", "acme", "张三", "张san", "zhang三", "华创", "欧阳", "乐", "yue", "le"]
        return result
    }

    @Test func aMatchingKeyAlwaysHasTheQuerysFirstPair() {
        let keys = Self.keys(500)
        var matched = 0
        var turnedAway = 0
        for text in Self.queries {
            let query = SearchKey.Query(text)
            let pair = SearchKey.startPair(of: query)
            for key in keys {
                let has = pair.map { key.startPairs[$0.word] & $0.mask != 0 } ?? true
                if key.matches(query) {
                    matched += 1
                    #expect(has, "\(text) finds \(key.text) but its start pairs lack the query's first pair")
                } else if !has && query.mask & ~key.symbolMask == 0 {
                    turnedAway += 1   // the symbol mask alone would have read this key
                }
            }
        }
        #expect(matched > 5_000)
        #expect(turnedAway > 50_000, "the pairs turn away keys the symbol mask lets through")
    }

    @Test func aQueryWithoutAnASCIIFirstPairIsNotTested() {
        #expect(SearchKey.startPair(of: SearchKey.Query("z")) == nil)
        #expect(SearchKey.startPair(of: SearchKey.Query("张三")) == nil)
        #expect(SearchKey.startPair(of: SearchKey.Query("张san")) == nil)
        #expect(SearchKey.startPair(of: SearchKey.Query("z s")) != nil, "spaces are folded away before the pair is taken")
    }
}
