/// One meaningful line of a step or scenario file, in the syntax both share: `keyword ID` opens a
/// block, `key: value` or `key.sv: value` sets a value, and a key with nothing after the colon takes
/// the more deeply indented lines below it as prose. Blank lines and `#` comments are left out.
enum BlockLine: Equatable {
    case block(keyword: String, id: String, line: Int)
    case field(key: String, language: String?, value: String, line: Int)
    /// A line that is neither; `text` is what was found.
    case unreadable(text: String, line: Int)

    /// Reads `lines`, recognising block headers that start with one of `keywords`.
    static func read(_ lines: [SourceLine], keywords: Set<Substring>) -> [BlockLine] {
        var result: [BlockLine] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            if line.isBlank || line.isComment { continue }
            if let (keyword, id) = blockHeader(line.text, keywords: keywords) {
                result.append(.block(keyword: keyword, id: id, line: line.number))
            } else if let (key, language, value) = field(line.text) {
                var text = value
                if value.isEmpty {
                    var block: [SourceLine] = []
                    while index < lines.count, lines[index].isBlank || lines[index].indent > line.indent {
                        block.append(lines[index])
                        index += 1
                    }
                    while block.last?.isBlank == true { block.removeLast() }
                    let margin = block.filter { !$0.isBlank }.map(\.indent).min() ?? 0
                    text = ProseText.join(block.map { $0.isBlank ? "" : String(repeating: " ", count: $0.indent - margin) + $0.text })
                }
                result.append(.field(key: key, language: language, value: text, line: line.number))
            } else {
                result.append(.unreadable(text: String(line.text.prefix(40)), line: line.number))
            }
        }
        return result
    }

    /// `step ID`, `question ID`…: a keyword, one space or more, an id, and no colon.
    private static func blockHeader(_ text: String, keywords: Set<Substring>) -> (String, String)? {
        guard let space = text.firstIndex(of: " "), keywords.contains(text[..<space]) else { return nil }
        let id = text[space...].drop { $0 == " " }
        guard !id.isEmpty, !id.contains(" "), !id.contains(":") else { return nil }
        return (String(text[..<space]), String(id))
    }

    /// `key: value`, `key.lang: value`; the key is ASCII letters, dashes and one dot.
    private static func field(_ text: String) -> (String, String?, String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let fullKey = text[..<colon]
        guard !fullKey.isEmpty, fullKey.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-" || $0 == ".") }) else { return nil }
        let value = text[text.index(after: colon)...].drop { $0 == " " }
        let pieces = fullKey.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        return (String(pieces[0]), pieces.count > 1 ? String(pieces[1]) : nil, String(value))
    }
}
