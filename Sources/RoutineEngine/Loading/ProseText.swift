/// Turns the indented lines of a prose block into text: lines of a paragraph are joined,
/// blank lines separate paragraphs, and lines starting a list item (`- `, `* `, `1. `) keep their own line.
/// (Works on UTF-8 bytes: every routine's guidance passes through here at every start.)
enum ProseText {
    /// Joins lines given as text.
    static func join(_ lines: [String]) -> String {
        join(lines.map { (padding: 0, text: $0.utf8) })
    }

    /// Joins lines given as bytes, each with the spaces of indentation it keeps beyond the block's margin.
    static func join<Text: Collection>(_ lines: [(padding: Int, text: Text)]) -> String where Text.Element == UInt8 {
        var result: [UInt8] = []
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
                result.append(newline)
                result.append(newline)
                paragraphEnded = false
            } else if startsListItem(line.text) {
                result.append(newline)
            } else {
                result.append(space)
                result.append(contentsOf: line.text.drop { $0 == space })
                continue
            }
            result.append(contentsOf: repeatElement(space, count: line.padding))
            result.append(contentsOf: line.text)
        }
        return String(decoding: result, as: UTF8.self)
    }

    static func startsListItem(_ line: String) -> Bool {
        startsListItem(line.utf8)
    }

    static func startsListItem<Text: Collection>(_ line: Text) -> Bool where Text.Element == UInt8 {
        let text = line.drop { $0 == space }
        guard let first = text.first else { return false }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") {
            return text.dropFirst().first == space
        }
        let digits = text.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        return !digits.isEmpty && text.dropFirst(digits.count).starts(with: [UInt8(ascii: "."), space])
    }

    private static let space = UInt8(ascii: " ")
    private static let newline = UInt8(ascii: "\n")
}
