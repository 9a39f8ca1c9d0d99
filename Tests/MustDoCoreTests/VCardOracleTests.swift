import Foundation
import Testing
@testable import MustDoCore
import MustDoTestSupport

/// MustDo's vCards read by independent parsers: Python's `vobject` must see the same fields, and `khard`
/// (through a temporary config pointing at a folder MustDo wrote) must list every contact. Both are
/// installed when missing (pip, apt-get); when that is impossible the test fails saying so.
@Suite(.serialized) struct VCardOracleTests {
    /// Runs `arguments` (the first is looked up in PATH) and returns exit status, stdout and stderr.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (Int32, String, String) {
        let dir = TemporaryDirectory()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        _ = FileManager.default.createFile(atPath: dir.file("out"), contents: nil)
        _ = FileManager.default.createFile(atPath: dir.file("err"), contents: nil)
        process.standardOutput = FileHandle(forWritingAtPath: dir.file("out"))
        process.standardError = FileHandle(forWritingAtPath: dir.file("err"))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let out = (try? String(contentsOfFile: dir.file("out"), encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: dir.file("err"), encoding: .utf8)) ?? ""
        return (process.terminationStatus, out, err)
    }

    /// Makes sure `python3 -c 'import vobject'` works, installing vobject with pip when it does not.
    static func ensureVobject() throws -> Bool {
        if try run(["python3", "-c", "import vobject"]).0 == 0 { return true }
        _ = try run(["python3", "-m", "pip", "install", "--quiet", "vobject"])
        if try run(["python3", "-c", "import vobject"]).0 == 0 { return true }
        _ = try run(["python3", "-m", "pip", "install", "--quiet", "--break-system-packages", "vobject"])
        return try run(["python3", "-c", "import vobject"]).0 == 0
    }

    /// Makes sure `khard` runs, installing the Debian package when it does not.
    static func ensureKhard() throws -> Bool {
        if try run(["sh", "-c", "command -v khard"]).0 == 0 { return true }
        _ = try run(["apt-get", "install", "-y", "-qq", "khard"], environment: ["DEBIAN_FRONTEND": "noninteractive"])
        return try run(["sh", "-c", "command -v khard"]).0 == 0
    }

    /// Contacts that exercise escapes, folding, CJK, structured values, types, birthdays and extensions.
    static func records() -> [ContactRecord] {
        [
            VCardWriterTests.sample(.v4),
            ContactRecord(formattedName: "Smith, John \"Jack\"", name: .init(family: "Smith", given: "John", prefixes: "Dr.,Prof."),
                          organization: "ACME; Tools, Inc.", title: "VP", phones: [.init(labels: ["work", "voice"], number: "+1 555 0100")],
                          emails: [.init(labels: ["work"], address: "j@acme.example")],
                          addresses: [.init(labels: ["home"], poBox: "PO 9", street: "1 Main St\nApt 2", locality: "Springfield", region: "IL", postalCode: "62701", country: "USA")],
                          birthday: ContactBirthday(calendar: .solar, year: 1975, month: 12, day: 31),
                          notes: String(repeating: "长备注,带逗号;分号\\反斜杠。", count: 12), categories: ["vip", "golf"],
                          custom: [.init(name: "grade", value: "B")]),
            ContactRecord(formattedName: "王五", name: .init(family: "王", given: "五"),
                          birthday: ContactBirthday(calendar: .solar, year: nil, month: 2, day: 29)),
        ]
    }

    static let vobjectScript = #"""
import json, sys, vobject
out = []
for path in sys.argv[1:]:
    with open(path, encoding="utf-8", newline="") as f:
        for card in vobject.readComponents(f.read()):
            def values(name):
                return [c for c in card.contents.get(name, [])]
            d = {"fn": card.fn.value}
            n = card.n.value
            d["n"] = [n.family, n.given, n.additional, n.prefix, n.suffix]
            d["n"] = [x if isinstance(x, str) else ",".join(x) for x in d["n"]]
            d["org"] = card.org.value if "org" in card.contents else []
            d["tel"] = [[t.value, sorted(p.lower() for p in t.params.get("TYPE", []))] for t in values("tel")]
            d["email"] = [e.value for e in values("email")]
            d["adr"] = [[a.value.box, a.value.extended, a.value.street, a.value.city, a.value.region, a.value.code, a.value.country] for a in values("adr")]
            d["note"] = "\n\n".join(x.value for x in values("note"))
            d["bday"] = card.bday.value if "bday" in card.contents else ""
            d["uid"] = card.uid.value
            d["x"] = sorted([c.name, c.value] for name, cs in card.contents.items() if name.startswith("x-mustdo-") for c in cs)
            d["title"] = card.title.value if "title" in card.contents else ""
            d["categories"] = [x for c in values("categories") for x in c.value]
            out.append(d)
