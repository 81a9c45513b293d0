import Foundation
import RoutineEngine

/// A debrief as JSON, for scripts that check scenarios.
enum DebriefJSON {
    private struct Document: Encodable {
        let scenario: String
        let title: String
        let caseID: String
        let participant: String
        let score: Int
        let maximumScore: Int
        let misses: [String]
        let items: [Item]
        let unseenFacts: [String]
        let log: String
        let debrief: String
    }

    private struct Item: Encodable {
        let question: String
        let text: String
        let outcome: String
        let given: String?
        let expected: String
        let points: Int
        let earned: Int
        let why: String
        let sources: [String]
    }

    static func encode(_ debrief: Debrief, file: CaseFile, context: Context) throws -> String {
        let language = context.language
        let renderer = DebriefRenderer(debrief: debrief, routine: file.routine, record: file.record, language: language,
                                       timeZone: context.timeZone)
        let items = debrief.items.map { item in
            Item(question: item.question.id, text: item.question.text.text(in: language), outcome: item.outcome.rawValue,
                 given: item.given.map { AnswerText.describe($0, for: item.question, in: language, timeZone: context.timeZone) },
                 expected: renderer.expected(item), points: item.expectation.points, earned: item.earned,
                 why: item.expectation.why.text(in: language), sources: item.expectation.sources)
        }
        let document = Document(scenario: debrief.scenario.id, title: debrief.scenario.title.text(in: language),
                                caseID: file.record.id.description, participant: file.record.openedBy, score: debrief.score,
                                maximumScore: debrief.maximumScore, misses: debrief.misses.map(\.question.id), items: items,
                                unseenFacts: debrief.unseenFacts.map(\.id), log: file.logURL.filePath, debrief: file.debriefURL.filePath)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }
}
