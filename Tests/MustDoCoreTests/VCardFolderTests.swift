import Foundation
import Testing
@testable import MustDoCore
import MustDoTestSupport

/// A folder of one .vcf per contact, as khard and vdirsyncer keep them.
@Suite struct VCardFolderTests {
    static func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? Int) ?? -1
    }

    @Test func writesOneFilePerCardNamedByUIDPrivateAndReadsThemBack() throws {
        let tmp = TemporaryDirectory()
        let folder = tmp.path + "/book/contacts"
        let cards = [VCard(record: ContactRecord(uid: "abc-1", formattedName: "甲"), version: .v4),
                     VCard(record: ContactRecord(uid: "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1", formattedName: "乙"), version: .v3),
                     VCard(record: ContactRecord(uid: "a/b c", formattedName: "丙"), version: .v4),
                     VCard(version: .v3, properties: [.text("FN", "无 UID")])]
        let old = umask(0)
        defer { umask(old) }
        let paths = try VCardFolder.write(cards, to: folder)
        let names = paths.map { ($0 as NSString).lastPathComponent }
        #expect(names[0] == "abc-1.vcf")
        #expect(names[1] == "4fbe8971-0bc3-424c-9c26-36c3e1eff6b1.vcf")
        #expect(names[2].count == 44 && names[2].hasSuffix(".vcf"))   // an unsafe UID becomes its SHA-1
        for p in paths { #expect(Self.mode(p) == 0o600) }
        #expect(Self.mode(folder) == 0o700)
        #expect(Self.mode(tmp.path + "/book") == 0o700)
        let back = try VCardFolder.read(folder)
        #expect(Set(back.map { $0.formattedName ?? "" }) == ["甲", "乙", "丙", "无 UID"])
        // The card that had no UID was written with its stable one, and reads back with it.
        let noUID = back.first { $0.formattedName == "无 UID" }!
        #expect(noUID.uid == cards[3].resolvedUID)
        // Writing again replaces the files, adds none.
        try VCardFolder.write(cards, to: folder)
        let listing = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(listing.count == 4)
    }

    @Test func oneBrokenFileRefusesTheWholeFolderNamingIt() throws {
        let tmp = TemporaryDirectory()
        try VCardFolder.write([VCard(record: ContactRecord(uid: "ok", formattedName: "ok"))], to: tmp.path)
        try AtomicFile.write("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:x\r\n", to: tmp.path + "/broken.vcf")
        try AtomicFile.write("not a card", to: tmp.path + "/notes.txt")   // not .vcf: ignored
        do { _ = try VCardFolder.read(tmp.path); Issue.record("accepted") } catch let e as ExchangeError {
            #expect(e.problems.count == 1)
            #expect(e.message(.en) == tmp.path + "/broken.vcf, line 1, BEGIN: the card begun here never ends; add `END:VCARD` after its last property; nothing was imported.")
        }
    }

    @Test func twoCardsWithOneUIDAreRefusedBeforeAnythingIsWritten() throws {
        let tmp = TemporaryDirectory()
        let folder = tmp.path + "/out"
        let same = [VCard(record: ContactRecord(uid: "x", formattedName: "a")), VCard(record: ContactRecord(uid: "x", formattedName: "b"))]
        #expect(throws: ExchangeError.self) { try VCardFolder.write(same, to: folder) }
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test func aMissingFolderIsOneSentence() {
        #expect(throws: MustDoError.inputFile(path: "/nonexistent/contacts", role: .contacts, problem: .missing)) {
            try VCardFolder.read("/nonexistent/contacts")
        }
        #expect(MustDoError.inputFile(path: "/x", role: .contacts, problem: .missing).message(.en) == "The contact file /x does not exist: check the path.")
    }
}
