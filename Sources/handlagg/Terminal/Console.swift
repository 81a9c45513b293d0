import Foundation
import RoutineEngine
#if canImport(Glibc)
import Glibc
#endif

/// Where the CLI writes and reads: standard streams by default, buffers in tests.
/// Colour and the progress bar appear only on a real terminal that wants them.
final class Console: Sendable {
    private let output: FileHandle
    private let errors: FileHandle
    /// Whether standard input is a terminal (a person typing) rather than a pipe or file.
    let inputIsTerminal: Bool
    /// Whether standard output is a terminal.
    let outputIsTerminal: Bool
    /// Whether to use ANSI colour: a terminal, TERM not `dumb`, NO_COLOR unset or empty.
    let usesColour: Bool

    init(environment: Environment) {
        output = FileHandle.standardOutput
        errors = FileHandle.standardError
        inputIsTerminal = isatty(STDIN_FILENO) == 1
        outputIsTerminal = isatty(STDOUT_FILENO) == 1
        usesColour = outputIsTerminal && environment["TERM"] != "dumb" && (environment["NO_COLOR"] ?? "").isEmpty
    }

    /// Writes a line to standard output.
    func line(_ text: String = "") {
        write(text + "\n")
    }

    /// Writes many lines to standard output in one write (long reports).
    func lines(_ texts: [String]) {
        guard !texts.isEmpty else { return }
        write(texts.joined(separator: "\n") + "\n")
    }

    /// Writes text to standard output without a newline and flushes it (prompts).
    func write(_ text: String) {
        Self.write(text, to: output)
    }

    /// Writes UTF-8 bytes to standard output as they are (long reports built as bytes).
    func write(bytes: [UInt8]) {
        output.write(Data(bytes))
    }

    /// Writes prose, word-wrapped to the terminal's width (at most 100 columns) when on a terminal.
    func prose(_ text: String) {
        line(wrapped(text))
    }

    /// `text` word-wrapped to the terminal's width (at most 100 columns) when on a terminal;
    /// as it is otherwise, so that piped output and transcripts keep one line per text.
    func wrapped(_ text: String) -> String {
        outputIsTerminal ? TextWrap.wrap(text, width: min(terminalWidth, 100)) : text
    }

    /// Writes a numbered item ("  1) text"), its text wrapped under itself when on a terminal.
    func item(_ marker: String, _ text: String) {
        guard outputIsTerminal else { return line(marker + text) }
        let indent = String(repeating: " ", count: marker.count)
        let body = TextWrap.wrap(text, width: min(terminalWidth, 100) - marker.count)
        line(marker + body.replacingOccurrences(of: "\n", with: "\n" + indent))
    }

    /// Writes a warning (a refusal, an alert, a new deadline) as prose in the warning colour,
    /// wrapped like `prose` so that it never breaks in the middle of a word.
    func caution(_ text: String) {
        line(warning(wrapped(text)))
    }

    private var terminalWidth: Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    /// Writes a line to standard error.
    func error(_ text: String) {
        Self.write(text + "\n", to: errors)
    }

    /// Writes the UTF-8 of `text` through its own storage: `Data(text.utf8)` would make the
    /// runtime search its conformance tables on every call (tens of thousands of instructions).
    static func write(_ text: String, to handle: FileHandle) {
        var text = text
        handle.write(Data(text.utf8))
    }

    /// Reads one line from standard input; nil at end of input (Ctrl-D or a closed pipe).
    /// Input from a pipe is echoed, so a transcript shows what was answered.
    func readLine() -> String? {
        let line = Swift.readLine(strippingNewline: true)
        if !inputIsTerminal { write(Self.visible(line ?? "") + "\n") }
        return line
    }

    /// Text with every character that could act on a terminal shown as U+FFFD.
    static func visible(_ text: String) -> String {
        guard TypedText.problem(text) != nil else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { TypedText.problem(String($0)) == nil ? $0 : "\u{FFFD}" }))
    }

    func bold(_ text: String) -> String { styled(text, "1") }
    func dim(_ text: String) -> String { styled(text, "2") }
    func warning(_ text: String) -> String { styled(text, "33") }

    private func styled(_ text: String, _ code: String) -> String {
        usesColour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
