import Foundation

/// Answers given in advance, e.g. typed in afterwards from paper notes: a JSON object mapping
/// question id to the answer as a worker would type it (a string; an array of strings for list,
/// multiple-choice and checklist questions). `"- reason"` skips an optional question; as at the
/// prompt, a skip needs its reason, so a bare `"-"` is refused. The key
/// `"confirm"` holds an object from rule id to the reason a warning is confirmed.
public struct AnswerSheet: Sendable {
    /// What is wrong with an answers file or one of its answers.
    public enum Problem: Error, Equatable, Sendable {
        case notUTF8
        case notAnObject
        case unknownQuestion(String)
        case wrongType(question: String)
        case invalid(question: String, AnswerProblem)
        case requiredSkipped(question: String)
        /// `"-"` without the reason a skip needs.
        case skipWithoutReason(question: String)
        /// The answer breaks a `refuse` rule of the routine.
        case refused(question: String, rule: Rule)
        /// The answer raises a warning that the file does not confirm under `"confirm"`.
        case unconfirmed(question: String, rule: Rule)
        /// `"confirm"` names a rule the routine does not have, or is not an object of reasons.
        case unknownRule(String)
    }

    /// What applying a sheet did.
    public struct Outcome: Equatable, Sendable {
        /// How many answers were recorded.
        public var applied = 0
        /// Ids whose questions are not shown in this case, so their answers were not used.
        public var unused: [String] = []
    }

    /// The raw answers by question id.
    public let answers: [String: [String]]
    /// The reasons given for confirming warnings, by rule id.
    public let confirmations: [String: String]

    /// Reads and checks an answers file against a routine.
    public init(data: Data, routine: Routine) throws(Problem) {
        try self.init(data: data, routines: [routine])
    }

    /// Reads and checks an answers file against routines a case may be walked in (an intake and
    /// the routines it chooses from): each answer must belong to a question of one of them.
    public init(data: Data, routines: [Routine]) throws(Problem) {
        guard String(data: data, encoding: .utf8) != nil else { throw .notUTF8 }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw .notAnObject }
        var answers: [String: [String]] = [:]
        var confirmations: [String: String] = [:]
        for (id, value) in object where id == "confirm" {
            guard let reasons = value as? [String: String] else { throw .unknownRule("confirm") }
            for (rule, reason) in reasons {
                guard routines.contains(where: { $0.rule(rule)?.severity == .warn }) else { throw .unknownRule(rule) }
                confirmations[rule] = reason
            }
        }
        for (id, value) in object where id != "confirm" {
            guard let question = routines.lazy.compactMap({ $0.question(id) }).first else { throw .unknownQuestion(id) }
            if let text = value as? String {
                answers[id] = [text]
            } else if let items = value as? [String], [.list, .multi, .actions].contains(question.kind) {
                answers[id] = items
            } else {
                throw .wrongType(question: id)
            }
        }
        self.answers = answers
        self.confirmations = confirmations
    }

    /// Records every answer whose question is shown, in walking order, until nothing more applies.
    /// Answers equal to the current ones are not recorded again. `clock` gives the moment of each
    /// answer when it is not `input.now` (a practice scenario's simulated clock).
    public func apply(to file: inout CaseFile, input: AnswerInput, by worker: String,
                      clock: ((Question) -> Date)? = nil) throws -> Outcome {
        var outcome = Outcome()
        var handled = Set<String>()
        var progress = true
        while progress {
            progress = false
            for question in file.walk.questions where !handled.contains(question.id) {
                guard let raw = answers[question.id] else { continue }
                handled.insert(question.id)
                progress = true
                let input = clock.map { AnswerInput(now: $0(question), timeZone: input.timeZone) } ?? input
                if raw.count == 1, raw[0] == "-" || raw[0].hasPrefix("- ") {
                    guard !question.isRequired else { throw Problem.requiredSkipped(question: question.id) }
                    let reason = String(raw[0].dropFirst()).trimmingCharacters(in: .whitespaces)
                    guard !reason.isEmpty else { throw Problem.skipWithoutReason(question: question.id) }
                    if let rule = file.checkSkip(question).refused.first { throw Problem.refused(question: question.id, rule: rule) }
                    try file.skip(question, reason: reason, at: input.now, by: worker)
                    outcome.applied += 1
                    break
                }
                let parsed = question.kind == .list
                    ? input.parse(lines: raw, for: question)
                    : input.parse(raw.joined(separator: ","), for: question)
                switch parsed {
                case .failure(let problem):
                    throw Problem.invalid(question: question.id, problem)
                case .success(let value):
                    if file.record.answers[question.id]?.value != value {
                        let check = file.check(question, with: value)
                        if let rule = check.refused.first { throw Problem.refused(question: question.id, rule: rule) }
                        if let rule = check.warnings.first(where: { confirmations[$0.id] == nil }) {
                            throw Problem.unconfirmed(question: question.id, rule: rule)
                        }
                        let reason = check.warnings.map { confirmations[$0.id] ?? "" }.joined(separator: "; ")
                        try file.answer(question, with: value, at: input.now, by: worker, confirming: check.warnings,
                                        confirmation: check.warnings.isEmpty ? nil : reason)
                        outcome.applied += 1
                    }
                }
                break
            }
        }
        outcome.unused = answers.keys.filter { !handled.contains($0) }.sorted()
        return outcome
    }
}
