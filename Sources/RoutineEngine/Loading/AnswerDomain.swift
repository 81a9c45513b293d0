/// The answers to a question that can make a difference to conditions about it: every choice,
/// every combination of the choices conditions test for, and the scale values around the
/// numbers they compare with. Free answers (text, lists, times) are represented by one value.
enum AnswerDomain {
    /// Above this many tested choices, multiple-choice answers are not combined exhaustively.
    private static let maximumCombinedChoices = 10

    static func values(of question: Question, mentioned: [String]) -> [AnswerValue] {
        switch question.kind {
        case .yesNo:
            return [.choice("yes"), .choice("no")]
        case .choice, .decision:
            return question.choices.map { .choice($0.id) }
        case .multi, .actions:
            let relevant = Array(Set(mentioned)).sorted()
            guard relevant.count <= maximumCombinedChoices else { return [.choices([]), .choices(relevant)] }
            return (0..<(1 << relevant.count)).map { mask in
                .choices(relevant.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element))
            }
        case .scale:
            var numbers: Set<Int> = [question.range.lowerBound, question.range.upperBound]
            for value in mentioned.compactMap(Int.init) {
                for candidate in [value - 1, value, value + 1] where question.range.contains(candidate) {
                    numbers.insert(candidate)
                }
            }
            return numbers.sorted().map { .number($0) }
        case .text:
            return [.text("…")]
        case .list:
            return [.list(["…"])]
        case .dateTime:
            return [.dateTime(.distantPast)]
        case .acknowledgement:
            return [.acknowledged]
        }
    }
}
