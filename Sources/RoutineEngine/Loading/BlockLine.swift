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
    /// (Read on the bytes: these two functions run on every line at every start.)
    private static func blockHeader(_ text: String, keywords: [String]) -> (String, String)? {
        var text = text
        return text.withUTF8 { b -> (String, String)? in
            var space = 0
            while space < b.count, b[space] != 0x20 { space += 1 }
            guard space < b.count,
                  let keyword = keywords.first(where: { $0.utf8.count == space && $0.utf8.elementsEqual(b[..<space]) }) else { return nil }
            var idStart = space
            while idStart < b.count, b[idStart] == 0x20 { idStart += 1 }
            guard idStart < b.count, !b[idStart...].contains(where: { $0 == 0x20 || $0 == 0x3A }) else { return nil }
            return (keyword, string(b, idStart..<b.count))
        }
    }

    /// `key: value`, `key.lang: value`; the key is ASCII letters, dashes and one dot.
    private static func field(_ text: String) -> (String, String?, String)? {
        var text = text
        return text.withUTF8 { b -> (String, String?, String)? in
            var colon = 0
            var dot: Int?
            while colon < b.count, b[colon] != 0x3A {
                let byte = b[colon]
                guard (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x2D || byte == 0x2E else { return nil }
                if byte == 0x2E, dot == nil { dot = colon }
                colon += 1
            }
            guard colon > 0, colon < b.count else { return nil }
            var valueStart = colon + 1
            while valueStart < b.count, b[valueStart] == 0x20 { valueStart += 1 }
            let value = string(b, valueStart..<b.count)
            guard let dot else { return (string(b, 0..<colon), nil, value) }
            return (string(b, 0..<dot), string(b, (dot + 1)..<colon), value)
        }
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
