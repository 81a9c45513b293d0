/// Finds every sequence of steps a case can take through a routine, by walking it with each
/// combination of answers to the questions that step conditions depend on.
public struct PathExplorer: Sendable {
    /// One way through the routine: the answers that decide it, and the steps shown.
    public struct Path: Equatable, Sendable {
        public let answers: [String: AnswerValue]
        public let stepIDs: [String]
    }

    /// Above this many combinations the routine is not explored (`paths` returns nil).
    public static let limit = 20_000

    public let routine: Routine

    public init(routine: Routine) {
        self.routine = routine
    }

    /// Every distinct sequence of steps, with one set of answers that produces it; nil when the
    /// routine has too many deciding combinations to try.
    public func paths() -> [Path]? {
        let conditions = routine.steps.compactMap(\.condition)
        var ids: [String] = []
        for id in conditions.flatMap(\.questionIDs) where !ids.contains(id) { ids.append(id) }
        let domains = ids.map { id in routine.question(id).map { domain(of: $0, mentioned: conditions) } ?? [nil] }
        guard domains.reduce(1, { $0 > Self.limit ? $0 : $0 * max($1.count, 1) }) <= Self.limit else { return nil }
        var found: [Path] = []
        var seen = Set<[String]>()
        var answers: [String: AnswerValue] = [:]
        func visit(_ index: Int) {
            if index == ids.count {
                let steps = Walk(routine: routine, values: answers).stepIDs
                if seen.insert(steps).inserted { found.append(Path(answers: answers, stepIDs: steps)) }
                return
            }
            for value in domains[index] {
                answers[ids[index]] = value
                visit(index + 1)
            }
            answers[ids[index]] = nil
        }
        visit(0)
        return found
    }

    /// Which step can follow which, over all paths (nil when not explored).
    public func transitions() -> Set<Transition>? {
        guard let paths = paths() else { return nil }
        var result = Set<Transition>()
        for path in paths {
            for (from, to) in zip(path.stepIDs, path.stepIDs.dropFirst()) { result.insert(Transition(from: from, to: to)) }
        }
        return result
    }

    /// One step following another.
    public struct Transition: Hashable, Sendable {
        public let from: String
        public let to: String
    }

    /// A required question shown is always answered on a finished path; an optional one may not be.
    private func domain(of question: Question, mentioned conditions: [Condition]) -> [AnswerValue?] {
        let mentioned = conditions.flatMap(\.atoms).filter { $0.question == question.id }.map(\.value)
        return (question.isRequired ? [] : [nil]) + AnswerDomain.values(of: question, mentioned: mentioned)
    }
}
