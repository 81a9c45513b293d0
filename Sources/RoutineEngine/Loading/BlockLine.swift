/// One meaningful line of a step or scenario file, in the syntax both share: `keyword ID` opens a
/// block, `key: value` or `key.sv: value` sets a value, and a key with nothing after the colon takes
/// the more deeply indented lines below it as prose. Blank lines and `#` comments are left out.
enum BlockLine: Equatable {
    case block(keyword: String, id: String, line: Int)
    case field(key: String, language: String?, value: String, line: Int)
    /// A line that is neither; `text` is what was found.
    case unreadable(text: String, line: Int)

    /// Reads `lines`, recognising block headers that start with one of `keywords`.
    static func read(_ lines: [SourceLine], keywords: [String]) -> [BlockLine] {
        var result: [BlockLine] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            if line.text.isEmpty || line.text.hasPrefix("#") { continue }
            if let (keyword, id) = blockHeader(line.text, keywords: keywords) {
                result.append(.block(keyword: keyword, id: id, line: line.number))
            } else if let (key, language, value) = field(line.text) {
                var text = value
                if value.isEmpty {
                    // A prose block: the lines below that are indented deeper, blank lines included.
                    var block: [SourceLine] = []
                    while index < lines.count, lines[index].isBlank || lines[index].indent > line.indent {
                        block.append(lines[index])
                        index += 1
                    }
                    while block.last?.isBlank == true { block.removeLast() }
                    let margin = block.filter { !$0.isBlank }.map(\.indent).min() ?? 0
                    text = ProseText.join(block.map { (padding: $0.isBlank ? 0 : $0.indent - margin, text: String($0.text)) })
                }
                result.append(.field(key: key, language: language, value: text, line: line.number))
            } else {
                result.append(.unreadable(text: String(line.text.prefix(40)), line: line.number))
            }
        }
        return result
    }

    /// `step ID`, `question ID`…: a keyword, one space or more, an id, and no colon.
    private static func blockHeader(_ text: Substring, keywords: [String]) -> (String, String)? {
        guard let space = text.firstIndex(of: " "), keywords.contains(String(text[..<space])) else { return nil }
        let id = text[space...].drop { $0 == " " }
        guard !id.isEmpty, !id.contains(" "), !id.contains(":") else { return nil }
        return (String(text[..<space]), String(id))
    }

    /// `key: value`, `key.lang: value`; the key is ASCII letters, dashes and one dot.
    private static func field(_ text: Substring) -> (String, String?, String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = text[..<colon]
        guard !key.isEmpty, key.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-" || $0 == ".") }) else { return nil }
        let value = String(text[text.index(after: colon)...].drop { $0 == " " })
        guard let dot = key.firstIndex(of: ".") else { return (String(key), nil, value) }
        return (String(key[..<dot]), String(key[key.index(after: dot)...]), value)
    }
}
