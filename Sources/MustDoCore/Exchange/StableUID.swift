/// Name-based UUIDs (RFC 9562 version 5, SHA-1) for cards that come without a UID, so that importing the
/// same contact again gives the same UID and matches instead of duplicating.
public enum StableUID {
    /// MustDo's namespace for contact UIDs (a fixed random UUID).
    public static let namespace: [UInt8] = [0x6b, 0x1d, 0x2e, 0x59, 0x3c, 0x4a, 0x4f, 0x0e, 0x9a, 0x51, 0x27, 0x8d, 0x0c, 0x63, 0xe4, 0x12]

    /// The version-5 UUID of `name` in `namespace`, lower-case with dashes.
    public static func uuid(_ name: String, namespace: [UInt8] = StableUID.namespace) -> String {
        var digest = sha1(namespace + Array(name.utf8))
        digest[6] = (digest[6] & 0x0F) | 0x50
        digest[8] = (digest[8] & 0x3F) | 0x80
        let hex = digest[0..<16].map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }
        return hex[0..<4].joined() + "-" + hex[4..<6].joined() + "-" + hex[6..<8].joined() + "-" + hex[8..<10].joined() + "-" + hex[10..<16].joined()
    }

    /// The UID a contact without one gets: from its name, organization, e-mail addresses (lower case) and phone
    /// digits, so a note or address edited elsewhere does not change it, while two different people differ.
    public static func uid(formattedName: String, organization: String, emails: [String], phones: [String]) -> String {
        let mails = emails.map { $0.lowercased().trimmed(of: " \t") }.sorted()
        let digits = phones.map { String($0.filter { $0.isASCII && $0.isNumber }) }.sorted()
        let key = [formattedName.trimmed(of: " \t"), organization.trimmed(of: " \t"), mails.joined(separator: ","), digits.joined(separator: ",")]
        return uuid(key.joined(separator: "\u{1F}"))
    }

    /// SHA-1 (FIPS 180-4) of `message`: the 20-byte digest. Used only for name-based UUIDs and file names.
    public static func sha1(_ message: [UInt8]) -> [UInt8] {
        var h: [UInt32] = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]
        var data = message
        let bitLength = UInt64(message.count) * 8
        data.append(0x80)
        while data.count % 64 != 56 { data.append(0) }
        for i in (0..<8).reversed() { data.append(UInt8(truncatingIfNeeded: bitLength >> (UInt64(i) * 8))) }
        var w = [UInt32](repeating: 0, count: 80)
        for chunk in stride(from: 0, to: data.count, by: 64) {
            for i in 0..<16 {
                let b = chunk + i * 4
                w[i] = UInt32(data[b]) << 24 | UInt32(data[b + 1]) << 16 | UInt32(data[b + 2]) << 8 | UInt32(data[b + 3])
            }
            for i in 16..<80 { let x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]; w[i] = (x << 1) | (x >> 31) }
            var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4]
            for i in 0..<80 {
                let f: UInt32, k: UInt32
                switch i {
                case 0..<20: f = (b & c) | (~b & d); k = 0x5A827999
                case 20..<40: f = b ^ c ^ d; k = 0x6ED9EBA1
                case 40..<60: f = (b & c) | (b & d) | (c & d); k = 0x8F1BBCDC
                default: f = b ^ c ^ d; k = 0xCA62C1D6
                }
                let t = ((a << 5) | (a >> 27)) &+ f &+ e &+ k &+ w[i]
                e = d; d = c; c = (b << 30) | (b >> 2); b = a; a = t
            }
            h[0] = h[0] &+ a; h[1] = h[1] &+ b; h[2] = h[2] &+ c; h[3] = h[3] &+ d; h[4] = h[4] &+ e
        }
        return h.flatMap { v in (0..<4).map { UInt8(truncatingIfNeeded: v >> (24 - UInt32($0) * 8)) } }
    }
}
