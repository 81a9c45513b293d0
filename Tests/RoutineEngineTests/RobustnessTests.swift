import Foundation
import Testing
@testable import RoutineEngine

/// Seeded random damage to step files, journals and typed answers: the process must never trap,
/// and every broken file must be reported as diagnostics, never as a crash.
@Suite("Robustness against damaged input")
struct RobustnessTests {
    /// A small deterministic generator (SplitMix64), so failures can be replayed.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let fragments: [[UInt8]] = [
        "\n", ":", " ", "    ", "\t", "step x\n", "question y\n", "choice z\n", "item i\n", "deadline d\n",
        "when: (", "when: a = b and\n", "kind: scale\n", "min: 99999999999999999999\n", "after: -1 days\n",
        "decided-by: \n", "text.sv:\n", "\u{FEFF}", "\r\n", "#", "é", "ö",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x82], [0x00]]

    static func mutate(_ bytes: [UInt8], using random: inout Seeded) -> [UInt8] {
        var result = bytes
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            let position = result.isEmpty ? 0 : Int.random(in: 0...result.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: result.insert(contentsOf: fragments.randomElement(using: &random)!, at: position)
            case 1: if position < result.count { result.remove(at: position) }
            case 2: result = Array(result.prefix(position))
            case 3:
                let lines = result.split(separator: 0x0A, omittingEmptySubsequences: false)
                if lines.count > 2 {
                    let a = Int.random(in: 0..<lines.count, using: &random), b = Int.random(in: 0..<lines.count, using: &random)
                    var swapped = Array(lines)
                    swapped.swapAt(a, b)
                    result = Array(swapped.joined(separator: [0x0A]))
                }
            default: if position < result.count { result[position] = UInt8.random(in: 0...255, using: &random) }
            }
        }
        return result
    }

    @Test("Damaged step files give diagnostics, never a crash", arguments: [1, 2, 3, 4])
    func damagedStepFiles(seed: UInt64) throws {
        var random = Seeded(state: seed)
        let mini = Array(Fixtures.miniRoutine.utf8)
        let bundled = Array(try Data(contentsOf: BinaryRunner.packageRoot.appendingPathComponent("Resources/routines/akut-barn.steps")))
        var refused = 0
        for round in 0..<400 {
            let source = round % 20 == 0 ? bundled : mini
            let damaged = Self.mutate(source, using: &random)
            let result = RoutineLoader.check([(name: "f.steps", bytes: damaged)])
            if result.diagnostics.contains(where: { $0.severity == .error }) {
                refused += 1
                #expect(result.diagnostics.allSatisfy { $0.line >= 1 && !$0.message.isEmpty })
            }
        }
        #expect(refused > 100, "most damage should be noticed")
    }

    @Test("Damaged journals are read up to their damage or refused, never a crash")
    func damagedJournals() throws {
        var random = Seeded(state: 7)
        let opened = #"{"at":"2026-11-22T02:00:00+00:00","by":"A","caseID":"HL-ABCDEF","event":"opened","fingerprint":"f","routine":"mini","seq":1}"#
        let answer = #"{"at":"2026-11-22T02:01:00+00:00","by":"A","event":"answered","question":"age","seq":2,"value":{"choice":"under-18"}}"#
        let journal = Array((opened + "\n" + answer + "\n").utf8)
        for _ in 0..<500 {
            let damaged = Self.mutate(journal, using: &random)
            if let contents = try? Journal.parse(damaged, path: "j") {
                #expect(contents.entries.count <= 2)
                _ = try? CaseRecord(entries: contents.entries)
            }
        }
    }

    @Test("Random typed input is either accepted or explained")
    func randomAnswers() throws {
        var random = Seeded(state: 11)
        let routine = try Fixtures.routine()
        let input = AnswerInput(now: Fixtures.date("2026-11-22T03:00:00+01:00"), timeZone: Fixtures.stockholm)
        let alphabet = Array("0123456789:.,- jJnNaAlT+Zé")
        for _ in 0..<2000 {
            let text = String((0..<Int.random(in: 0...20, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            for question in routine.questions {
                _ = input.parse(text, for: question)
            }
        }
    }
}
