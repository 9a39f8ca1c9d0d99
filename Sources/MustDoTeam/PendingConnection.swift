import Dispatch

/// A connection to the team server being opened on another thread while this one does its local work: `mustdo sync`
/// starts the TLS and SCRAM handshake (about 20 ms on loopback, more over a WAN) before it gathers the outbox batch
/// from SQLite, and `connection()` waits for it when the batch is ready. The connection is used by one thread at a
/// time: the opening thread until it hands it over, then the caller.
public final class PendingConnection: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<PostgresConnection, Error>?
    private var waited = false

    /// Starts `open` on another thread.
    public init(_ open: @escaping @Sendable () throws -> PostgresConnection) {
        DispatchQueue.global().async { [self] in
            result = Result { try open() }
            done.signal()
        }
    }

    /// The opened connection, or the error that opening it threw (waits for it the first time).
    public func connection() throws -> PostgresConnection {
        wait()
        return try result!.get()
    }

    /// Waits until the other thread is done with the connection (opened or refused; at most the connection's timeout),
    /// then closes it: for a command that ends with an error before using it.
    public func settle() {
        wait()
        result = nil
    }

    /// Waits for the other thread once.
    private func wait() {
        if !waited {
            done.wait()
            waited = true
        }
    }
}
