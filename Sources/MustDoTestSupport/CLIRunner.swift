import Foundation

/// Runs the real `mustdo` binary as a process with a temporary database, config folder and fixed date.
public struct CLIRunner: Sendable {
    /// The result of one run.
    public struct Result: Sendable {
        /// The exit status.
        public var status: Int32
        /// Everything written to stdout.
        public var stdout: String
        /// Everything written to stderr.
        public var stderr: String
    }

    /// The binary built next to the test bundle.
    public static var binary: String {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return exe.deletingLastPathComponent().appendingPathComponent("mustdo").path
    }

    /// The scratch folder of this runner (database, config home).
    public let directory: String
    /// The database path passed through MUSTDO_DB.
    public var database: String { directory + "/mustdo.sqlite" }
    /// Extra environment for every run.
    public var environment: [String: String]

    /// Creates a runner that keeps its files in `directory`.
    public init(directory: String, environment: [String: String] = [:]) {
        self.directory = directory
        self.environment = environment
    }

    /// Runs `mustdo args…` with `MUSTDO_DB`, `XDG_*` and `HOME` pointing into the scratch folder, English by default.
    public func run(_ args: [String], env extra: [String: String] = [:], stdin: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLIRunner.binary)
        process.arguments = args
        var env: [String: String] = [
            "PATH": "/usr/bin:/bin", "HOME": directory, "XDG_DATA_HOME": directory + "/data",
            "XDG_CONFIG_HOME": directory + "/config", "MUSTDO_DB": database, "LANG": "en_US.UTF-8", "TERM": "dumb",
        ]
        env.merge(environment) { $1 }
        env.merge(extra) { $1 }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Both pipes are drained at once: a program that fills one of them (a 131,000-character error) while the
        // other is being read would otherwise block the test for ever instead of failing it.
        let errorReader = PipeReader(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = errorReader.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs and decodes stdout as JSON.
    public func json(_ args: [String], env: [String: String] = [:]) throws -> Any {
        let r = try run(args, env: env)
        guard r.status == 0 else { throw CLIError.failed(r.status, r.stderr) }
        return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
    }

    /// A failed run.
    public enum CLIError: Error {
        /// Exit status and stderr.
        case failed(Int32, String)
    }
}

/// Reads a pipe to its end on a thread of its own.
final class PipeReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    /// Starts reading `handle`.
    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    /// Everything read, once the writer closed the pipe.
    func wait() -> Data {
        done.wait()
        return data
    }
}
