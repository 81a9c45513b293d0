/// Word-wraps prose for a terminal of a given width, keeping paragraphs and list items.
public enum TextWrap {
    /// Wraps each line of `text` at `width` columns; list items (`- `, `1. `) continue under their text.
    public static func wrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            wrapLine(String(line), width: max(width, 20))
        }.joined(separator: "\n")
    }

    private static func wrapLine(_ line: String, width: Int) -> String {
        guard line.count > width else { return line }
        let hanging = ProseText.startsListItem(line)
            ? String(repeating: " ", count: line.prefix { $0 == " " }.count + (line.drop { $0 == " " }.prefix { $0 != " " }.count + 1))
            : ""
        var lines: [String] = []
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: true) {
            let candidate = current.isEmpty ? (lines.isEmpty ? String(line.prefix { $0 == " " }) : hanging) + word : current + " " + word
            if candidate.count > width, !current.isEmpty {
                lines.append(current)
                current = hanging + word
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.joined(separator: "\n")
    }
}
