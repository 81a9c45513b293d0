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

    static func parse(_ text: String) throws(Failure) -> Condition {
        var parser = ConditionParser()
        parser.tokens = try tokenize(text)
        guard !parser.tokens.isEmpty else { throw Failure(message: "The condition is empty.") }
        let condition = try parser.parseOr()
        if parser.position < parser.tokens.count {
            throw Failure(message: "Unexpected '\(parser.describe(parser.tokens[parser.position]))' in the condition.")
        }
        return condition
    }

    private static func tokenize(_ text: String) throws(Failure) -> [Token] {
        var tokens: [Token] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == " " {
                index = text.index(after: index)
            } else if character == "(" || character == ")" || character == "=" {
                tokens.append(.symbol(String(character)))
                index = text.index(after: index)
            } else if character == "!" || character == "<" || character == ">" {
                let next = text.index(after: index)
                if next < text.endIndex, text[next] == "=" {
                    tokens.append(.symbol(String(character) + "="))
                    index = text.index(after: next)
                } else if character == "!" {
                    throw Failure(message: "'!' must be followed by '=' (write '!=').")
                } else {
                    tokens.append(.symbol(String(character)))
                    index = next
                }
            } else if Identifier.isWordCharacter(character) {
                let end = text[index...].firstIndex { !Identifier.isWordCharacter($0) } ?? text.endIndex
                tokens.append(.word(String(text[index..<end])))
                index = end
            } else {
                throw Failure(message: "The character '\(character)' cannot appear in a condition.")
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
