import Testing
@testable import MustDoCore

/// The words of the file and database errors (issue 15, item 11; issue 9, runtime).
@Suite struct FaultErrorsTests {
    @Test func anOptionValueIsNotCalledALineOfAFile() {
        let e = MustDoError.configInvalid(file: "--theme", line: 0, key: "theme", problem: "no theme named 'nosuch' (available: default)")
        for language in [Language.en, .zh] {
            let m = e.message(language)
            #expect(m.contains("--theme") && m.contains("nosuch"))
            #expect(!m.contains("fix that line") && !m.contains("请修改该文件"))
        }
        #expect(MustDoError.configInvalid(file: "c.toml", line: 2, key: "theme", problem: "x").message(.en).contains("fix that line"))
    }

    @Test func busyFullIOReadOnlyAndCorruptAreDifferentSentences() {
        let errors: [MustDoError] = [.databaseBusy(path: "d"), .diskFull(path: "d"), .diskFullReading(path: "d"), .ioError(path: "d"),
                                     .databaseReadOnly(path: "d"), .databaseCorrupt(path: "d"), .databaseNotAFile(path: "d", kind: .device),
                                     .configNotSaved(path: "c", reason: "r")]
        for language in [Language.en, .zh] {
            #expect(Set(errors.map { $0.message(language) }).count == errors.count)
        }
        #expect(errors.map(\.exitCode) == [75, 74, 74, 74, 77, 65, 66, 73])
        #expect(!MustDoError.diskFullReading(path: "d").message(.en).contains("change was not saved"))
        #expect(MustDoError.databaseNotAFile(path: "/dev/null", kind: .device).message(.en).contains("/dev/null is a device"))
        #expect(!MustDoError.databaseNotAFile(path: "/dev/null", kind: .device).message(.en).contains("full"))
    }
}
