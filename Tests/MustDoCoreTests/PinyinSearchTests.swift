import Testing
@testable import MustDoCore

/// What a user types in the customer search and what it must find (SearchKey and SearchKey.Query).
@Suite struct PinyinSearchTests {
    private func finds(_ typed: String, _ text: String, kind: SearchKey.Kind = .name) -> Bool {
        SearchKey(text, kind: kind).matches(SearchKey.Query(typed))
    }

    @Test func zhangSanIsFoundEveryWayAUserTypesIt() {
        for typed in ["张", "张三", "三", "zhang", "zs", "zhangsan", "zhang san", "Zhang San", "ZS", "zhang'san", "zhangs", "zsan",
                      "zhs", "z", "san", "张san", "zhāng sān", "ｚｈａｎｇ"] {
            #expect(finds(typed, "张三"), "\(typed)")
        }
        // Traditional characters read the same.
        #expect(finds("zs", "張三"))
        #expect(finds("zhangsan", "張三"))
    }

    @Test func syllablesMustBeConsecutiveAndAligned() {
        for typed in ["ang", "hang", "sanzhang", "zhangsi", "sz", "李", "zsx", "zhangsana", "x"] {
            #expect(!finds(typed, "张三"), "\(typed)")
        }
        // A run in the middle of the name: the given name alone.
        #expect(finds("xiaoming", "王小明"))
        #expect(finds("xm", "王小明"))
        #expect(!finds("wm", "王小明"))
    }

    @Test func polyphonesAndSurnamesMatchInEveryReading() {
        #expect(finds("shan", "单田芳"))
        #expect(finds("dan", "单田芳"))
        #expect(finds("stf", "单田芳"))
        #expect(finds("zengguofan", "曾国藩"))
        #expect(finds("yuchigong", "尉迟恭"))
        #expect(finds("ycg", "尉迟恭"))
        #expect(finds("moqixie", "万俟卨"))
        #expect(finds("zhaizihan", "翟子涵"))
        #expect(finds("piao", "朴槿惠"))
        #expect(finds("changle", "李长乐"))
        #expect(finds("zhangyue", "李长乐"))
        #expect(finds("lvbu", "吕布"))
        #expect(finds("lubu", "吕布"))
        #expect(finds("lü", "吕布"))
        // A surname reading is for names only, and only for the first character.
        #expect(!finds("shan", "单", kind: .text))
        #expect(!finds("shan", "王单"))
    }

    @Test func latinNamesNumbersPhonesAndCompanies() {
        #expect(finds("smith", "John Smith"))
        #expect(finds("SMI", "John Smith"))
        #expect(finds("js", "John Smith"))
        #expect(finds("ohn", "John Smith"))
        #expect(finds("muller", "Anna Müller"))
        #expect(finds("garcia", "José García"))
        #expect(finds("13800138000", "138-0013-8000", kind: .text))
        #expect(finds("0013 8000", "138-0013-8000", kind: .text))
        // Digits match as a run only, never by the beginnings of their groups.
        #expect(!finds("108", "138-0013-8000", kind: .text))
        #expect(finds("kh-2026-0001", "KH-2026-0001", kind: .text))
        #expect(finds("kh20260001", "KH-2026-0001", kind: .text))
        #expect(finds("shenzhen", "深圳华强电子有限公司", kind: .text))
        #expect(finds("szhq", "深圳华强电子有限公司", kind: .text))
        #expect(finds("有限", "深圳华强电子有限公司", kind: .text))
        #expect(!finds("beijing", "深圳华强电子有限公司", kind: .text))
    }

    @Test func aKeyOfSeveralFieldsNeverMatchesAcrossThem() {
        let key = SearchKey(fields: [("张三", .name), ("深圳华强", .text), ("KH-2026-0001", .text), ("138-0013-8000", .text)])
        for typed in ["zs", "zhangsan", "szhq", "shenzhen", "kh-2026-0001", "13800138000", "华强", "三"] {
            #expect(key.matches(SearchKey.Query(typed)), "\(typed)")
        }
        // 三 ends the name and 深 begins the company: no match runs over the boundary.
        for typed in ["sanshen", "ss", "三深", "00011380"] {
            #expect(!key.matches(SearchKey.Query(typed)), "\(typed)")
        }
        // Digits end a run of syllables too.
        #expect(!finds("zs", "张3三"))
        #expect(finds("张3", "张3三"))
    }

    @Test func emptyAndPunctuationOnlyQueriesFindEverything() {
        #expect(finds("", "张三"))
        #expect(finds("  '-", "张三"))
        #expect(SearchKey.Query(" ' ").isEmpty)
    }

    @Test func longQueriesAndLongTextsStayCorrect() {
        let long = String(repeating: "张三", count: 40)
        #expect(finds(String(repeating: "zhangsan", count: 8), long))  // longer than the 63-symbol pinyin window
        #expect(finds(String(repeating: "zs", count: 31), long))
        #expect(finds(String(repeating: "张三", count: 40), long))
        #expect(!finds(String(repeating: "zs", count: 41), long))
    }

    @Test func spellingsListTheMatcherForms() {
        let spelled = SearchKey.spellings("单丽")
        #expect(spelled.full.first == "shanli")
        #expect(spelled.full.contains("danli"))
        #expect(spelled.initials.first == "sl")
        #expect(spelled.initials.contains("dl"))
        #expect(SearchKey.spellings("John Smith").full == ["johnsmith"])
        #expect(SearchKey.spellings("John Smith").initials == ["js"])
        // Every spelling it lists is found by the matcher.
        for name in ["单丽", "曾乐", "尉迟恭", "长沙", "吕布"] {
            let s = SearchKey.spellings(name)
            for typed in s.full + s.initials { #expect(finds(typed, name), "\(typed) \(name)") }
        }
        // Combinations are bounded.
        #expect(SearchKey.spellings(String(repeating: "长乐", count: 10), limit: 16).full.count == 16)
    }
}
