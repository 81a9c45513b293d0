import Digest

/// The integrity mark of a log: the SHA-256 of the log's bytes without its own `checksum:` line,
/// written `checksum: sha256:<hex>` as the metadata's last line. It lets `review` notice a log
/// changed after it was written, e.g. by an accidental edit. It is not a signature: anyone can
/// recompute it, by hand too: `sed '0,/^checksum: /{//d}' LOG.md | sha256sum`.
///
/// Logs written before December 2026 carry `mix64`, a 64-bit sum invented for this tool; it is
/// still checked, and `review` says such a log uses the old mark.
enum LogChecksum {
    /// The marks a log's `checksum:` line can name.
    enum Algorithm: String, Sendable {
        case sha256
        /// The old mark: 8-byte little-endian words (the last padded with zeros) folded in with
        /// `h = (h ^ word) * K; h ^= h >> 32`, then the byte count, as 16 hex digits.
        case mix64
    }

    /// How the checksum line starts.
    static let linePrefix = "checksum: "

    /// The mark of `text` with `algorithm`, as hex digits.
    static func of<Bytes: Collection>(_ text: Bytes, _ algorithm: Algorithm = .sha256) -> String where Bytes.Element == UInt8 {
        switch algorithm {
        case .sha256: SHA256.hex(of: text)
        case .mix64: mix64(text)
        }
    }

    /// The mark of the text `first` followed by `second`, without joining them: a log's mark covers
    /// everything but its own line, which sits between the two.
    static func of(_ first: ArraySlice<UInt8>, _ second: ArraySlice<UInt8>, _ algorithm: Algorithm = .sha256) -> String {
        switch algorithm {
        case .sha256:
            var hash = SHA256()
            hash.update(first)
            hash.update(second)
            return SHA256.hex(hash.finish())
        case .mix64:
            return mix64(first + second)
        }
    }

    /// The checksum line's value, e.g. `sha256:…`, split into algorithm and digits.
    static func parse(_ value: Substring) -> (Algorithm, Substring)? {
        guard let colon = value.firstIndex(of: ":"), let algorithm = Algorithm(rawValue: String(value[..<colon])) else { return nil }
        return (algorithm, value[value.index(after: colon)...])
    }

    private static func mix64<Bytes: Collection>(_ text: Bytes) -> String where Bytes.Element == UInt8 {
        func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
            let product = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
            return product ^ (product >> 32)
        }
        var hash: UInt64 = 0x6A09_E667_F3BC_C908
        var word: UInt64 = 0
        var filled: UInt64 = 0
        var count: UInt64 = 0
        for byte in text {
            word |= UInt64(byte) << (8 * filled)
            filled += 1
            count += 1
            if filled == 8 {
                hash = mix(hash, word)
                word = 0
                filled = 0
            }
        }
        if filled != 0 { hash = mix(hash, word) }
        let digits = String(mix(hash, count), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
