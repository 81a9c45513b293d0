/// What typed text may hold. Control characters (other than tab), DEL, C1 controls and the
/// bidirectional embedding, override and isolate marks are refused: they could move the cursor,
/// recolour or clear a worker's terminal, or make a log read differently from what it holds.
/// U+FFFD stands for bytes that were not valid UTF-8 when the line was read.
public enum TypedText {
    public enum Problem: Equatable, Sendable {
        /// A control or bidirectional character, named as `U+001B`.
        case controlCharacter(String)
        /// Bytes that are not valid UTF-8.
        case invalidUTF8
    }

    /// The first reason `text` cannot be taken as typed, if any.
    public static func problem(_ text: String) -> Problem? {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A: continue
            case 0xFFFD: return .invalidUTF8
            case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                return .controlCharacter("U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex)
            default: continue
            }
        }
        return nil
    }
}
