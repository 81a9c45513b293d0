/// Makes text typed by a worker safe to place inline in a Markdown log: it cannot start
/// a heading, list, table cell, link, HTML or emphasis, and stays on one line.
enum MarkdownText {
    private static let escaped: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "!", "~", "&"]

    static func inline(_ text: String) -> String {
        var result = ""
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        for character in flat {
            if escaped.contains(character) { result.append("\\") }
            result.append(character)
        }
        // A leading "-", "+", "=" or "1." could start a list or an underline when the text begins a line.
        if let first = result.first, "-+=".contains(first) {
            result = "\\" + result
        } else {
            let digits = result.prefix { $0.isASCII && $0.isNumber }
            let rest = result.dropFirst(digits.count)
            if !digits.isEmpty, let next = rest.first, next == "." || next == ")" {
                result = digits + "\\" + rest
            }
        }
        return result
    }
}