json.dump(out, sys.stdout, ensure_ascii=False)
"""#

    @Test(arguments: VCardVersion.allCases)
    func vobjectReadsWhatMustDoWrites(version: VCardVersion) throws {
        guard try Self.ensureVobject() else {
            Issue.record("Python's vobject is missing and `python3 -m pip install vobject` could not install it: install it (pip install vobject) and run the tests again.")
            return
        }
        let dir = TemporaryDirectory()
        let records = Self.records()
        let cards = records.map { VCard(record: $0, version: version) }
        // One file with every card, and a folder with one file per card: both forms are read by vobject.
        try AtomicFile.write(VCardWriter.write(cards), to: dir.file("all.vcf"))
        let paths = try VCardFolder.write(cards, to: dir.file("folder"))
        for files in [[dir.file("all.vcf")], paths] {
            let (status, out, err) = try Self.run(["python3", "-c", Self.vobjectScript] + files)
            #expect(status == 0, "vobject could not read MustDo's vCard \(version.rawValue): \(err)")
            guard status == 0, let parsed = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]] else { continue }
            #expect(parsed.count == records.count)
            for (card, seen) in zip(cards, parsed) {
                let r = ContactRecord(card: card)
                #expect(seen["fn"] as? String == r.formattedName)
                #expect(seen["n"] as? [String] == [r.name.family, r.name.given, r.name.additional, r.name.prefixes, r.name.suffixes])
                let org = [r.organization, r.department].filter { !$0.isEmpty }
                #expect((seen["org"] as? [String] ?? []) == org)
                let tels = (seen["tel"] as? [[Any]] ?? []).map { "\($0[0]) \(($0[1] as? [String] ?? []).joined(separator: ","))" }
                #expect(tels == r.phones.map { "\($0.number) \($0.labels.sorted().joined(separator: ","))" })
                #expect(seen["email"] as? [String] == r.emails.map(\.address))
                #expect(seen["adr"] as? [[String]] == r.addresses.map(\.components))
                #expect(seen["note"] as? String == r.notes)
                #expect(seen["uid"] as? String == r.resolvedUID)
                #expect(seen["title"] as? String == r.title)
                #expect(seen["categories"] as? [String] == r.categories)
                let bday = card.first("BDAY")?.rawValue ?? ""
                #expect(seen["bday"] as? String == bday)
                let x = (seen["x"] as? [[String]] ?? []).map { $0.joined(separator: "=") }
                let expectedX = card.properties.filter { $0.name.hasPrefix("X-MUSTDO-") }.map { $0.name + "=" + $0.text }.sorted()
                #expect(x == expectedX)
            }
        }
    }

    @Test(arguments: VCardVersion.allCases)
    func khardListsEveryContactMustDoWrote(version: VCardVersion) throws {
        guard try Self.ensureKhard() else {
            Issue.record("khard is missing and `apt-get install -y khard` could not install it: install the khard package and run the tests again.")
            return
        }
        let dir = TemporaryDirectory()
        let records = Self.records()
        let cards = records.map { VCard(record: $0, version: version) }
        try VCardFolder.write(cards, to: dir.file("book"))
        let config = """
        [addressbooks]
        [[mustdo]]
        path = \(dir.file("book"))

        [general]
        debug = no
        default_action = list
        editor = true
        merge_editor = true

        [vcard]
        skip_unparsable = no
        preferred_version = \(version.rawValue)

        """
        try AtomicFile.write(config, to: dir.file("khard.conf"))
        let env = ["HOME": dir.path, "XDG_CONFIG_HOME": dir.file("config"), "XDG_CACHE_HOME": dir.file("cache"), "LANG": "C.UTF-8"]
        let (status, out, err) = try Self.run(["khard", "-c", dir.file("khard.conf"), "list", "--parsable"], environment: env)
        #expect(status == 0, "khard could not list MustDo's vCard \(version.rawValue) folder: \(err)")
        let rows = out.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.count == records.count, "khard listed: \(out) \(err)")
        let uids = Set(rows.compactMap(\.first))
        #expect(uids == Set(records.map(\.resolvedUID)))
        let names = rows.map { $0.count > 1 ? $0[1] : "" }.joined(separator: "\n")
        for r in records {
            #expect(names.contains(r.name.given) && names.contains(r.name.family), "khard does not show \(r.formattedName): \(out)")
        }
        // khard reads BDAY: a lunar birthday shows as its solar day of birth (1990-L05-13 is 1990-07-05).
        let (bstatus, bout, berr) = try Self.run(["khard", "-c", dir.file("khard.conf"), "birthdays", "--parsable"], environment: env)
        #expect(bstatus == 0, "khard birthdays failed: \(berr)")
        let days = Set(bout.split(separator: "\n").compactMap { $0.split(separator: "\t").first.map(String.init) })
        #expect(days == ["1990.07.05", "1975.12.31"], "khard birthdays: \(bout)")
    }
}
