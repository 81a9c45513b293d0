/// A checksum of a log's text to notice accidental edits after the log was written. It is not a
/// signature: anyone can recompute it.
///
/// Logs are written with `mix64`: the text (without its checksum line) is read as 8-byte
/// little-endian words, the last 1–7 bytes padded with zeros, each folded in with
/// `h = (h ^ word) * K; h ^= h >> 32`, then the byte count; every step is a bijection of `h`, so
/// changing any one word always changes the sum. Logs written before it carry `fnv1a64`
/// (FNV-1a over bytes), which is still checked.
enum LogChecksum {
    /// The algorithms a log's `checksum:` line can name.
    enum Algorithm: String {
        case mix64
        case fnv1a64
    }

    static let prefix = "checksum: \(Algorithm.mix64.rawValue):"
    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    private static let start: UInt64 = 0x6A09_E667_F3BC_C908

    /// The checksum of `text` with `algorithm`, as 16 hex digits.
    static func of(_ text: [UInt8], _ algorithm: Algorithm = .mix64) -> String {
        switch algorithm {
        case .mix64: hex(mix64(text))
        case .fnv1a64: hex(fnv1a64(text))
        }
    }

    /// The checksum line's value, e.g. `mix64:0123456789abcdef`, split into algorithm and digits.
    static func parse(_ value: String) -> (Algorithm, Substring)? {
        guard let colon = value.firstIndex(of: ":"), let algorithm = Algorithm(rawValue: String(value[..<colon])) else { return nil }
        return (algorithm, value[value.index(after: colon)...])
    }

    private static func mix64(_ text: [UInt8]) -> UInt64 {
        text.withUnsafeBytes { raw in
            var hash = start
            let words = raw.count / 8
            for index in 0..<words {
                hash = (hash ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))) &* multiplier
                hash ^= hash >> 32
            }
            if raw.count % 8 != 0 {
                var last: UInt64 = 0
                for (shift, byte) in raw[(words * 8)...].enumerated() { last |= UInt64(byte) << (8 * UInt64(shift)) }
                hash = (hash ^ last) &* multiplier
                hash ^= hash >> 32
            }
            hash = (hash ^ UInt64(raw.count)) &* multiplier
            return hash ^ (hash >> 32)
        }
    }

    private static func fnv1a64(_ text: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    private static func hex(_ hash: UInt64) -> String {
        let text = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
