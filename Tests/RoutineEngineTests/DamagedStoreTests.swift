import Foundation
import Testing
@testable import RoutineEngine

/// A store where some cases are damaged: every readable case is still listed, each damaged one
/// is named with its reason, review and stats go on, and `repair` recovers a journal damaged in
/// the middle without deleting or guessing anything.
@Suite("A damaged case never takes the others down")
struct DamagedStoreTests {
    let runner: BinaryRunner
    var folder: URL { runner.cases.appendingPathComponent("cases") }

    init() throws { runner = try BinaryRunner() }

    /// Opens a case with three answers (input ends: exit 3) and returns its id.
    private func newCase() throws -> String {
        let before = Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        let result = try runner.run(["new", "--caseworker", "Anna Ek", "--now", "2026-11-22T04:05:00+01:00"], input: "02:40\n\n1\nutseende\n")
        #expect(result.status == 3, "\(result.stderr)")
        return try #require(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)).subtracting(before).first)
    }

    private func journal(_ id: String) -> URL { folder.appendingPathComponent("\(id)/journal.jsonl") }
    private func lines(_ id: String) throws -> [String] { try String(contentsOf: journal(id), encoding: .utf8).split(separator: "\n").map(String.init) }
    private func write(_ id: String, _ lines: [String], end: String = "\n") throws {
        try (lines.joined(separator: "\n") + end).write(to: journal(id), atomically: false, encoding: .utf8)
    }

