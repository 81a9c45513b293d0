import Testing
@testable import RoutineEngine

/// The hand-written UTF-8 check agrees with the standard library's on random and edge-case bytes.
@Suite("UTF-8 check")
struct UTF8CheckTests {
    @Test("Same verdict as String(validating:) on 20,000 random byte strings and the edge cases")
    func agreesWithStandardLibrary() {
        var random = RobustnessTests.Seeded(state: 11)
        var samples: [[UInt8]] = [[], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                                  [0xF0, 0x90, 0x80, 0x80], [0xEF, 0xBF, 0xBD], [0xC3, 0xA5], [0xE2, 0x82], [0xFF]]
        let interesting: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
                                    0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
        for _ in 0..<20_000 {
            samples.append((0..<Int(random.next() % 8)).map { _ in interesting[Int(random.next() % UInt64(interesting.count))] })
        }
        for bytes in samples {
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(bytes.withUnsafeBufferPointer(UTF8Check.isValid) == expected, "\(bytes)")
        }
    }
}
