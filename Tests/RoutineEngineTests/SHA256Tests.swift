import Testing
import Digest
@testable import RoutineEngine

/// The hand-written SHA-256 against the FIPS 180-4 example vectors (routine fingerprints rely on it).
@Suite("SHA-256")
struct SHA256Tests {
    @Test("Known digests, including messages that need one and two padding blocks")
    func knownDigests() {
        #expect(SHA256.hex(of: Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(of: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(of: [UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("Fed in two pieces, cut anywhere, the digest is that of the whole")
    func inPieces() {
        let text = Array((0..<300).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        let whole = SHA256.hex(of: text)
        for cut in 0...text.count {
            var hash = SHA256()
            hash.update(text[..<cut])
            hash.update(text[cut...])
            #expect(SHA256.hex(hash.finish()) == whole, "cut at \(cut)")
        }
    }
}
