/// A checksum of a log's text (FNV-1a, 64 bits) to notice accidental edits after the log was
/// written. It is not a signature: anyone can recompute it.
enum LogChecksum {
    static let prefix = "checksum: fnv1a64:"

    /// The checksum of `bytes`, as 16 hex digits.
    static func of<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
