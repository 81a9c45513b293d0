/// One line of a step file with its number and indentation.
struct SourceLine: Equatable {
    /// 1-based line number.
    let number: Int
    /// Count of leading spaces.
    let indent: Int
    /// The line without its indentation and trailing white space.
    let text: String

    var isBlank: Bool { text.isEmpty }
    var isComment: Bool { text.hasPrefix("#") }

    /// Splits raw bytes into lines, accepting LF and CRLF and a leading BOM.
    /// Lines that are not valid UTF-8 or indented with tabs are reported instead.
    static func split(_ bytes: [UInt8], file: String) -> (lines: [SourceLine], problems: [Diagnostic]) {
        var lines: [SourceLine] = []
        var problems: [Diagnostic] = []
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        var number = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            number += 1
            var slice = bytes[start..<end]
            while let last = slice.last, last == 0x0D || last == 0x20 || last == 0x09 { slice = slice.dropLast() }
            let indentation = slice.prefix { $0 == 0x20 || $0 == 0x09 }
            if indentation.contains(0x09) {
                problems.append(Diagnostic(file: file, line: number, message: "Indentation uses a tab; indent with spaces."))
            }
            if let text = String(validating: slice.dropFirst(indentation.count), as: UTF8.self) {
                lines.append(SourceLine(number: number, indent: indentation.count, text: text))
            } else {
                problems.append(Diagnostic(file: file, line: number,
                    message: "The line is not valid UTF-8; save the file as UTF-8."))
                lines.append(SourceLine(number: number, indent: 0, text: ""))
            }
            if end == bytes.count { break }
            start = end + 1
        }
        return (lines, problems)
    }
}
