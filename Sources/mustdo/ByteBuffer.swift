#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A growable run of bytes appended with `memcpy`: `[UInt8].append(contentsOf:)` of a short buffer copied byte by byte
/// through an iterator, which was a sixth of `customers list`'s instructions at 10,000 cards.
final class ByteBuffer {
    /// The bytes; valid until the next append.
    private(set) var base: UnsafeMutablePointer<UInt8>
    /// How many bytes there are.
    private(set) var count = 0
    private var capacity: Int

    /// An empty buffer with room for `capacity` bytes.
    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Makes room for `n` more bytes.
    @inline(__always) func reserve(_ n: Int) {
        guard count + n > capacity else { return }
        var c = capacity * 2
        while c < count + n { c *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        grown.update(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = c
    }

    /// Appends `p`'s bytes.
    @inline(__always) func append(_ p: UnsafeBufferPointer<UInt8>) {
        guard let from = p.baseAddress, p.count > 0 else { return }
        reserve(p.count)
        memcpy(base + count, from, p.count)
        count += p.count
    }

    /// Appends `n` bytes from `from`.
    @inline(__always) func append(_ from: UnsafePointer<UInt8>, _ n: Int) {
        reserve(n)
        memcpy(base + count, from, n)
        count += n
    }

    /// Appends one byte.
    @inline(__always) func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    /// Appends `n` spaces.
    @inline(__always) func appendSpaces(_ n: Int) {
        reserve(n)
        memset(base + count, 0x20, n)
        count += n
    }

    /// Appends a string's UTF-8.
    func append(_ text: String) {
        var t = text
        t.withUTF8 { append($0) }
    }

    /// The bytes, read in place.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }
}
