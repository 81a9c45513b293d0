/// Reads a condition such as `lvu6 = yes and (age = under-18 or age = 18-20)`.
///
/// Grammar (lowest precedence first):
///     condition := term ('or' term)*
///     term      := factor ('and' factor)*
///     factor    := 'not' factor | '(' condition ')' | atom
///     atom      := ID ('=' | '!=' | 'has') VALUE | ID ('<' | '<=' | '>' | '>=') NUMBER | ID 'answered'
struct ConditionParser {
    /// A syntax error with a full-sentence message.
    struct Failure: Error, Equatable {
        let message: String
    }

    private enum Token: Equatable {
        case word(String)
        case symbol(String)
    }

    private var tokens: [Token] = []
    private var position = 0
    /// How deep the brackets and `not`s reach so far. Conditions are read and evaluated by
    /// recursion, so a file with tens of thousands of nested brackets (a fuzzer's find) would
    /// overflow the stack; no routine needs more than a few levels, or more than a few hundred words.
    private var depth = 0
    static let maxDepth = 100
    static let maxTokens = 2_000

    static func parse(_ text: String) throws(Failure) -> Condition {
        var parser = ConditionParser()
        parser.tokens = try tokenize(text)
        guard !parser.tokens.isEmpty else { throw Failure(message: "The condition is empty.") }
        guard parser.tokens.count <= maxTokens else {
            throw Failure(message: "The condition is longer than \(maxTokens) words and symbols; split it into simpler conditions.")
        }
        let condition = try parser.parseOr()
        if parser.position < parser.tokens.count {
            throw Failure(message: "Unexpected '\(parser.describe(parser.tokens[parser.position]))' in the condition.")
        }
        return condition
    }

    /// Splits the text into words and symbols, on its UTF-8 bytes: every condition of every
    /// routine is read at every start.
    private static func tokenize(_ text: String) throws(Failure) -> [Token] {
        var tokens: [Token] = []
        let b = Array(text.utf8)
        var index = 0
        while index < b.count {
            let byte = b[index]
            switch byte {
            case UInt8(ascii: " "):
                index += 1
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "="):
                tokens.append(.symbol(String(UnicodeScalar(byte))))
                index += 1
            case UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">"):
                if index + 1 < b.count, b[index + 1] == UInt8(ascii: "=") {
                    tokens.append(.symbol(String(UnicodeScalar(byte)) + "="))
                    index += 2
                } else if byte == UInt8(ascii: "!") {
                    throw Failure(message: "'!' must be followed by '=' (write '!=').")
                } else {
                    tokens.append(.symbol(String(UnicodeScalar(byte))))
                    index += 1
                }
            default:
                guard Identifier.isWordByte(byte) else {
                    // Name the whole character (a letter with an accent, an emoji), not its first byte.
                    let position = text.utf8.index(text.startIndex, offsetBy: index)
                    let character = text.indices.last { $0 <= position } ?? text.startIndex
                    throw Failure(message: "The character '\(text[character])' cannot appear in a condition.")
                }
                var end = index + 1
                while end < b.count, Identifier.isWordByte(b[end]) { end += 1 }
                tokens.append(.word(String(decoding: b[index..<end], as: UTF8.self)))
                index = end
            }
        }
        return tokens
    }

    private mutating func parseOr() throws(Failure) -> Condition {
        var left = try parseAnd()
        while take(.word("or")) {
            left = .or(left, try parseAnd())
        }
        return left
    }

    private mutating func parseAnd() throws(Failure) -> Condition {
        var left = try parseFactor()
        while take(.word("and")) {
            left = .and(left, try parseFactor())
        }
        return left
    }

    private mutating func parseFactor() throws(Failure) -> Condition {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else {
            throw Failure(message: "The condition nests brackets or 'not' more than \(Self.maxDepth) levels deep; write it more simply.")
        }
        if take(.word("not")) { return .not(try parseFactor()) }
        if take(.symbol("(")) {
            let inner = try parseOr()
            guard take(.symbol(")")) else { throw Failure(message: "A '(' in the condition is not closed.") }
            return inner
        }
        return try parseAtom()
    }

    private mutating func parseAtom() throws(Failure) -> Condition {
        guard position < tokens.count, case .word(let question) = tokens[position],
              !Self.keywords.contains(question) else {
            throw Failure(message: position < tokens.count
                ? "Expected a question id but found '\(describe(tokens[position]))'."
                : "The condition ends where a question id was expected.")
        }
        position += 1
        if take(.word("answered")) { return .answered(question: question) }
        guard position < tokens.count else {
            throw Failure(message: "The condition ends after '\(question)'; expected '=', '!=', 'has' or 'answered'.")
        }
        let operatorToken = tokens[position]
        position += 1
        guard position < tokens.count, case .word(let value) = tokens[position], !Self.keywords.contains(value) else {
            throw Failure(message: "Expected a value after '\(question) \(describe(operatorToken))'.")
        }
        position += 1
        switch operatorToken {
        case .symbol("="): return .equals(question: question, value: value)
        case .symbol("!="): return .notEquals(question: question, value: value)
        case .word("has"): return .has(question: question, value: value)
        case .symbol(let symbol):
            guard let op = ComparisonOperator(rawValue: symbol) else { break }
            guard let number = Int(value) else {
                throw Failure(message: "'\(symbol)' compares with a whole number, not '\(value)'.")
            }
            return .compare(question: question, op: op, value: number)
        default: break
        }
        throw Failure(message: "Expected '=', '!=', 'has', '<', '>' or 'answered' after '\(question)', found '\(describe(operatorToken))'.")
    }

    private static let keywords: Set<String> = ["and", "or", "not", "has", "answered"]

    private mutating func take(_ token: Token) -> Bool {
        guard position < tokens.count, tokens[position] == token else { return false }
        position += 1
        return true
    }

    private func describe(_ token: Token) -> String {
        switch token {
        case .word(let word): word
        case .symbol(let symbol): symbol
        }
    }
}
