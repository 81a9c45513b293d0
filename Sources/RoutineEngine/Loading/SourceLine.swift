/// One line of a step or scenario file: its number, its indentation, and where its text lies in
/// the file's bytes. (No string is made per line: lines are read on the bytes at every start.)
struct SourceLine: Equatable {
    /// 1-based line number.
    let number: Int
    /// Count of leading spaces.
    let indent: Int
    /// The offsets of the line's text in the file, without indentation and trailing white space;
    /// empty for a line that is not valid UTF-8 (reported when split).
    let text: Range<Int>

    var isBlank: Bool { text.isEmpty }

    /// Splits raw bytes into lines, accepting LF and CRLF and a leading BOM.
    /// Lines that are not valid UTF-8 or indented with tabs are reported instead.
    static func split(_ bytes: [UInt8], file: String) -> (lines: [SourceLine], problems: [Diagnostic]) {
        var lines: [SourceLine] = []
        var problems: [Diagnostic] = []
        bytes.withUnsafeBufferPointer { bytes in
            // One check of the whole file spares checking line by line, unless something is wrong.
            let wholeFileValid = UTF8Check.isValid(bytes)
            var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            var number = 0
            while start <= bytes.count {
                let end = bytes.offset(of: UInt8(ascii: "\n"), from: start) ?? bytes.count
                number += 1
                var last = end
                while last > start, bytes[last - 1] == 0x0D || bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09 { last -= 1 }
                var first = start
                var hasTab = false
                while first < last, bytes[first] == 0x20 || bytes[first] == 0x09 {
                    hasTab = hasTab || bytes[first] == 0x09
                    first += 1
                }
                if hasTab {
                    problems.append(Diagnostic(file: file, line: number, message: "Indentation uses a tab; indent with spaces."))
                }
                if wholeFileValid || UTF8Check.isValid(UnsafeBufferPointer(rebasing: bytes[first..<last])) {
                    lines.append(SourceLine(number: number, indent: first - start, text: first..<last))
                } else {
                    problems.append(Diagnostic(file: file, line: number,
                        message: "The line is not valid UTF-8; save the file as UTF-8."))
                    lines.append(SourceLine(number: number, indent: 0, text: first..<first))
                }
                if end == bytes.count { break }
                start = end + 1
            }
        }
        return (lines, problems)
    }
}
