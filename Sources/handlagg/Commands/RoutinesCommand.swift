import Foundation
import RoutineEngine

/// `handlagg routines`: the routines in use, with their steps and questions.
enum RoutinesCommand: Command {
    static let name = "routines"
    static let options: Set<String> = ["--json"]
    static let positionals = 0...0

    private struct RoutineInfo: Encodable {
        let id, name, file, legalReview, fingerprint: String
        let steps: [StepInfo]
    }

    private struct StepInfo: Encodable {
        let id, section, title: String
        let sources: [String]
        let condition: String?
        let questions: [QuestionInfo]
    }

    private struct QuestionInfo: Encodable {
        let id, kind, text: String
        let required: Bool
        let condition: String?
        let choices: [ChoiceInfo]
    }

    private struct ChoiceInfo: Encodable {
        let id, text: String
    }

    static func run(_ context: Context) throws -> ExitCode {
        let library = try context.routines()
        let language = context.language
        if context.arguments.flags.contains("--json") {
            let info = library.routines.map { routine in
                RoutineInfo(id: routine.id, name: routine.name.text(in: language), file: routine.file,
                            legalReview: routine.legalReview.description, fingerprint: routine.fingerprint,
                            steps: routine.steps.map { step in
                                StepInfo(id: step.id, section: step.section.text(in: language), title: step.title.text(in: language),
                                         sources: step.sources, condition: step.condition?.description,
                                         questions: step.questions.map { question in
                                             QuestionInfo(id: question.id, kind: question.kind.rawValue,
                                                          text: question.text.text(in: language), required: question.isRequired,
                                                          condition: question.condition?.description,
                                                          choices: question.choices.map { ChoiceInfo(id: $0.id, text: $0.label.text(in: language)) })
                                         })
                            })
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            context.console.line(String(decoding: try encoder.encode(info), as: UTF8.self))
            return .success
        }
        for routine in library.routines {
            context.console.line(context.console.bold("\(routine.id): \(routine.name.text(in: language))"))
            context.console.line("  \(routine.file) · \(context.ui.legalReview) \(routine.legalReview) · \(routine.fingerprint.prefix(12))")
            for (number, step) in routine.steps.enumerated() {
                let when = step.condition.map { "  [\($0)]" } ?? ""
                context.console.line("  \(number + 1). \(step.title.text(in: language)) (\(step.questions.count))\(when)")
            }
        }
        return .success
    }
}
