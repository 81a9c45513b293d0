import Foundation
import Testing
@testable import RoutineEngine

/// What a person of 18 or over is shown: the adult routine, and the young adult's path in the
/// child routine. Neither may speak of a child or of guardians, in either language, on any path
/// a worker can take.
@Suite("Adult paths: the same facts in both languages, and no child wording anywhere")
struct AdultPathTests {
    /// Words that only fit a child: "barn", "barnet", "barnets", "vårdnadshavare", "child", "guardian".
    /// The child routine's id, "akut-barn", is a name the handover must be able to say.
    static func childWord(in text: String) -> String? {
        text.replacingOccurrences(of: "akut-barn", with: "").firstMatch(of: #/(?i)\bbarn(et|ets|en|ens)?\b|vårdnadshavar|\bchild(ren)?\b|\bguardians?\b/#).map { String($0.output.0) }
    }

    /// A deterministic stream of numbers for the walks below (SplitMix64, so that a failing
    /// walk can be repeated from its seed).
    struct Dice {
        var state: UInt64
        mutating func roll(_ sides: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(sides))
        }
    }

    /// Walks `routine` to its end from `start`, answering every question shown at random among
    /// the choices it offers, and returns every text the worker saw, with where it came from.
    static func randomWalk(_ routine: Routine, start: [String: AnswerValue], seed: UInt64) -> [(where: String, text: String)] {
        var dice = Dice(state: seed)
        var values = start
        var walk = Walk(routine: routine, values: values)
        while let open = walk.questions.first(where: { walk.answers[$0.id] == nil }) {
            let pick: AnswerValue
            switch open.kind {
            case .yesNo: pick = .choice(dice.roll(2) == 0 ? "yes" : "no")
            case .choice, .decision: pick = .choice(open.choices[dice.roll(open.choices.count)].id)
            case .multi, .actions:
                let chosen = open.choices.filter { _ in dice.roll(3) == 0 }.map(\.id)
                pick = .choices(chosen.isEmpty ? [open.choices[0].id] : chosen)
            case .text: pick = .text("svar")
            case .dateTime: pick = .dateTime(Fixtures.date("2026-11-22T02:00:00+01:00"))
            case .list: pick = .list(["punkt"])
            case .scale: pick = .number(dice.roll(10) + 1)
            case .acknowledgement: pick = .acknowledged
            }
            values[open.id] = pick
            walk = Walk(routine: routine, values: values)
        }
        var seen: [(where: String, text: String)] = []
        for language in Language.allCases {
            for step in routine.steps where walk.stepIDs.contains(step.id) {
                seen.append(("title of \(step.id)", step.title.text(in: language)))
                seen.append(("guidance of \(step.id)", step.guidance.text(in: language)))
                for deadline in step.deadlines where deadline.condition?.holds(for: walk.answers) ?? true {
                    seen.append(("deadline \(deadline.id)", deadline.text.text(in: language)))
                }
                // A todo shows when its answers hold, or (for one tied to a skip) whenever its question could be skipped.
                for todo in step.todos where todo.skipped.map({ id in walk.questions.contains { $0.id == id } }) ?? todo.holds(for: walk.answers, skipped: []) {
                    seen.append(("todo \(todo.id)", todo.text.text(in: language)))
                }
            }
            for question in walk.questions {
                seen.append(("question \(question.id)", question.text.text(in: language)))
                seen.append(("help of \(question.id)", question.help.text(in: language)))
                for choice in question.choices { seen.append(("choice \(question.id).\(choice.id)", choice.label.text(in: language))) }
            }
            for alert in routine.alerts where alert.holds(for: walk.answers) { seen.append(("alert \(alert.id)", alert.text.text(in: language))) }
        }
        return seen
    }

    static let walks = 200

    @Test("No child word in any text a worker sees on an adult path: 200 random walks of the adult routine and of the 18–20 path of the child routine")
    func noChildWords() throws {
        let library = try RoutineLoader.load(directory: BinaryRunner.packageRoot.appendingPathComponent("Resources/routines"))
        let paths: [(routine: Routine, start: [String: AnswerValue])] = [
            (try library.routine("akut-vuxen"), ["assessed-age": .choice("over-20")]),
            (try library.routine("akut-vuxen"), ["assessed-age": .choice("18-20"), "lvu3-considered": .choice("no")]),
            (try library.routine("akut-vuxen"), ["assessed-age": .choice("18-20"), "lvu3-considered": .choice("yes")]),
            (try library.routine("akut-barn"), ["assessed-age": .choice("18-20")]),
        ]
        struct Seen: Hashable { let routine: String, place: String, text: String }
        var seen: Set<Seen> = []  // each text checked once, however many walks show it
        for (routine, start) in paths {
            for seed in 0..<UInt64(Self.walks / paths.count) {
                for (place, text) in Self.randomWalk(routine, start: start, seed: seed) { seen.insert(Seen(routine: routine.id, place: place, text: text)) }
            }
        }
        let found = seen.compactMap { item in Self.childWord(in: item.text).map { "\(item.routine) \(item.place): «\($0)» in «\(item.text.prefix(160))»" } }
        let questionsSeen = Set(seen.filter { $0.place.hasPrefix("question ") }.map { "\($0.routine) \($0.place)" })
        #expect(found.isEmpty, "\(found.sorted().joined(separator: "\n"))")
        // The walks really cover the adult routine: every question it has is seen on some walk.
        let adult = try library.routine("akut-vuxen")
        // (Only the step that sends a person under 18 back to the child routine is off every adult path.)
        let unseen = adult.steps.filter { $0.id != "use-akut-barn" }.flatMap(\.questions)
            .filter { $0.derivations.isEmpty && !questionsSeen.contains("akut-vuxen question \($0.id)") }
        #expect(unseen.isEmpty, "never reached: \(unseen.map(\.id))")
    }

    @Test("The words are caught: the check finds them in the child routine's under-18 path")
    func checkCanFail() throws {
        let child = try BinaryRunner.bundledRoutine()
        let texts = Self.randomWalk(child, start: ["assessed-age": .choice("under-18")], seed: 1).map(\.text)
        #expect(texts.contains { Self.childWord(in: $0) != nil })
    }

    @Test("The adult log's facts are the same in Swedish and English")
    func sameFacts() throws {
        let adult = try RoutineLoader.load(directory: BinaryRunner.packageRoot.appendingPathComponent("Resources/routines")).routine("akut-vuxen")
        let logs = try [Language.swedish, .english].map { language in
            let record = try BundledRoutineTests.completeRecord(adult, language: language, deciding: ["assessed-age": .choice("over-20")])
            return CaseLogRenderer(routine: adult, record: record, timeZone: Fixtures.stockholm).render()
        }
        let (swedish, english) = (logs[0], logs[1])
        #expect(swedish.components(separatedBy: "\n").count == english.components(separatedBy: "\n").count, "the same structure line for line")
        #expect(BundledRoutineTests.facts(swedish) == BundledRoutineTests.facts(english))
        #expect(BundledRoutineTests.facts(swedish).count > 40, "the logs carry facts to compare")
        #expect(swedish.contains("| OSL 10 kap. 23 § |") && english.contains("| OSL 10 kap. 23 § |"), "the police report's basis from 18, in both")
    }
}
