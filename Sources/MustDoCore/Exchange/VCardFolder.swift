#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder of one `.vcf` file per contact, as khard and vdirsyncer keep an address book.
///
/// Reading takes every `*.vcf` file directly in the folder (sorted by name; hidden files and MustDo's own
/// `.part-` temporary files skipped), all of them or none: problems from every file are collected first.
/// Writing puts each card in `<UID>.vcf` (the UID when it is a safe file name, else its SHA-1), each file
/// written atomically with mode 0600 in a folder made 0700; other files in the folder are left alone.
public enum VCardFolder {
    /// Reads every card of every `.vcf` file in `folder`; `ExchangeError` with every problem of every file.
    public static func read(_ folder: String) throws -> [VCard] {
        try readLocated(folder).flatMap { $0.cards.map(\.card) }
    }

    /// Reads every `.vcf` file in `folder` like `read`, keeping each file's path and the lines of its cards.
    public static func readLocated(_ folder: String) throws -> [(path: String, cards: [VCardReader.Located])] {
        var names: [String] = []
        guard let dir = opendir(folder) else {
            let code = errno
            throw MustDoError.inputFile(path: folder, role: .contacts,
                                        problem: code == ENOENT ? .missing : .unreadable(reason: String(cString: strerror(code))))
        }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name.hasPrefix(".") || !name.lowercased().hasSuffix(".vcf") { continue }
            names.append(name)
        }
        closedir(dir)
        names.sort()
        var cards: [(path: String, cards: [VCardReader.Located])] = []
        var problems: [ExchangeProblem] = []
        for name in names {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            do {
                guard let text = try TextFile.read(path, limit: VCardReader.fileSizeLimit).text(path: path, role: .contacts) else { continue }
                cards.append((path, try VCardReader.parseLocated(text, file: path)))
            } catch let e as ExchangeError { problems += e.problems }
        }
        if !problems.isEmpty { throw ExchangeError(problems) }
        return cards
    }

    /// The file name of the card with `uid`: `<uid>.vcf` when the UID is letters, digits, `-`, `_`, `.` and `@`
    /// (a `urn:uuid:` prefix dropped), else the SHA-1 of the UID in hex.
    public static func fileName(uid: String) -> String {
        var u = uid
        if u.lowercased().hasPrefix("urn:uuid:") { u = String(u.dropFirst(9)) }
        let safe = !u.isEmpty && u.utf8.count <= 200 && !u.hasPrefix(".") && u.unicodeScalars.allSatisfy {
            ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") || ($0 >= "0" && $0 <= "9") || $0 == "-" || $0 == "_" || $0 == "." || $0 == "@"
        }
        if safe { return u + ".vcf" }
        return StableUID.sha1(Array(uid.utf8)).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() + ".vcf"
    }

    /// Writes each card to its own file in `folder` (created 0700 with its parents when missing); returns the
    /// paths written. Two cards whose file names collide are refused before anything is written.
    @discardableResult
    public static func write(_ cards: [VCard], to folder: String) throws -> [String] {
        var seen: [String: String] = [:]
        var problems: [ExchangeProblem] = []
        var planned: [(String, VCard)] = []
        for card in cards {
            var c = card
            let uid = c.resolvedUID
            if c.uid == nil || c.uid!.isEmpty { c.set(.text("UID", uid)) }
            let name = fileName(uid: uid)
            if seen[name] != nil {
                problems.append(ExchangeProblem(file: folder, line: 0, property: "UID", reason: .duplicateUID(uid)))
            }
            seen[name] = uid
            planned.append((name, c))
        }
        if !problems.isEmpty { throw ExchangeError(problems) }
        do { try PrivateDirectory.make(folder) } catch let e as FileSystemError {
            throw e.isDiskFull ? MustDoError.diskFull(path: e.path) : MustDoError.outputNotWritten(path: e.path, reason: e.reason)
        }
        var written: [String] = []
        for (name, card) in planned {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            do { try AtomicFile.write(VCardWriter.write(card), to: path) } catch let e as FileSystemError {
                throw e.isDiskFull ? MustDoError.diskFull(path: e.path) : MustDoError.outputNotWritten(path: e.path, reason: e.reason)
            }
            written.append(path)
        }
        return written
    }
}
