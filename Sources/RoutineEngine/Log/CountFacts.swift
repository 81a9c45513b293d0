/// What one answer counts towards in the unit's statistics (`count:` on the question or the
/// chosen option), as the log's `count:` facts: statistic id, category id, and both labels.
enum CountFacts {
    static func of(_ value: AnswerValue, for question: Question, in routine: Routine) -> [[String]] {
        var result: [[String]] = []
        var chosen: [String] = []
        switch value {
        case .choice(let id): chosen = [id]
        case .choices(let ids): chosen = ids
        default: break
        }
        if let statistic = question.count.flatMap({ routine.statistic($0) }) {
            if question.kind == .yesNo {
                if chosen == ["yes"] { result.append(fact(statistic, nil)) }
            } else {
                for id in chosen { result.append(fact(statistic, question.choice(id))) }
            }
        }
        for id in chosen {
            if let choice = question.choice(id), let statistic = choice.count.flatMap({ routine.statistic($0) }) {
                result.append(fact(statistic, nil))
            }
        }
        return result
    }

    private static func fact(_ statistic: Statistic, _ category: Choice?) -> [String] {
        [statistic.id, category?.id ?? "", statistic.label.text(in: .swedish), statistic.label.text(in: .english),
         category?.label.text(in: .swedish) ?? "", category?.label.text(in: .english) ?? ""]
    }
}
