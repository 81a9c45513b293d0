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
        text.withUnsafeBytes { of($0, UnsafeRawBufferPointer(start: nil, count: 0), algorithm) }
    }

    /// The checksum of the text `first` followed by `second`, without joining them (a log's
    /// checksum covers everything but its own line, which sits between the two).
    static func of(_ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer, _ algorithm: Algorithm) -> String {
        switch algorithm {
        case .mix64:
            var sum = Mix64()
            sum.add(first)
            sum.add(second)
            return hex(sum.value)
        case .fnv1a64:
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in first { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            for byte in second { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return hex(hash)
        }
    }

    /// The checksum line's value, e.g. `mix64:0123456789abcdef`, split into algorithm and digits.
    static func parse(_ value: String) -> (Algorithm, Substring)? {
        guard let colon = value.firstIndex(of: ":"), let algorithm = Algorithm(rawValue: String(value[..<colon])) else { return nil }
        return (algorithm, value[value.index(after: colon)...])
    }

    /// `mix64` fed piece by piece: bytes that do not fill a word wait for the next piece.
    private struct Mix64 {
        private var hash = LogChecksum.start
        private var pending: UInt64 = 0
        private var pendingCount: UInt64 = 0
        private var count = 0

        mutating func add(_ raw: UnsafeRawBufferPointer) {
            count += raw.count
            var offset = 0
            while pendingCount != 0, offset < raw.count {
                takeByte(raw[offset])
                offset += 1
            }
            if offset + 8 <= raw.count, let base = raw.baseAddress {
                // The whole words, through a pointer and in a local: this loop runs over every byte
                // of every log reviewed.
                var hash = self.hash
                var word = base + offset
                let end = word + (raw.count - offset) / 8 * 8
                func fold(_ at: UnsafeRawPointer) {
                    hash = Self.mix(hash, UInt64(littleEndian: at.loadUnaligned(as: UInt64.self)))
                }
                while end - word >= 32 {
                    fold(word)
                    fold(word + 8)
                    fold(word + 16)
                    fold(word + 24)
                    word += 32
                }
                while word < end {
                    fold(word)
                    word += 8
                }
                offset = end - base
                self.hash = hash
            }
            while offset < raw.count {
                takeByte(raw[offset])
                offset += 1
            }
        }

        var value: UInt64 {
            var sum = self
            if sum.pendingCount != 0 { sum.fold(sum.pending) }
            return Self.mix(sum.hash, UInt64(count))
        }

        private mutating func takeByte(_ byte: UInt8) {
            pending |= UInt64(byte) << (8 * pendingCount)
            pendingCount += 1
            if pendingCount == 8 {
                fold(pending)
                pending = 0
                pendingCount = 0
            }
        }

        private mutating func fold(_ word: UInt64) {
            hash = Self.mix(hash, word)
        }

        /// The one step of `mix64`: fold `word` into `hash`.
        @inline(__always)
        private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
            let product = (hash ^ word) &* LogChecksum.multiplier
            return product ^ (product >> 32)
        }
    }

    private static func hex(_ hash: UInt64) -> String {
        let text = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
