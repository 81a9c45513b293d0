/// Reads a JSON array of strings (`["a","b\"c"]`), the only JSON the log metadata holds. Nil for
/// anything else. Written out rather than through `JSONSerialization`, which would accept other
/// JSON too and must then be checked value by value.
enum StringArrayParser {
    static func parse(_ text: Substring) -> [String]? {
        var reader = Reader(scalars: Array(text.unicodeScalars))
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

    private struct Reader {
        let scalars: [Unicode.Scalar]
        var position = 0

        var next: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

        mutating func take(_ scalar: Unicode.Scalar) -> Bool {
            guard next == scalar else { return false }
            position += 1
            return true
        }

        mutating func skipSpaces() {
            while next == " " { position += 1 }
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
            var result = String.UnicodeScalarView()
            var pendingHigh: UInt32?
            while let scalar = next {
                position += 1
                switch scalar {
                case "\"":
                    return pendingHigh == nil ? String(result) : nil
                case "\\":
                    guard let escape = next else { return nil }
                    position += 1
                    if escape == "u" {
                        guard position + 4 <= scalars.count,
                              let unit = UInt32(String(String.UnicodeScalarView(scalars[position..<(position + 4)])), radix: 16) else { return nil }
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
                        guard pendingHigh == nil, let decoded = Unicode.Scalar(value) else { return nil }
                        result.append(decoded)
                        continue
                    }
                    guard pendingHigh == nil else { return nil }
                    switch escape {
                    case "\"", "\\", "/": result.append(escape)
                    case "n": result.append("\n")
                    case "t": result.append("\t")
                    case "r": result.append("\r")
                    case "b": result.append("\u{08}")
                    case "f": result.append("\u{0C}")
                    default: return nil
                    }
                default:
                    guard scalar.value >= 0x20, pendingHigh == nil else { return nil }
                    result.append(scalar)
                }
            }
            return nil
        }
    }
}
