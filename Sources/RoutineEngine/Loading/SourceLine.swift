/// One line of a step or scenario file: its number, its indentation, and its text without the
/// indentation and trailing white space.
struct SourceLine: Equatable {
    /// 1-based line number.
    let number: Int
    /// Count of leading spaces.
    let indent: Int
    /// The text; empty for a blank line, or for a line that is not valid UTF-8 (reported when split).
    let text: Substring

    var isBlank: Bool { text.isEmpty }

    /// Splits raw bytes into lines, accepting LF and CRLF and a leading BOM.
    /// Lines that are not valid UTF-8 or indented with tabs are reported instead.
    static func split(_ bytes: [UInt8], file: String) -> (lines: [SourceLine], problems: [Diagnostic]) {
        var lines: [SourceLine] = []
        var problems: [Diagnostic] = []
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        for (index, raw) in body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            guard let decoded = String(validating: raw, as: UTF8.self) else {
                problems.append(Diagnostic(file: file, line: number, message: "The line is not valid UTF-8; save the file as UTF-8."))
                lines.append(SourceLine(number: number, indent: 0, text: ""))
                continue
            }
            let whiteSpace: Set<Character> = [" ", "\t", "\r", "\r\n"]
            var text = Substring(decoded)
            while let last = text.last, whiteSpace.contains(last) { text = text.dropLast() }
            let leading = text.prefix { $0 == " " || $0 == "\t" }
            if leading.contains("\t") {
                problems.append(Diagnostic(file: file, line: number, message: "Indentation uses a tab; indent with spaces."))
            }
            lines.append(SourceLine(number: number, indent: leading.count, text: text.dropFirst(leading.count)))
        }
        return (lines, problems)
    }
}
