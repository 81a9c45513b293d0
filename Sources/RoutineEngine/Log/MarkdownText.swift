/// Makes text typed by a worker safe to place inline in a Markdown log: it cannot start
/// a heading, list, table cell, link, HTML or emphasis, and stays on one line.
enum MarkdownText {
    static func inline(_ text: String) -> String {
        guard needsEscaping(text) else { return guardLineStart(text) }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var changed = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "!", "~", "&":
                result.unicodeScalars.append("\\")
                result.unicodeScalars.append(scalar)
                changed = true
            case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
                // Line breaks become spaces (runs of them, one space).
                if result.unicodeScalars.last != " " { result.unicodeScalars.append(" ") }
                changed = true
            case "\u{00}"..."\u{1F}", "\u{7F}"..."\u{9F}", "\u{202A}"..."\u{202E}", "\u{2066}"..."\u{2069}":
                // A control or bidirectional character never reaches a terminal through `show`.
                result.unicodeScalars.append("\u{FFFD}")
                changed = true
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        if !changed { result = text }
        return guardLineStart(result)
    }

    /// Whether `text` holds a character that `inline` replaces. Most answers and routine texts
    /// hold none, and a look at the bytes is far cheaper than rebuilding them scalar by scalar.
    private static func needsEscaping(_ text: String) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                 UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "#"),
                 UInt8(ascii: "!"), UInt8(ascii: "~"), UInt8(ascii: "&"), 0x00...0x1F, 0x7F:
                return true
            case 0x80...0x9F where previous == 0xC2:
                return true                                     // C1 controls
            case 0xAA...0xAE where previous == 0x80 && beforePrevious == 0xE2, 0xA6...0xA9 where previous == 0x81 && beforePrevious == 0xE2:
                return true                                     // bidirectional embeddings, overrides, isolates
            case 0x85 where previous == 0xC2:
                return true                                     // U+0085
            case 0xA8...0xA9 where previous == 0x80 && beforePrevious == 0xE2:
                return true                                     // U+2028, U+2029
            default:
                break
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// Escapes a leading "-", "+", "=" or "1." that could start a list or an underline when the
    /// text begins a line.
    private static func guardLineStart(_ result: String) -> String {
        guard let first = result.utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
                || first == UInt8(ascii: "=") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return result }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "=") {
            return "\\" + result
        }
        let digits = result.unicodeScalars.prefix { ("0"..."9").contains($0) }
        if !digits.isEmpty {
            let rest = result.unicodeScalars.dropFirst(digits.count)
            if let next = rest.first, next == "." || next == ")" {
                return String(String.UnicodeScalarView(digits)) + "\\" + String(String.UnicodeScalarView(rest))
            }
        }
        return result
    }
}
