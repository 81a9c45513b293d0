/// Turns the indented lines of a prose block into text: lines of a paragraph are joined,
/// blank lines separate paragraphs, and lines starting a list item (`- `, `* `, `1. `) keep their own line.
/// (Works on UTF-8 bytes: every routine's guidance passes through here at every start.)
enum ProseText {
    static func join(_ lines: [String]) -> String {
        var result = ""
        var inParagraph = false
        var paragraphEnded = false
        for line in lines {
            if line.isEmpty {
                paragraphEnded = inParagraph
                continue
            }
            if !inParagraph {
                result = line
                inParagraph = true
            } else if paragraphEnded {
                result += "\n\n"
                result += line
                paragraphEnded = false
            } else if startsListItem(line) {
                result += "\n"
                result += line
            } else {
                result += " "
                result += line[(line.utf8.firstIndex { $0 != space } ?? line.endIndex)...]
            }
        }
        return result
    }

    static func startsListItem(_ line: String) -> Bool {
        let text = line.utf8.drop { $0 == space }
        guard let first = text.first else { return false }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") {
            return text.dropFirst().first == space
        }
        let digits = text.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        return !digits.isEmpty && text.dropFirst(digits.count).starts(with: [UInt8(ascii: "."), space])
    }

    private static let space = UInt8(ascii: " ")
}
