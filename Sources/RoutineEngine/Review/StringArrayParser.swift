/// Reads a JSON array of strings (`["a","b\"c"]`), the only JSON the log metadata holds. Nil for
/// anything else. Written out rather than through `JSONSerialization`, which would accept other
/// JSON too and must then be checked value by value.
enum StringArrayParser {
    static func parse(_ text: Substring) -> [String]? {
        parse(Array(text.utf8)[...])
    }

    /// The same, read from bytes (valid UTF-8) in place: review reads a year's logs this way.
    static func parse(_ bytes: ArraySlice<UInt8>) -> [String]? {
        var reader = Reader(bytes: bytes, position: bytes.startIndex)
        reader.skipSpaces()
        guard reader.take("[") else { return nil }
        var result: [String] = []
        reader.skipSpaces()
        if reader.take("]") { return reader.atEndAfterSpaces ? result : nil }
        while true {
            reader.skipSpaces()
            guard let string = reader.string() else { return nil }
            result.append(string)
            reader.skipSpaces()
            if reader.take(",") { continue }
            guard reader.take("]") else { return nil }
            return reader.atEndAfterSpaces ? result : nil
        }
    }

    /// Reads the UTF-8 bytes of the text (valid UTF-8, as it comes from a String); the syntax is ASCII.
    private struct Reader {
        let bytes: ArraySlice<UInt8>
        var position: Int

        var next: UInt8? { position < bytes.endIndex ? bytes[position] : nil }

        mutating func take(_ ascii: Unicode.Scalar) -> Bool {
            guard next == UInt8(ascii: ascii) else { return false }
            position += 1
            return true
        }

        mutating func skipSpaces() {
            while next == UInt8(ascii: " ") { position += 1 }
        }

        var atEndAfterSpaces: Bool {
            mutating get {
                skipSpaces()
                return next == nil
            }
        }

        /// A quoted string with JSON's escapes, UTF-16 surrogate pairs included.
        mutating func string() -> String? {
            guard take("\"") else { return nil }
            // Most strings have no escapes: take them whole. (review reads about a hundred such
            // strings in each of a year's logs; byte by byte they cost a tenth of its time.)
            let start = position
            while let byte = next, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte >= 0x20 { position += 1 }
            if next == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: bytes[start..<(position - 1)], as: UTF8.self)
            }
            var result = Array(bytes[start..<position])
            var pendingHigh: UInt32?
            while let byte = next {
                position += 1
                switch byte {
                case UInt8(ascii: "\""):
                    return pendingHigh == nil ? String(decoding: result, as: UTF8.self) : nil
                case UInt8(ascii: "\\"):
                    guard let escape = next else { return nil }
                    position += 1
                    if escape == UInt8(ascii: "u") {
                        guard position + 4 <= bytes.endIndex,
                              let unit = UInt32(String(decoding: bytes[position..<(position + 4)], as: UTF8.self), radix: 16) else { return nil }
                        position += 4
                        if (0xD800...0xDBFF).contains(unit) {
                            guard pendingHigh == nil else { return nil }
                            pendingHigh = unit
                            continue
                        }
                        var value = unit
                        if (0xDC00...0xDFFF).contains(unit) {
                            guard let high = pendingHigh else { return nil }
                            value = 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00)
                            pendingHigh = nil
                        }
                        guard pendingHigh == nil, let scalar = Unicode.Scalar(value) else { return nil }
                        result += Array(String(Character(scalar)).utf8)
                        continue
                    }
                    guard pendingHigh == nil else { return nil }
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): result.append(escape)
                    case UInt8(ascii: "n"): result.append(0x0A)
                    case UInt8(ascii: "t"): result.append(0x09)
                    case UInt8(ascii: "r"): result.append(0x0D)
                    case UInt8(ascii: "b"): result.append(0x08)
                    case UInt8(ascii: "f"): result.append(0x0C)
                    default: return nil
                    }
                default:
                    guard byte >= 0x20, pendingHigh == nil else { return nil }
                    result.append(byte)
                }
            }
            return nil
        }
    }
}
