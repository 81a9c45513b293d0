/// Turns the indented lines of a prose block into text: lines of a paragraph are joined,
/// blank lines separate paragraphs, and lines starting a list item (`- `, `* `, `1. `) keep their own line.
enum ProseText {
    /// Joins lines given as text.
    static func join(_ lines: [String]) -> String {
        join(lines.map { (padding: 0, text: $0) })
    }

    /// Joins lines, each with the spaces of indentation it keeps beyond the block's margin.
    static func join(_ lines: [(padding: Int, text: String)]) -> String {
        var result = ""
        var inParagraph = false
        var paragraphEnded = false
        for line in lines {
            if line.text.isEmpty {
                paragraphEnded = inParagraph
                continue
            }
            if !inParagraph {
                inParagraph = true
            } else if paragraphEnded {
                result += "\n\n"
                paragraphEnded = false
            } else if startsListItem(line.text) {
                result += "\n"
            } else {
                result += " " + line.text.drop { $0 == " " }
                continue
            }
            result += String(repeating: " ", count: line.padding) + line.text
        }
        return result
    }

    /// Whether `line` starts a list item: `- `, `* ` or a number and `. `.
    static func startsListItem(_ line: String) -> Bool {
        let text = line.drop { $0 == " " }
        guard let first = text.first else { return false }
        if first == "-" || first == "*" { return text.dropFirst().first == " " }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && text.dropFirst(digits.count).hasPrefix(". ")
    }
}
