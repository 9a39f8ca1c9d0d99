import TerminalUI
#if canImport(Glibc)
import Glibc
#endif

/// Runs `$VISUAL` / `$EDITOR` (else `vi`) on a temporary file while the screen is suspended.
enum ExternalEditor {
    /// The edited text, or nil when the editor failed (the temporary file is removed either way).
    static func edit(_ text: String, terminal: TerminalDevice, environment: [String: String]) -> String? {
        var template = Array("/tmp/mustdo-journal-XXXXXX.md".utf8CString)
        let fd = mkstemps(&template, 3)
        guard fd >= 0 else { return nil }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(path) }
        var bytes = Array(text.utf8)
        if !bytes.isEmpty, bytes.last != 10 { bytes.append(10) }
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        let editor = environment["VISUAL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["EDITOR"].flatMap { $0.isEmpty ? nil : $0 } ?? "vi"
        terminal.suspend()
        let status = system("\(editor) '\(path)'")
        terminal.resume()
        guard status == 0, let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&chunk, 1, chunk.count, f)
            if n <= 0 { break }
            out.append(contentsOf: chunk[0..<n])
        }
        var result = String(decoding: out, as: UTF8.self)
        while result.hasSuffix("\n") { result.removeLast() }
        return result
    }
}
