import Foundation

/// A fresh folder under /tmp for one test, removed when the value is released.
public final class TemporaryDirectory: @unchecked Sendable {
    /// The folder's path.
    public let path: String

    /// Creates the folder.
    public init() {
        var template = Array("/tmp/mustdo-test-XXXXXX".utf8CString)
        let p = mkdtemp(&template)!
        path = String(cString: p)
    }

    /// A path inside the folder.
    public func file(_ name: String) -> String { path + "/" + name }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
