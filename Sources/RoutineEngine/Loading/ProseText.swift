/// Turns the indented lines of a prose block into text: lines of a paragraph are joined,
/// blank lines separate paragraphs, and lines starting a list item (`- `, `* `, `1. `) keep their own line.
enum ProseText {
    static func join(_ lines: [String]) -> String {
        var paragraphs: [[String]] = [[]]
        for line in lines {
            if line.isEmpty {
                if !(paragraphs.last?.isEmpty ?? true) { paragraphs.append([]) }
            } else {
                paragraphs[paragraphs.count - 1].append(line)
            }
        }
        return paragraphs.filter { !$0.isEmpty }.map(joinParagraph).joined(separator: "\n\n")
    }

    private static func joinParagraph(_ lines: [String]) -> String {
        var result = ""
        for line in lines {
            if result.isEmpty {
                result = line
            } else if startsListItem(line) {
                result += "\n" + line
            } else {
                result += " " + line.drop { $0 == " " }
            }
        }
        return result
    }

    static func startsListItem(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " }
        if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") { return true }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && trimmed.dropFirst(digits.count).hasPrefix(". ")
    }
}
