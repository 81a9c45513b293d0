import Foundation
import Testing
@testable import RoutineEngine

/// The worked example in Resources/routines/README.md is a real, valid routine.
@Suite("Routine authors' guide")
struct AuthorGuideTests {
    /// The indented block after the heading "## Ett komplett exempel", with its indentation removed.
    static func example() throws -> String {
        let guide = try String(contentsOf: BinaryRunner.packageRoot.appendingPathComponent("Resources/routines/README.md"), encoding: .utf8)
        let lines = guide.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "## Ett komplett exempel")) + 1
        var block: [String] = []
        for line in lines[start...] {
            if line.isEmpty { block.append(""); continue }
            guard line.hasPrefix("    ") else { if block.contains(where: { !$0.isEmpty }) { break } else { continue } }
            block.append(String(line.dropFirst(4)))
        }
        return block.joined(separator: "\n")
    }

    @Test("The example loads without errors or warnings and shows the question kinds")
    func exampleIsValid() throws {
        let result = Fixtures.parse(try Self.example(), file: "README-exempel.steps")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let routine = try #require(result.routines.first)
        #expect(routine.steps.map(\.id) == ["mottagande", "beslut", "sos"])
        let kinds = Set(routine.questions.map(\.kind))
        #expect(kinds.isSuperset(of: [.dateTime, .choice, .text, .decision, .actions, .list, .scale, .yesNo]))
        #expect(routine.step("beslut")?.deadlines.first?.offset == .days(7))
        #expect(routine.step("mottagande")?.todos.map(\.id) == ["boka-tolk"])
        #expect(routine.statistics.map(\.id) == ["beslut-6", "till-beslut"])
        #expect(routine.statistics.last?.isTiming == true)
    }
}
