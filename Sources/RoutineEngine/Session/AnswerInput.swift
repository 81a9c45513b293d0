import Foundation

/// Reads what a worker typed (or an answers file gave) as an answer to a question.
///
/// Accepted forms, in Swedish and English alike:
/// - yes/no: `j`, `ja`, `y`, `yes`, `n`, `nej`, `no`;
/// - choices: the number shown, the choice id, or the choice's text;
/// - multiple choice and checklists: numbers or ids separated by commas or spaces,
///   `alla`/`all`, or `inga`/`none`;
/// - date-time: `nu`/`now`, `HH:MM` (today, or yesterday if that time is still ahead),
///   `YYYY-MM-DD HH:MM`, or ISO 8601 with an offset;
/// - scale: a whole number in range; list: one entry per line.
public struct AnswerInput: Sendable {
    /// The current moment, for `nu` and for refusing future times.
    public let now: Date
    /// The time zone times are typed in.
    public let timeZone: TimeZone

    public init(now: Date, timeZone: TimeZone) {
        self.now = now
        self.timeZone = timeZone
    }

    /// Reads a one-line answer.
    public func parse(_ text: String, for question: Question) -> Result<AnswerValue, AnswerProblem> {
        if let problem = TypedText.problem(text) { return .failure(.unsafeText(problem)) }
        let input = text.trimmingCharacters(in: .whitespaces)
        let lower = input.lowercased()
        switch question.kind {
        case .acknowledgement:
            return .success(.acknowledged)
        case .text:
            return input.isEmpty ? .failure(.empty) : .success(.text(input))
        case .list:
            return parse(lines: input.isEmpty ? [] : [input], for: question)
        case .yesNo:
            if ["j", "ja", "y", "yes"].contains(lower) { return .success(.choice("yes")) }
            if ["n", "nej", "no"].contains(lower) { return .success(.choice("no")) }
            return .failure(input.isEmpty ? .empty : .notYesNo(input))
        case .choice, .decision:
            guard !input.isEmpty else { return .failure(.empty) }
            if let choice = choice(for: input, in: question) { return .success(.choice(choice)) }
            return .failure(tokens(input).count > 1 ? .oneChoiceOnly : .notAChoice(input, count: question.choices.count))
        case .multi, .actions:
            if ["alla", "all"].contains(lower) { return .success(.choices(question.choices.map(\.id))) }
            if ["inga", "none", "ingen"].contains(lower) { return .success(.choices([])) }
            guard !input.isEmpty else { return .failure(.empty) }
            if let single = choice(for: input, in: question) { return .success(.choices([single])) }
            var ids: [String] = []
            for token in tokens(input) {
                guard let id = choice(for: token, in: question) else {
                    return .failure(.notAChoice(token, count: question.choices.count))
                }
                if !ids.contains(id) { ids.append(id) }
            }
            return .success(.choices(question.choices.map(\.id).filter(ids.contains)))
        case .scale:
            guard let number = Int(input), question.range.contains(number) else {
                return .failure(input.isEmpty ? .empty : .notOnScale(input, range: question.range))
            }
            return .success(.number(number))
        case .dateTime:
            return parseDateTime(input)
        }
    }

    /// Reads a list answer given as lines; blank lines are left out.
    public func parse(lines: [String], for question: Question) -> Result<AnswerValue, AnswerProblem> {
        if let problem = lines.lazy.compactMap(TypedText.problem).first { return .failure(.unsafeText(problem)) }
        let items = lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return items.isEmpty ? .failure(.empty) : .success(.list(items))
    }

    private func tokens(_ input: String) -> [String] {
        input.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }).map(String.init)
    }

    private func choice(for token: String, in question: Question) -> String? {
        if let number = Int(token), question.choices.indices.contains(number - 1) {
            return question.choices[number - 1].id
        }
        let lower = token.lowercased()
        if let byID = question.choices.first(where: { $0.id == lower }) { return byID.id }
        return question.choices.first { choice in
            Language.allCases.contains { choice.label.has($0) && choice.label.text(in: $0).lowercased() == lower }
        }?.id
    }

    /// A moment typed as for a date-and-time question: `nu`, `14:30`, `2026-11-24 09:00`, ISO 8601.
    public func moment(_ input: String) -> Result<Date, AnswerProblem> {
        parseDateTime(input).map { value in
            if case .dateTime(let date) = value { return date }
            return now
        }
    }

    private func parseDateTime(_ input: String) -> Result<AnswerValue, AnswerProblem> {
        let lower = input.lowercased()
        if lower.isEmpty { return .failure(.empty) }
        if lower == "nu" || lower == "now" { return .success(.dateTime(now)) }
        let calendar = Timestamp.calendar(timeZone)
        var moment: Date?
        if let iso = Timestamp.parse(input) {
            moment = iso
        } else if let (hour, minute) = Self.clock(lower) {
            let today = calendar.dateComponents([.year, .month, .day], from: now)
            var parts = today
            parts.hour = hour
            parts.minute = minute
            if let candidate = calendar.date(from: parts) {
                // A time later than now means last night: 23:40 typed at 00:10.
                moment = candidate.timeIntervalSince(now) > Self.futureTolerance ? calendar.date(byAdding: .day, value: -1, to: candidate) : candidate
            }
        } else {
            let pieces = lower.replacingOccurrences(of: "t", with: " ").split(separator: " ")
            if pieces.count == 2, let date = CalendarDate(parsing: String(pieces[0])), let (hour, minute) = Self.clock(String(pieces[1])) {
                moment = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: hour, minute: minute))
            }
        }
        guard let moment else { return .failure(.notADateTime(input)) }
        if moment.timeIntervalSince(now) > Self.futureTolerance { return .failure(.inTheFuture(input)) }
        return .success(.dateTime(moment))
    }

    /// How far ahead of the clock a typed time may be (clocks differ a little).
    private static let futureTolerance: TimeInterval = 300

    private static func clock(_ text: String) -> (Int, Int)? {
        let parts = text.replacingOccurrences(of: ".", with: ":").split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, (1...2).contains(parts[0].count),
              let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        return (hour, minute)
    }
}
