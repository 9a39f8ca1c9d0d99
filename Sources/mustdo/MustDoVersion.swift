import CBuildInfo

/// The release number and the commit this binary was built from, for `mustdo --version`.
enum MustDoVersion {
    /// The release number (also the Debian package's version; scripts read it from this line).
    static let number = "0.2.0"

    /// The commit hash given at build time by `make` (empty for a plain `swift build`).
    static var commit: String { String(cString: mustdo_build_commit()) }

    /// What `--version` prints: `0.2.0 (commit 1a2b3c4d5e6f)`, or `(development build)` without a commit.
    static var description: String {
        commit.isEmpty ? "\(number) (development build)" : "\(number) (commit \(commit))"
    }
}
