import Foundation
import Testing
@testable import MustDoCore
import MustDoTestSupport

/// Files a user names are read only when they are regular files of a bounded size (issue 15, item 4).
@Suite struct TextFileTests {
    @Test func refusesDevicesThatNeverEnd() {
        #expect(TextFile.read("/dev/zero") == .notRegular(.device))
        #expect(TextFile.read("/dev/urandom") == .notRegular(.device))
        #expect(TextFile.read("/dev/null") == .notRegular(.device))
    }

    @Test func refusesAFolderAndAFIFOWithoutWaiting() throws {
        let dir = TemporaryDirectory()
        #expect(TextFile.read(dir.path) == .notRegular(.folder))
        let fifo = dir.file("pipe.toml")
        #expect(mkfifo(fifo, 0o600) == 0)
        // Opening a FIFO with no writer would block a plain open(2) forever.
        #expect(TextFile.read(fifo) == .notRegular(.pipe))
    }

    @Test func refusesAFileOverTheLimitAndReadsOneAtIt() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("big.toml")
        try String(repeating: "#", count: 101).write(toFile: path, atomically: false, encoding: .utf8)
        #expect(TextFile.read(path, limit: 100) == .tooLarge(limit: 100))
        #expect(TextFile.read(path, limit: 101) == .text(String(repeating: "#", count: 101)))
    }

    @Test func readsTextDropsABOMAndSaysWhenItIsNotUTF8() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("a.toml")
        _ = FileManager.default.createFile(atPath: path, contents: Data([0xEF, 0xBB, 0xBF] + Array("a = 1\n".utf8)))
        #expect(TextFile.read(path) == .text("a = 1\n"))
        _ = FileManager.default.createFile(atPath: path, contents: Data([0x61, 0xFF, 0xFE]))
        #expect(TextFile.read(path) == .notUTF8)
        #expect(TextFile.read(dir.file("none.toml")) == .missing(errno: ENOENT))
    }

    @Test func configHolidaysAndTheSentenceNameTheLimit() throws {
        #expect(throws: MustDoError.inputFile(path: "/dev/zero", role: .config, problem: .notRegular(.device))) {
            try Settings.load(path: "/dev/zero")
        }
        #expect(throws: MustDoError.inputFile(path: "/dev/zero", role: .holidays, problem: .notRegular(.device))) {
            try HolidayCalendar.load(path: "/dev/zero")
        }
        let big = MustDoError.inputFile(path: "p.toml", role: .pack, problem: .tooLarge(limit: TextFile.sizeLimit))
        #expect(big.message(.en).contains("larger than 4 MiB"))
        #expect(big.message(.zh).contains("4 MiB"))
        #expect(big.exitCode == 65)
        #expect(MustDoError.inputFile(path: "c.toml", role: .config, problem: .notRegular(.device)).exitCode == 78)
        // A missing config is the defaults, not an error.
        #expect(try Settings.load(path: "/nonexistent/mustdo/config.toml").language == nil)
    }
}
