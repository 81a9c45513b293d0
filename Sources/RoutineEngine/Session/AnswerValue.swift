import Foundation

/// An answer as stored in the journal, independent of language.
public enum AnswerValue: Equatable, Sendable {
    /// Free text.
    case text(String)
    /// One choice id; also `yes`/`no` for yes/no questions and decisions.
    case choice(String)
    /// Several choice ids (multiple choice) or the done items of a checklist.
    case choices([String])
    /// Entries of a repeatable list.
    case list([String])
    /// A value on a scale.
    case number(Int)
    /// A moment in time.
    case dateTime(Date)
    /// A guidance step read.
    case acknowledged
}

extension AnswerValue: Codable {
    private enum Key: String, CodingKey {
        case text, choice, choices, list, number, dateTime = "datetime", acknowledged
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        guard let key = container.allKeys.first, container.allKeys.count == 1 else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "An answer has exactly one kind."))
        }
        switch key {
        case .text: self = .text(try container.decode(String.self, forKey: key))
        case .choice: self = .choice(try container.decode(String.self, forKey: key))
        case .choices: self = .choices(try container.decode([String].self, forKey: key))
        case .list: self = .list(try container.decode([String].self, forKey: key))
        case .number: self = .number(try container.decode(Int.self, forKey: key))
        case .acknowledged: self = .acknowledged
        case .dateTime:
            let text = try container.decode(String.self, forKey: key)
            guard let date = Timestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "Not an ISO 8601 time: \(text)")
            }
            self = .dateTime(date)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        switch self {
        case .text(let text): try container.encode(text, forKey: .text)
        case .choice(let id): try container.encode(id, forKey: .choice)
        case .choices(let ids): try container.encode(ids, forKey: .choices)
        case .list(let items): try container.encode(items, forKey: .list)
        case .number(let number): try container.encode(number, forKey: .number)
        case .dateTime(let date): try container.encode(Timestamp.iso(date, in: .utc), forKey: .dateTime)
        case .acknowledged: try container.encode(true, forKey: .acknowledged)
        }
    }
}

extension Condition {
    /// Whether the condition holds for `answers` (question id → current answer; skipped and unanswered are absent).
    public func holds(for answers: [String: AnswerValue]) -> Bool {
        switch self {
        case .equals(let q, let value):
            return answers[q].map { Self.matches($0, value) } ?? false
        case .notEquals(let q, let value):
            return answers[q].map { !Self.matches($0, value) } ?? false
        case .has(let q, let value):
            switch answers[q] {
            case .choices(let ids): return ids.contains(value)
            case .list(let items): return items.contains(value)
            default: return false
            }
        case .compare(let q, let op, let value):
            if case .number(let number) = answers[q] { return op.holds(number, value) }
            return false
        case .answered(let q):
            return answers[q] != nil
        case .not(let inner):
            return !inner.holds(for: answers)
        case .and(let a, let b):
            return a.holds(for: answers) && b.holds(for: answers)
        case .or(let a, let b):
            return a.holds(for: answers) || b.holds(for: answers)
        }
    }

    private static func matches(_ answer: AnswerValue, _ value: String) -> Bool {
        switch answer {
        case .choice(let id): id == value
        case .number(let number): String(number) == value
        case .text(let text): text == value
        default: false
        }
    }
}
