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
        result.reserveCapacity(lines.count)
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
                    let start = index
                    var end = index
                    var margin = Int.max
                    while index < lines.count, lines[index].isBlank || lines[index].indent > line.indent {
                        if !lines[index].isBlank {
                            margin = min(margin, lines[index].indent)
                            end = index + 1
                        }
                        index += 1
                    }
                    text = ProseText.join(lines[start..<end].map { prose in
                        prose.isBlank || prose.indent == margin ? prose.text : String(repeating: " ", count: prose.indent - margin) + prose.text
                    })
                }
                result.append(.field(key: key, language: language, value: text, line: line.number))
            } else {
                result.append(.unreadable(text: String(line.text.prefix(40)), line: line.number))
            }
        }
        return result
    }

    /// `step ID`, `question ID`…: a keyword, one space or more, an id, and no colon.
    /// (Read through the UTF-8 view: these two functions run on every line at every start.)
    private static func blockHeader(_ text: String, keywords: [String]) -> (String, String)? {
        let utf8 = text.utf8
        guard let space = utf8.firstIndex(of: 0x20) else { return nil }
        let length = utf8.distance(from: utf8.startIndex, to: space)
        guard let keyword = keywords.first(where: { $0.utf8.count == length && utf8.starts(with: $0.utf8) }) else { return nil }
        guard let idStart = utf8[space...].firstIndex(where: { $0 != 0x20 }),
              !utf8[idStart...].contains(where: { $0 == 0x20 || $0 == 0x3A }) else { return nil }
        return (keyword, String(text[idStart...]))
    }

    /// `key: value`, `key.lang: value`; the key is ASCII letters, dashes and one dot.
    private static func field(_ text: String) -> (String, String?, String)? {
        let utf8 = text.utf8
        guard let colon = utf8.firstIndex(of: 0x3A), colon != utf8.startIndex,
              utf8[..<colon].allSatisfy({ (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) || $0 == 0x2D || $0 == 0x2E })
        else { return nil }
        let valueStart = utf8[utf8.index(after: colon)...].firstIndex { $0 != 0x20 } ?? utf8.endIndex
        let value = String(text[valueStart...])
        guard let dot = utf8[..<colon].firstIndex(of: 0x2E) else { return (String(text[..<colon]), nil, value) }
        return (String(text[..<dot]), String(text[text.index(after: dot)..<colon]), value)
    }
}
