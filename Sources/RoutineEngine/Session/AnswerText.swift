import Foundation

/// How an answer reads to a person, in a given language.
public enum AnswerText {
    /// The answer as plain text on one line: choice labels, `Ja`/`Nej`, times with their offset.
    public static func describe(_ value: AnswerValue, for question: Question, in language: Language, timeZone: TimeZone) -> String {
        let words = LogVocabulary.forLanguage(language)
        switch value {
        case .text(let text):
            return text
        case .choice(let id):
            if question.kind == .yesNo { return id == "yes" ? words.yes : words.no }
            return question.choice(id)?.label.text(in: language) ?? id
        case .choices(let ids):
            return ids.isEmpty ? "–" : ids.map { question.choice($0)?.label.text(in: language) ?? $0 }.joined(separator: "; ")
        case .list(let items):
            return items.joined(separator: "; ")
        case .number(let number):
            return "\(number) \(words.scaleOf) \(question.range.lowerBound)–\(question.range.upperBound)"
        case .dateTime(let date):
            return Timestamp.display(date, in: timeZone)
        case .acknowledged:
            return words.read
        }
    }
}
