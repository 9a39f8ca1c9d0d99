import Testing
@testable import MustDoCore

/// The customer list's presentation model: rows in words, the quiet filing mark, order, filters and the search over
/// keys built once; and the card presentation's items, warnings and history.
@Suite struct CustomerListPresentationTests {
    static let today = LocalDate(parsing: "2026-11-26")!

    static func card(_ id: Int64, _ name: String, _ fields: [(CustomerField, String)] = [], tags: [String] = [], updated: String = "2026-11-20T10:00:00") throws -> Customer {
        var c = Customer(name: name, createdAt: "2026-11-20T10:00:00")
        c.id = id
        c.number = "KH-2026-000\(id)"
        for (f, v) in fields { try c.set(f, v, today: today) }
        try c.addTags(tags)
        c.updatedAt = updated
        return c
    }

    static func sample() throws -> [Customer] {
        [try card(1, "张三", [(.company, "华兴贸易"), (.tier, "key"), (.phone, "138 0013 8000")], tags: ["vip"]),
         try card(2, "李四", [(.company, "长城电子"), (.tier, "important"), (.status, "customer")], updated: "2026-11-25T10:00:00"),
         try card(3, "John Smith", [(.tier, "general"), (.status, "dormant")], tags: ["vip", "north"])]
    }

    @Test func rowsSayTierStatusAndCompletenessInTheUILanguage() throws {
        let p = CustomerListPresentation(cards: try Self.sample(), today: Self.today, settings: CustomerSettings(), language: .zh)
        #expect(p.rows[0].tier == "关键" && p.rows[0].status == "准客户")
        #expect(p.rows[0].completeness.hasSuffix(" !") && p.rows[0].warns, "a card with empty items warns quietly")
        #expect(p.rows[0].completeness.hasPrefix("4/14"), "name, phone, grade (by tier) and company's contact fields filled")
        #expect(p.tags == ["north", "vip"])
        #expect(p.hasLastContact == false, "no last contact before visits exist")
    }

    @Test func ordersFiltersAndSearchesWithKeysBuiltOnce() throws {
        let p = CustomerListPresentation(cards: try Self.sample(), today: Self.today, settings: CustomerSettings(), language: .en)
        let all = CustomerListPresentation.Filter()
        #expect(p.order(.number, all) == [0, 1, 2])
        #expect(p.order(.name, all).map { p.rows[$0].name } == ["John Smith", "李四", "张三"], "by pinyin: li before zhang")
        #expect(p.order(.updated, all).first == 1)
        #expect(p.order(.status, all) == [0, 1, 2])
        #expect(p.order(.number, .init(tier: .important)) == [1])
        #expect(p.order(.number, .init(status: .dormant)) == [2])
        #expect(p.order(.number, .init(tag: "vip")) == [0, 2])
        let order = p.order(.number, all)
        #expect(p.matching(SearchKey.Query("zs"), in: order) == [0])
        #expect(p.matching(SearchKey.Query("zhangsan"), in: order) == [0])
        #expect(p.matching(SearchKey.Query("13800138000"), in: order) == [0])
        #expect(p.matching(SearchKey.Query("华兴"), in: order) == [0])
        #expect(p.matching(SearchKey.Query("0003"), in: order) == [2])
        #expect(p.matching(SearchKey.Query(""), in: order) == order)
        #expect(p.matching(SearchKey.Query("zs"), in: p.order(.number, .init(tier: .general))).isEmpty, "the search narrows the filtered order")
    }

    /// An imported name or company of several lines shows its first line only, whatever the line break (LF, CR, CRLF),
    /// and a Chinese one-line name is left whole.
    @Test func namesAndCompaniesShowTheirFirstLine() {
        let rows = [CustomerListRow(id: 1, number: "KH-1", name: "张三\n第二行", company: "Acme\r\nDept", tier: nil, status: .prospect, filled: 1, warns: true),
                    CustomerListRow(id: 2, number: "KH-2", name: "李四", company: "华为\r深圳", tier: nil, status: .prospect, filled: 1, warns: true)]
        let list = CustomerListPresentation(rows: rows, language: .en)
        #expect(list.rows.map(\.name) == ["张三", "李四"])
        #expect(list.rows.map(\.company) == ["Acme", "华为"])
    }

    @Test func nameOrderIsByPinyinAmongLatinNames() throws {
        let names = ["张三", "Zoe Adams", "李四", "anna White", "王五", "单田芳", "John Smith", "李", "刘备", "Émile Zola", "吕布", "曾国藩", "Li Na", "123"]
        let cards = try names.enumerated().map { try Self.card(Int64($0.offset + 1), $0.element) }
        let p = CustomerListPresentation(cards: cards, today: Self.today, settings: CustomerSettings(), language: .zh)
        let sorted = p.order(.name, .init()).map { p.rows[$0].name }
        // 单 as a surname reads shan, 曾 zeng (before zhang); case and accents do not count; a shorter name before a longer one.
        #expect(sorted == ["123", "anna White", "Émile Zola", "John Smith", "李", "Li Na", "李四", "刘备", "吕布", "单田芳", "王五", "曾国藩",
                           "张三", "Zoe Adams"])
        #expect(CustomerListPresentation.nameSortKey("张三") == Array("zhang san".utf8))
        #expect(CustomerListPresentation.nameSortKey("Li-Na  Wang") == Array("li na wang".utf8))
    }

    @Test func cardPresentationShowsPowerProspectBirthdayWarningsAndHistory() throws {
        var c = try Self.card(1, "张三", [(.birthday, "lunar:1980-04-12"), (.buyingPower, "yes")])
        c.put(CustomerPerson(name: "张总", role: .decisionMaker))
        c.put(CustomerPerson(name: "小李", role: .buyer, note: "张总的外甥"))
        let history = [CustomerHistoryEntry(at: "2026-11-20T10:00:00", action: .create, card: c.number),
                       CustomerHistoryEntry(at: "2026-11-21T10:00:00", action: .edit, field: "tier", old: "", new: "key", card: c.number)]
        let p = CustomerCardPresentation(card: c, history: history, mergedInto: nil, today: Self.today, settings: CustomerSettings(),
                                         language: .en, clip: { $0 })
        func item(_ key: MessageKey) -> String? { p.items.first { $0.label == Language.en.text(key) }?.text }
        #expect(p.title == "KH-2026-0001  张三")
        #expect(item(.custLabelPower)?.contains("张总") == true && item(.custLabelPower)?.contains("小李") == true)
        #expect(item(.custLabelProspect)?.contains("1") == true)
        #expect(p.items.first { $0.label == CustomerField.birthday.label(.en) }?.text.contains("2027") == true, "the next lunar birthday")
        #expect(!p.warnings.isEmpty && p.items.last?.text == p.warnings.joined(separator: "\n"))
        #expect(p.history.count == 2 && p.history[1].text.contains("key"))
    }
}
