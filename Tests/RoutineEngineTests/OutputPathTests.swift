import Foundation
import Testing
@testable import RoutineEngine

/// `--output` never replaces a case's own files and never writes through a link or into a
/// device; `-` writes to standard output.
@Suite("--output: refused inside the store and for anything but a regular file")
struct OutputPathTests {
    @Test("export --output into the case folder, onto /dev/null, a folder or a symbolic link is refused and changes nothing; - is standard output")
    func refused() throws {
        let runner = try BinaryRunner()
        let input = try String(contentsOf: BinaryRunner.packageRoot.appendingPathComponent("Tests/Fixtures/full-case-input.txt"), encoding: .utf8)
        #expect(try runner.run(["new", "--caseworker", "Anna Ek", "--now", "2026-11-22T04:05:00+01:00"], input: input).status == 0)
        let (id, folder, _) = try runner.onlyCase()
        let journal = folder.appendingPathComponent("journal.jsonl")
        let before = try Data(contentsOf: journal)

        let inside = try runner.run(["export", id, "--anonymize", "--output", journal.path])
        #expect(inside.status != 0 && inside.stderr.contains("den ligger i ärendemappen"), "\(inside.stderr)")
        #expect(try Data(contentsOf: journal) == before, "the journal is untouched")
        let dotted = try runner.run(["export", id, "--output", folder.appendingPathComponent("../\(id)/kopia.md").path])
        #expect(dotted.stderr.contains("den ligger i ärendemappen"), "a path with .. into the store is inside it too")

        for target in ["/dev/null", runner.cases.deletingLastPathComponent().path] {
            let result = try runner.run(["export", id, "--output", target])
            #expect(result.status != 0 && result.stderr.contains("det är ingen vanlig fil"), "\(target): \(result.stderr)")
        }
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("planted-\(UUID().uuidString)")
        try "someone else's".write(to: elsewhere, atomically: true, encoding: .utf8)
        let link = FileManager.default.temporaryDirectory.appendingPathComponent("link-\(UUID().uuidString).md")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: elsewhere)
        let linked = try runner.run(["export", id, "--output", link.path])
        #expect(linked.status != 0 && linked.stderr.contains("symbolisk länk"))
        #expect(try String(contentsOf: elsewhere, encoding: .utf8) == "someone else's")

        let out = try runner.run(["export", id, "--output", "-"])
        #expect(out.status == 0 && out.stdout.contains("# Ärendelogg \(id)"))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString).md")
        #expect(try runner.run(["export", id, "--output", file.path]).status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8).contains("# Ärendelogg \(id)"))
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}
