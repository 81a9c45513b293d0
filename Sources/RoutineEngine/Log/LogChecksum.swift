/// A checksum of a log's text (FNV-1a, 64 bits) to notice accidental edits after the log was
/// written. It is not a signature: anyone can recompute it.
enum LogChecksum {
    static let prefix = "checksum: fnv1a64:"
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// The checksum of two pieces read one after the other (a log without its checksum line),
    /// as 16 hex digits.
    static func of(_ first: ArraySlice<UInt8>, _ second: ArraySlice<UInt8>) -> String {
        hex(fold(second, into: fold(first, into: offsetBasis)))
    }

    private static func fold(_ bytes: ArraySlice<UInt8>, into start: UInt64) -> UInt64 {
        bytes.withUnsafeBufferPointer { buffer in
            var hash = start
            for byte in buffer {
                hash ^= UInt64(byte)
                hash &*= prime
            }
            return hash
        }
    }

    private static func hex(_ hash: UInt64) -> String {
        let text = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
