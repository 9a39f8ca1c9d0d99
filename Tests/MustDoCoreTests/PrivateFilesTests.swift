import Foundation
import Testing
@testable import MustDoCore
import MustDoTestSupport

private func mode(_ path: String) -> mode_t {
    var st = stat()
    stat(path, &st)
    return st.st_mode & 0o777
}

/// Folders 0700 and files 0600 whatever the umask; a rewritten file keeps its mode (issue 15, item 8).
@Suite(.serialized) struct PrivateFilesTests {
    /// Runs `body` under umask 022, the usual one, which would give 0644 files and 0755 folders.
    func underUmask022(_ body: () throws -> Void) throws {
        let old = umask(0o022)
        defer { umask(old) }
        try body()
    }

    @Test func foldersAreMade0700AndOnlyWithParentsWhenAsked() throws {
        let dir = TemporaryDirectory()
        try underUmask022 {
            let created = try PrivateDirectory.make(dir.file("a/b/c"))
            #expect(created == [dir.file("a"), dir.file("a/b"), dir.file("a/b/c")])
            #expect(created.allSatisfy { mode($0) == 0o700 })
            #expect(try PrivateDirectory.make(dir.file("a/b/c")).isEmpty)
            #expect(throws: FileSystemError(path: dir.file("x/y"), code: ENOENT)) { try PrivateDirectory.make(dir.file("x/y/z"), parents: false) }
            #expect(!PrivateDirectory.exists(dir.file("x")))
        }
    }

    @Test func anAtomicWriteIsPrivateAndKeepsTheModeOfWhatItReplaces() throws {
        let dir = TemporaryDirectory()
        try underUmask022 {
            let new = dir.file("new.csv")
            try AtomicFile.write("a\n", to: new)
            #expect(mode(new) == 0o600)
            let shared = dir.file("shared.toml")
            try AtomicFile.write("a\n", to: shared)
            chmod(shared, 0o640)
            try AtomicFile.write("b\n", to: shared)
            #expect(mode(shared) == 0o640)
            #expect(try String(contentsOfFile: shared, encoding: .utf8) == "b\n")
            #expect(throws: FileSystemError(path: shared, code: EEXIST)) { try AtomicFile.write("c\n", to: shared, existing: .refuse) }
            #expect(try String(contentsOfFile: shared, encoding: .utf8) == "b\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["new.csv", "shared.toml"])
        }
    }

    @Test func savingTheConfigKeeps0600AndAFailedSaveIsItsOwnError() throws {
        let dir = TemporaryDirectory()
        try underUmask022 {
            let config = dir.file("mustdo/config.toml")
            try ConfigFileEditor.save("theme = \"default\"\n", to: config)
            #expect(mode(config) == 0o600)
            #expect(mode(dir.file("mustdo")) == 0o700)
            try ConfigFileEditor.save("theme = \"light\"\n", to: config)
            #expect(mode(config) == 0o600)
            try "x".write(toFile: dir.file("file"), atomically: false, encoding: .utf8)
            do {
                try ConfigFileEditor.save("a = 1\n", to: dir.file("file/config.toml"))
                Issue.record("saving under a file succeeded")
            } catch let e as MustDoError {
                guard case .configNotSaved(let path, _) = e else { Issue.record("\(e)"); return }
                #expect(path == dir.file("file/config.toml"))
                #expect(e.exitCode == 73)
                #expect(e.message(.en).contains("not saved") && !e.message(.en).contains("fix that line"))
            }
        }
    }

    @Test func aConfigThatIsALinkStaysALink() throws {
        let dir = TemporaryDirectory()
        try underUmask022 {
            try FileManager.default.createDirectory(atPath: dir.file("dotfiles"), withIntermediateDirectories: true)
            try "theme = \"default\"\n".write(toFile: dir.file("dotfiles/config.toml"), atomically: false, encoding: .utf8)
            chmod(dir.file("dotfiles/config.toml"), 0o600)
            try FileManager.default.createSymbolicLink(atPath: dir.file("config.toml"), withDestinationPath: dir.file("dotfiles/config.toml"))
            try ConfigFileEditor.save("theme = \"light\"\n", to: dir.file("config.toml"))
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir.file("config.toml")) == dir.file("dotfiles/config.toml"))
            #expect(try String(contentsOfFile: dir.file("dotfiles/config.toml"), encoding: .utf8) == "theme = \"light\"\n")
            #expect(mode(dir.file("dotfiles/config.toml")) == 0o600)
        }
    }

    @Test func aNewPrivateFileIs0600AndAnExistingOneIsLeftAlone() throws {
        let dir = TemporaryDirectory()
        try underUmask022 {
            let first = try PrivateFile.create(dir.file("db.sqlite"))
            #expect(first)
            #expect(mode(dir.file("db.sqlite")) == 0o600)
            let second = try PrivateFile.create(dir.file("db.sqlite"))
            #expect(!second)
        }
    }
}
