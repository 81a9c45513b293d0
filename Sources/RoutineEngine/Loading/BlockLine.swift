/// One meaningful line of a step or scenario file, in the syntax both share: `keyword ID` opens a
/// block, `key: value` or `key.sv: value` sets a value, and a key with nothing after the colon takes
/// the more deeply indented lines below it as prose. Blank lines and `#` comments are left out.
enum BlockLine: Equatable {
    case block(keyword: String, id: String, line: Int)
    case field(key: String, language: String?, value: String, line: Int)
    /// A line that is neither; `text` is what was found.
    case unreadable(text: String, line: Int)

    /// Reads `lines` of the file `bytes`, recognising block headers that start with one of `keywords`.
    /// (Read on the bytes, making strings only of ids, keys and values: this runs for every line of
    /// every routine at every start.)
    static func read(_ lines: [SourceLine], in bytes: [UInt8], keywords: [String]) -> [BlockLine] {
        bytes.withUnsafeBufferPointer { bytes in
            var result: [BlockLine] = []
            result.reserveCapacity(lines.count)
            var index = 0
            while index < lines.count {
                let line = lines[index]
                index += 1
                let text = UnsafeBufferPointer(rebasing: bytes[line.text])
                if text.isEmpty || text[0] == UInt8(ascii: "#") { continue }
                if let (keyword, id) = blockHeader(text, keywords: keywords) {
                    result.append(.block(keyword: keyword, id: id, line: line.number))
                } else if let (key, language, value) = field(text) {
                    var prose = value
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
                        prose = ProseText.join(lines[start..<end].map { prose in
                            (padding: prose.isBlank ? 0 : prose.indent - margin, text: bytes[prose.text])
                        })
                    }
                    result.append(.field(key: key, language: language, value: prose, line: line.number))
                } else {
                    result.append(.unreadable(text: String(String(decoding: text, as: UTF8.self).prefix(40)), line: line.number))
                }
            }
            return result
        }
    }

    /// `step ID`, `question ID`…: a keyword, one space or more, an id, and no colon.
    private static func blockHeader(_ b: UnsafeBufferPointer<UInt8>, keywords: [String]) -> (String, String)? {
        var space = 0
        while space < b.count, b[space] != 0x20 { space += 1 }
        guard space < b.count,
              let keyword = keywords.first(where: { $0.utf8.count == space && $0.utf8.elementsEqual(b[..<space]) }) else { return nil }
        var idStart = space
        while idStart < b.count, b[idStart] == 0x20 { idStart += 1 }
        guard idStart < b.count, !b[idStart...].contains(where: { $0 == 0x20 || $0 == 0x3A }) else { return nil }
        return (keyword, string(b, idStart..<b.count))
    }

    /// `key: value`, `key.lang: value`; the key is ASCII letters, dashes and one dot.
    private static func field(_ b: UnsafeBufferPointer<UInt8>) -> (String, String?, String)? {
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

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
