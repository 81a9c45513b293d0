/// SHA-256 (FIPS 180-4), written out because the toolchain on Linux has no CryptoKit
/// and the project takes no packages. Used for fingerprints and log marks, not secrets.
/// Its own module so that the build tool that embeds `Resources/` can fingerprint the
/// files it embeds with the same code the engine uses for files read at run time.
/// Checked against the FIPS 180-4 examples and `sha256sum` by the tests.
public struct SHA256 {
    private var state: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
    /// Bytes waiting for a whole 64-byte block.
    private var pending: [UInt8] = []
    private var length: UInt64 = 0
    private var words = [UInt32](repeating: 0, count: 64)

    /// A hash of nothing yet; feed it with `update`.
    public init() {}

    /// The hex digest of `bytes`.
    public static func hex<Bytes: Collection>(of bytes: Bytes) -> String where Bytes.Element == UInt8 {
        hex(digest(of: bytes))
    }

    /// The 32-byte digest of `bytes`.
    public static func digest<Bytes: Collection>(of bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        var hash = SHA256()
        hash.update(Array(bytes)[...])
        return hash.finish()
    }

    /// Digest bytes as lower-case hex.
    public static func hex(_ digest: [UInt8]) -> String {
        digest.map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }

    /// Adds `bytes` to what is hashed. Whole blocks are read in place: review takes the mark of
    /// every log it reads (10,000 logs of about 20 kB each in a supervisor's year, measured at
    /// about a third of review's time before blocks were read without copying the file).
    public mutating func update(_ bytes: ArraySlice<UInt8>) {
        length &+= UInt64(bytes.count)
        var rest = bytes
        if !pending.isEmpty {
            let taken = rest.prefix(64 - pending.count)
            pending += taken
            rest = rest.dropFirst(taken.count)
            guard pending.count == 64 else { return }
            let block = pending
            pending = []
            compress(block[...])
        }
        let whole = rest.count / 64 * 64
        if whole > 0 { compress(rest.prefix(whole)) }
        pending += rest.dropFirst(whole)
    }

    /// The digest of everything added: the padding and the length are added first.
    public mutating func finish() -> [UInt8] {
        let bitLength = length &* 8
        var tail = pending
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) {
            tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
        }
        pending = []
        compress(tail[...])
        return state.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> UInt32(24 - $0 * 8)) } }
    }

    /// Folds whole 64-byte blocks into the state. Through buffer pointers: this loop runs over
    /// every byte of every log reviewed and of every routine loaded.
    private mutating func compress(_ blocks: ArraySlice<UInt8>) {
        var state = self.state
        blocks.withUnsafeBufferPointer { message in
            words.withUnsafeMutableBufferPointer { words in
                Self.constants.withUnsafeBufferPointer { constants in
                    for chunk in stride(from: 0, to: message.count, by: 64) {
                        for i in 0..<16 {
                            let base = chunk + i * 4
                            words[i] = UInt32(message[base]) << 24 | UInt32(message[base + 1]) << 16
                                | UInt32(message[base + 2]) << 8 | UInt32(message[base + 3])
                        }
                        for i in 16..<64 {
                            let s0 = Self.rotate(words[i - 15], 7) ^ Self.rotate(words[i - 15], 18) ^ (words[i - 15] >> 3)
                            let s1 = Self.rotate(words[i - 2], 17) ^ Self.rotate(words[i - 2], 19) ^ (words[i - 2] >> 10)
                            words[i] = words[i - 16] &+ s0 &+ words[i - 7] &+ s1
                        }
                        var (a, b, c, d, e, f, g, h) = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
                        for i in 0..<64 {
                            let s1 = Self.rotate(e, 6) ^ Self.rotate(e, 11) ^ Self.rotate(e, 25)
                            let choose = (e & f) ^ (~e & g)
                            let temp1 = h &+ s1 &+ choose &+ constants[i] &+ words[i]
                            let s0 = Self.rotate(a, 2) ^ Self.rotate(a, 13) ^ Self.rotate(a, 22)
                            let majority = (a & b) ^ (a & c) ^ (b & c)
                            let temp2 = s0 &+ majority
                            (h, g, f, e, d, c, b, a) = (g, f, e, d &+ temp1, c, b, a, temp1 &+ temp2)
                        }
                        state[0] &+= a; state[1] &+= b; state[2] &+= c; state[3] &+= d
                        state[4] &+= e; state[5] &+= f; state[6] &+= g; state[7] &+= h
                    }
                }
            }
        }
        self.state = state
    }

    @inline(__always)
    private static func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
        (value >> count) | (value << (32 - count))
    }

    private static let constants: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]
}
