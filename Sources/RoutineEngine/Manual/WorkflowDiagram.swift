/// A Mermaid flowchart of a routine's steps, generated from the steps themselves so it cannot
/// drift from them. An arrow leads from one step to another when some answers make the second
/// follow the first; the label says when, for steps shown only under a condition.
struct WorkflowDiagram {
    let routine: Routine
    let language: Language

    func mermaid() -> String {
        let conditions = ConditionText(routine: routine, language: language)
        var lines = ["```mermaid", "flowchart TD"]
        for (index, step) in routine.steps.enumerated() {
            lines.append("    \(node(index))[\"\(index + 1). \(escape(step.title.text(in: language)))\"]")
        }
        for (from, to) in edges() {
            let target = routine.steps[to]
            if let condition = target.condition {
                lines.append("    \(node(from)) -->|\"\(escape(conditions.describe(condition)))\"| \(node(to))")
            } else {
                lines.append("    \(node(from)) --> \(node(to))")
            }
        }
        lines.append("```")
        return lines.joined(separator: "\n")
    }

    private func node(_ index: Int) -> String { "S\(index + 1)" }

    /// The arrows as step indices, in order: the transitions found on real paths through the
    /// routine, or, for a routine too large to explore, every step that may come next.
    private func edges() -> [(Int, Int)] {
        let position = Dictionary(routine.steps.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        if let transitions = PathExplorer(routine: routine).transitions() {
            return transitions.compactMap { transition in
                guard let from = position[transition.from], let to = position[transition.to] else { return nil }
                return (from, to)
            }.sorted { $0 < $1 }
        }
        var result: [(Int, Int)] = []
        for from in routine.steps.indices {
            var to = from + 1
            while to < routine.steps.count {
                result.append((from, to))
                if routine.steps[to].condition == nil { break }
                to += 1
            }
        }
        return result
    }

    /// Mermaid labels may not contain double quotes or line breaks.
    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "#quot;").replacingOccurrences(of: "\n", with: " ")
    }
}
