import Testing
@testable import MustDoCore

/// The reading table and the hand-written surname and polyphone readings.
@Suite struct PinyinTests {
    @Test func tableReadsCommonCharactersWithoutTones() {
        #expect(Pinyin.tableReading("张") == "zhang")
        #expect(Pinyin.tableReading("三") == "san")
        #expect(Pinyin.tableReading("伟") == "wei")
        // ü is written v, as pinyin keyboards and pypinyin write it.
        #expect(Pinyin.tableReading("吕") == "lv")
        #expect(Pinyin.tableReading("女") == "nv")
        // Both ends of both ranges, and Extension A.
        #expect(Pinyin.tableReading("一") == "yi")
        #expect(Pinyin.tableReading("㐀") == "qiu")
        // Not Chinese characters: no reading.
        #expect(Pinyin.tableReading("a") == nil)
        #expect(Pinyin.tableReading("、") == nil)
        #expect(Pinyin.tableReading("😀") == nil)
    }

    @Test func everyCoveredCodePointDecodes() {
        var withReading = 0
        for range in PinyinTable.ranges {
            for value in range {
                if let reading = Pinyin.tableReading(Unicode.Scalar(value)!) {
                    #expect(!reading.isEmpty && reading.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A })
                    withReading += 1
                }
            }
        }
        // ICU reads nearly all of the 27,584 code points (a few hundred rare ones have no Mandarin reading).
        #expect(withReading > 26_000)
    }

    @Test func polyphonesKeepEveryReading() {
        #expect(Pinyin.readings("长") == ["zhang", "chang"])
        #expect(Set(Pinyin.readings("乐")) == ["le", "yue"])
        #expect(Set(Pinyin.readings("行")) == ["xing", "hang"])
        #expect(Pinyin.readings("〇") == ["ling"])
        #expect(Pinyin.readings("x").isEmpty)
    }

    @Test func surnamesReadAsSurnamesFirstOnlyAtTheStart() {
        let cases: [(String, String)] = [("单", "shan"), ("曾", "zeng"), ("解", "xie"), ("仇", "qiu"), ("区", "ou"), ("朴", "piao"),
                                         ("查", "zha"), ("翟", "zhai"), ("盖", "ge"), ("乐", "yue")]
        for (surname, reading) in cases {
            let readings = Pinyin.nameReadings(Array((surname + "丽").unicodeScalars))
            #expect(readings[0].first == reading, "\(surname)")
            // The everyday reading stays indexed too.
            #expect(readings[0].contains(Pinyin.tableReading(surname.unicodeScalars.first!)!), "\(surname)")
        }
        // Only the first character is a surname: 单 inside a given name keeps dan first.
        #expect(Pinyin.nameReadings(Array("王单".unicodeScalars))[1].first == "dan")
        #expect(Pinyin.nameReadings(Array("尉迟恭".unicodeScalars)).map { $0.first } == ["yu", "chi", "gong"])
        #expect(Pinyin.nameReadings(Array("万俟卨".unicodeScalars)).map { $0.first } == ["mo", "qi", "xie"])
        #expect(Pinyin.nameReadings(Array("乐正".unicodeScalars)).map { $0.first } == ["yue", "zheng"])
        // Leading spaces do not hide the surname.
        #expect(Pinyin.nameReadings(Array("  单丽".unicodeScalars))[2].first == "shan")
    }
}
