/// Makes text typed by a worker safe to place inline in a Markdown log: it cannot start
/// a heading, list, table cell, link, HTML or emphasis, and stays on one line.
enum MarkdownText {
    static func inline(_ text: String) -> String {
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
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        if !changed { result = text }
        // A leading "-", "+", "=" or "1." could start a list or an underline when the text begins a line.
        if let first = result.unicodeScalars.first, first == "-" || first == "+" || first == "=" {
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
