import Foundation
import Testing
@testable import RoutineEngine

/// Every file in Tests/Fixtures/malformed is refused, and its first problem is exactly the
/// `file:line: message` listed for it in expected.txt. Scenario files are checked against the
/// bundled routine.
@Suite("Corpus of malformed step and scenario files")
struct MalformedCorpusTests {
    static let folder = BinaryRunner.packageRoot.appendingPathComponent("Tests/Fixtures/malformed")

    static func expected() throws -> [String: String] {
        let lines = try String(contentsOf: folder.appendingPathComponent("expected.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        return Dictionary(uniqueKeysWithValues: lines.map { line in
            (String(line.prefix { $0 != ":" }), line)
        })
    }

    @Test("At least 30 malformed step files and 20 scenario files, each with its expected message")
    func corpusIsComplete() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0 != "expected.txt" }
        #expect(files.filter { $0.hasSuffix(".steps") }.count >= 30)
        #expect(files.filter { $0.hasSuffix(".scenario") }.count >= 20)
        #expect(Set(files) == Set(try Self.expected().keys))
    }

    @Test("Each file's first error is the expected one", arguments: try expected().sorted { $0.key < $1.key })
    func firstError(_ file: String, _ message: String) throws {
        let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent(file)))
        let diagnostics = file.hasSuffix(".scenario")
            ? ScenarioLoader.check([(name: file, bytes: bytes)], routines: try RoutineLoader.bundled().routines).diagnostics
            : RoutineLoader.check([(name: file, bytes: bytes)]).diagnostics
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.first?.description == message)
    }
}
