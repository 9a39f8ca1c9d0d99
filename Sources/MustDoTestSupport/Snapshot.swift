import Foundation
import TerminalUI

/// Plain-text screen snapshots: compare a buffer with a golden file; `RECORD_SNAPSHOTS=1` writes the golden instead.
public enum Snapshot {
    /// Returns nil when `buffer` matches `Snapshots/<name>.txt` next to the calling test file, else a readable difference.
    public static func mismatch(_ buffer: Buffer, named name: String, testFile: String = #filePath) -> String? {
        let dir = URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent("Snapshots")
        let url = dir.appendingPathComponent(name + ".txt")
        let text = buffer.lines().joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try? text.write(to: url, atomically: true, encoding: .utf8)
            return nil
        }
        guard let golden = try? String(contentsOf: url, encoding: .utf8) else {
            return "no golden file \(url.path): run the tests with RECORD_SNAPSHOTS=1 to record it"
        }
        guard golden != text else { return nil }
        let a = golden.split(separator: "\n", omittingEmptySubsequences: false), b = text.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(a.count, b.count) where (i < a.count ? a[i] : "") != (i < b.count ? b[i] : "") {
            return "snapshot \(name) differs first at line \(i + 1):\n  golden: \(i < a.count ? String(a[i]) : "<none>")\n  actual: \(i < b.count ? String(b[i]) : "<none>")"
        }
        return "snapshot \(name) differs"
    }
}
