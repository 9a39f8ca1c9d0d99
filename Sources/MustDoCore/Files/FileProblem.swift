/// Why a named input file was not read.
public enum FileProblem: Sendable, Equatable {
    /// It does not exist.
    case missing
    /// It exists but cannot be read; the reason is the system's.
    case unreadable(reason: String)
    /// It is a folder, device, pipe or socket.
    case notRegular(FileKind)
    /// It is larger than the limit MustDo reads.
    case tooLarge(limit: Int)
    /// It is not UTF-8 text.
    case notUTF8
}