    @Test("list shows the whole cases and names each damaged one; review and stats go on")
    func listNamesEachDamage() throws {
        let good = try newCase(), duplicate = try newCase(), garbage = try newCase(), cut = try newCase(), noNewline = try newCase()
        let d = try lines(duplicate)
        try write(duplicate, Array(d[..<5]) + [d[3].replacingOccurrences(of: "Anna Ek", with: "Bo Berg")] + Array(d[5...]))
        let g = try lines(garbage)
        try write(garbage, Array(g[..<3]) + ["{not json"] + Array(g[3...]))
        let c = try lines(cut)
        try write(cut, Array(c.dropLast()) + [String(c.last!.prefix(25))], end: "")
        let whole = try lines(noNewline)
        try write(noNewline, whole, end: "")
        let outside = runner.cases.deletingLastPathComponent().appendingPathComponent("outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("HL-7K3QXR"), withDestinationURL: outside)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("HL-7K3QXB"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("anteckningar"), withIntermediateDirectories: true)

        let list = try runner.run(["list"])
        #expect(list.status == 0)
        for id in [good, cut, noNewline] { #expect(list.stdout.contains("\(id)  Öppet"), "\(id) listed: \(list.stdout)") }
        let path = folder.path
        #expect(list.stdout.contains("\(duplicate)  ! \(path)/\(duplicate)/journal.jsonl:6: journalen är skadad och kan inte läsas från den här raden."))
        #expect(list.stdout.contains("\(garbage)  ! \(path)/\(garbage)/journal.jsonl:4: journalen är skadad"))
        #expect(list.stdout.contains("HL-7K3QXR  ! \(path)/HL-7K3QXR: kan inte läsa: det är en symbolisk länk, som aldrig följs."))
        #expect(list.stdout.contains("HL-7K3QXB  ! \(path)/HL-7K3QXB/journal.jsonl: kan inte läsa: den finns inte."))
        #expect(list.stderr.contains("\(path)/anteckningar: hoppas över: inte ett ärende."), "\(list.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty, "nothing was written out of the store")

        // The whole last entry without its newline is kept, not cut away as an interrupted write.
        #expect(try runner.run(["note", noNewline, "Ringde", "--caseworker", "Bo Berg"]).status == 0)
        #expect(try lines(noNewline) == whole + [try lines(noNewline).last!] && whole.count > 3, "every entry kept and the note added")
        #expect(try lines(noNewline).last!.contains("Ringde"))

        let review = try runner.run(["review", folder.path])
        #expect(review.status == 1 && review.stderr.contains("HL-7K3QXR: hoppas över: en symbolisk länk (följs inte)."), "\(review.stderr)")
        let stats = try runner.run(["stats", folder.path, "--csv"])
        #expect(stats.status == 0, "\(stats.stderr)")
    }

    @Test("repair keeps every complete entry, sets the rest aside beside the journal, and the case opens again")
    func repairRecovers() throws {
        let id = try newCase()
        let original = try lines(id)
        let second = original[3].replacingOccurrences(of: "Anna Ek", with: "Bo Berg")
        try write(id, Array(original[..<5]) + [second, "{not json"] + Array(original[5...]))
        #expect(try runner.run(["show", id]).status == 65)

        let repair = try runner.run(["repair", id, "--caseworker", "IT Ek"])
        #expect(repair.status == 0, "\(repair.stderr)")
        #expect(repair.stdout.contains("Behöll \(original.count) poster i \(id)."), "\(repair.stdout)")
        #expect(repair.stdout.contains("rad 6 lagd åt sidan: entry number 4 comes again after 5 (a second writer)"))
        #expect(repair.stdout.contains("rad 7 lagd åt sidan: the line cannot be read as an entry"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(id).path)
        let aside = try #require(files.first { $0.hasPrefix("journal.damaged-") })
        let asideText = try String(contentsOf: folder.appendingPathComponent("\(id)/\(aside)"), encoding: .utf8)
        #expect(asideText.contains(second) && asideText.contains("{not json"), "the set-aside lines exactly as they were")
        let copy = try #require(files.first { $0.hasPrefix("journal.before-repair-") })
        #expect(try String(contentsOf: folder.appendingPathComponent("\(id)/\(copy)"), encoding: .utf8).contains("{not json"))

        let repaired = try lines(id)
        #expect(Array(repaired.prefix(original.count)) == original, "every complete entry kept as written")
        #expect(repaired.count == original.count + 1 && repaired.last!.contains("Journalen reparerad"), "the repair noted in the case")
        let show = try runner.run(["show", id])
        #expect(show.status == 0 && show.stdout.contains("Journalen reparerad"))
        #expect(try runner.run(["repair", id, "--caseworker", "IT Ek"]).stdout.contains("är hel (\(original.count + 1) poster); inget har ändrats."))
    }

    @Test("repair refuses a journal whose opening cannot be read, and changes nothing")
    func repairRefusesWithoutOpening() throws {
        let id = try newCase()
        var damaged = try lines(id)
        damaged[0] = "{broken"
        try write(id, damaged)
        let before = try String(contentsOf: journal(id), encoding: .utf8)
        let repair = try runner.run(["repair", id, "--caseworker", "IT Ek"])
        #expect(repair.status == 65)
        #expect(try String(contentsOf: journal(id), encoding: .utf8) == before)
    }

    @Test("An empty journal is named by its path; an empty --cases is a usage error, not the current folder")
    func emptyJournalAndEmptyStore() throws {
        let id = try newCase()
        try Data().write(to: journal(id))
        let show = try runner.run(["show", id])
        #expect(show.status == 65 && show.stderr.contains("\(journal(id).path):1: journalen är skadad"), "\(show.stderr)")
        let empty = try runner.run(["list", "--cases", ""])
        #expect(empty.status == 64 && empty.stderr.contains("'--cases' behöver en sökväg, inte en tom text."))
    }

    @Test("A case whose routine is not loaded is invalid data (65), named with the routines there are; a symlinked cases folder is never followed")
    func missingRoutineAndLinkedFolder() throws {
        let id = try newCase()
        let text = try String(contentsOf: journal(id), encoding: .utf8).replacingOccurrences(of: "\"routine\":\"akut-barn\"", with: "\"routine\":\"gammal\"")
        try text.write(to: journal(id), atomically: false, encoding: .utf8)
        let show = try runner.run(["show", id])
        #expect(show.status == 65 && show.stderr.contains("ärendet går i rutinen 'gammal', som inte finns bland de inlästa rutinerna"), "\(show.stderr)")
        #expect(try runner.run(["list"]).stdout.contains("\(id)  ! \(journal(id).path): ärendet går i rutinen 'gammal'"))

        let elsewhere = runner.cases.deletingLastPathComponent().appendingPathComponent("cases-\(UUID().uuidString)")
        try FileManager.default.moveItem(at: folder, to: elsewhere)
        try FileManager.default.createSymbolicLink(at: folder, withDestinationURL: elsewhere)
        let list = try runner.run(["list"])
        #expect(list.status != 0 && list.stderr.contains("det är en symbolisk länk, som aldrig följs"), "\(list.stderr)")
        #expect(try runner.run(["new", "--caseworker", "Anna Ek"], input: "02:40\n").status != 0, "no case is written through the link")
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path) == [id])
    }

    @Test("A journal replaced by a symbolic link is never followed")
    func journalSymlink() throws {
        let id = try newCase()
        let outside = runner.cases.deletingLastPathComponent().appendingPathComponent("elsewhere-\(UUID().uuidString).jsonl")
        try FileManager.default.moveItem(at: journal(id), to: outside)
        try FileManager.default.createSymbolicLink(at: journal(id), withDestinationURL: outside)
        let before = try String(contentsOf: outside, encoding: .utf8)
        let note = try runner.run(["note", id, "Ringde", "--caseworker", "Bo Berg"])
        #expect(note.status != 0)
        #expect(note.stderr.contains("symbolisk länk"), "\(note.stderr)")
        #expect(try String(contentsOf: outside, encoding: .utf8) == before, "nothing appended outside the store")
    }
}
