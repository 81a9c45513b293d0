import Foundation
import Testing
@testable import RoutineEngine

@Suite("Journal and case files")
struct JournalTests {
    let routine: Routine
    let folder: URL
    let store: CaseStore
    let start = Fixtures.date("2026-11-22T03:00:00+01:00")

    init() throws {
        routine = try Fixtures.routine()
        folder = try Fixtures.temporaryFolder()
        store = CaseStore(root: folder.appendingPathComponent("store"), timeZone: Fixtures.stockholm)
    }

    private var library: RoutineLibrary {
        RoutineLibrary(routines: [routine], warnings: [], origin: "test")
    }

    private func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? Int ?? -1) & 0o777
    }

    @Test("Answers survive reopening the case, in order, with their times")
    func reopen() throws {
        var file = try store.create(routine: routine, language: .swedish, at: start, by: "Anna")
        let age = try #require(routine.question("age"))
        try file.answer(age, with: .choice("under-18"), at: start.addingTimeInterval(60), by: "Anna")
        try file.answer(age, with: .choice("18-20"), at: start.addingTimeInterval(120), by: "Bo")
        let reopened = try store.open(file.record.id, routines: library)
        #expect(reopened.record.entries.count == 3)
        #expect(reopened.record.answers["age"]?.value == .choice("18-20"))
        #expect(reopened.record.answers["age"]?.previous == [.choice("under-18")])
        #expect(reopened.record.answers["age"]?.by == "Bo")
        #expect(reopened.record == file.record)
    }

    @Test("Case files are 0600 and folders 0700 even with umask 000")
    func privateModes() throws {
        let old = umask(0)
        defer { umask(old) }
        var file = try store.create(routine: routine, language: .swedish, at: start, by: "Anna")
        try file.answer(try #require(routine.question("note")), with: .text("x"), at: start, by: "Anna")
        #expect(try mode(store.root.path) == 0o700)
        #expect(try mode(store.folder.path) == 0o700)
        #expect(try mode(file.folder.path) == 0o700)
        #expect(try mode(file.folder.appendingPathComponent("journal.jsonl").path) == 0o600)
        #expect(try mode(file.logURL.path) == 0o600)
    }

    @Test("No names in paths: the case folder and log are named by date and pseudonymous id")
    func pathsCarryNoPersonalData() throws {
        let file = try store.create(routine: routine, language: .swedish, at: start, by: "Anna Andersson")
        let id = file.record.id.description
        #expect(id.hasPrefix("HL-") && id.count == 9)
        #expect(file.logURL.lastPathComponent == "2026-11-22_\(id).md")
        #expect(!file.logURL.path.contains("Anna"))
    }

    @Test("A journal cut off mid-line is recovered up to its last complete entry")
    func truncatedTail() throws {
        var file = try store.create(routine: routine, language: .swedish, at: start, by: "Anna")
        try file.answer(try #require(routine.question("note")), with: .text("first"), at: start, by: "Anna")
        let journal = file.folder.appendingPathComponent("journal.jsonl").path
        let handle = try #require(FileHandle(forWritingAtPath: journal))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"seq":3,"at":"2026-11-22T02:0"#.utf8))
        handle.closeFile()
        var reopened = try store.open(file.record.id, routines: library)
        #expect(reopened.repairedJournal)
        #expect(reopened.record.entries.count == 2)
        try reopened.answer(try #require(routine.question("note")), with: .text("second"), at: start, by: "Anna")
        let again = try store.open(file.record.id, routines: library)
        #expect(!again.repairedJournal)
        #expect(again.record.answers["note"]?.value == .text("second"))
        #expect(again.record.entries.map(\.seq) == [1, 2, 3])
    }

    @Test("A broken line inside the journal is an error naming the line")
    func corruptLine() throws {
        let bytes = Array("{\"seq\":1}\nnot json\n".utf8)
        #expect(throws: HandlaggError.self) { try Journal.parse(bytes, path: "j") }
        do {
            _ = try Journal.parse(Array("not json\n".utf8), path: "j")
        } catch {
            #expect(error == .invalidJournal(path: "j", line: 1, reason: "the entry cannot be read."))
        }
    }

    @Test("A missing case store and unknown cases give clear errors")
    func unknownCase() throws {
        let id = try CaseID(parsing: "HL-ABCDEF")
        #expect(throws: HandlaggError.unknownCase("HL-ABCDEF")) { try store.open(id, routines: library) }
        #expect(try store.caseIDs() == [])
    }

    @Test("A URL's filePath is its path, for folders and files, spaces, percent signs and non-ASCII names")
    func filePaths() {
        let paths = ["/", "/tmp", "/tmp/", "/tmp/a b", "/tmp/a%20b", "/tmp/100%", "/tmp/åäö/ärende", "/tmp/x/./y", "/tmp/x/../y",
                     "/tmp/#hash", "/tmp/q?x=1", "relative/folder"]
        for path in paths {
            for isDirectory in [false, true] {
                let url = URL(fileURLWithPath: path, isDirectory: isDirectory)
                #expect(url.filePath == url.path, "\(path), folder: \(isDirectory)")
                let child = url.appendingPathComponent("HL-ABCDEF", isDirectory: true)
                #expect(child.filePath == child.path, "\(path)/HL-ABCDEF")
            }
        }
    }

    @Test("Case ids cannot name paths outside the store", arguments: ["../HL-ABCDEF", "/etc/passwd", "HL-ABC/EF", "HL-ABCDEFG", "..", "HL-ABCDEI", ""])
    func caseIDsAreChecked(_ text: String) {
        #expect(throws: HandlaggError.invalidCaseID(text)) { try CaseID(parsing: text) }
    }

    @Test("A lower-case case id is accepted")
    func lowerCaseID() throws {
        #expect(try CaseID(parsing: "hl-7k3qxr").description == "HL-7K3QXR")
    }

    @Test("A case folder that is a symbolic link is refused")
    func symlinkedCase() throws {
        let outside = try Fixtures.temporaryFolder()
        try FileManager.default.createDirectory(at: store.folder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: store.folder.appendingPathComponent("HL-ABCDEF").path,
                                                   withDestinationPath: outside.path)
        let link = store.folder.appendingPathComponent("HL-ABCDEF").path
        #expect(throws: HandlaggError.fileSystem(FileProblem(path: link, action: .read, cause: .symbolicLink))) {
            try store.open(try CaseID(parsing: "HL-ABCDEF"), routines: library)
        }
    }

    @Test("A read-only case store gives a clear message and keeps the case unchanged")
    func readOnlyStore() throws {
        guard getuid() != 0 else { return } // root ignores permissions; checked end-to-end by the fault tests
        var file = try store.create(routine: routine, language: .swedish, at: start, by: "Anna")
        chmod(file.folder.path, 0o500)
        defer { chmod(file.folder.path, 0o700) }
        #expect(throws: HandlaggError.self) {
            try file.answer(try #require(routine.question("note")), with: .text("x"), at: start, by: "Anna")
        }
        #expect(file.record.entries.count == 1)
    }
}

extension JournalTests {
    @Test("A case folder never exists without its journal; an interrupted creation is cleaned up")
    func atomicCreation() throws {
        let first = try store.create(routine: routine, language: .swedish, at: start, by: "A")
        let abandoned = store.folder.appendingPathComponent(".new-HL-ABCDEF")
        try FileManager.default.createDirectory(at: abandoned, withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: abandoned.appendingPathComponent("journal.jsonl"))
        // Abandoned a while ago (one made in the last minute may be another `new` taking its lock).
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-120)], ofItemAtPath: abandoned.path)
        #expect(try store.caseIDs() == [first.record.id])
        let second = try store.create(routine: routine, language: .swedish, at: start, by: "A")
        #expect(!FileManager.default.fileExists(atPath: abandoned.path))
        let names = try FileManager.default.contentsOfDirectory(atPath: store.folder.path).sorted()
        #expect(names == [first.record.id.description, second.record.id.description].sorted())
    }

    @Test("A started case is not in the store until its opening is complete; its first change completes it")
    func startedCase() throws {
        var started = try store.start(routine: routine, language: .swedish, at: start, by: "A")
        #expect(started.isOpening)
        #expect(try store.caseIDs().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: started.folder.path))
        #expect(!FileManager.default.fileExists(atPath: started.logURL.path))
        try started.completeOpening()
        #expect(!started.isOpening)
        #expect(try store.caseIDs() == [started.record.id])
        #expect(try store.record(started.record.id) == started.record)
        #expect(try String(contentsOf: started.logURL, encoding: .utf8) == started.renderLog())
        try started.completeOpening() // a second call changes nothing
        #expect(try store.record(started.record.id).entries.count == 1)

        var answered = try store.start(routine: routine, language: .swedish, at: start, by: "A")
        try answered.answer(try #require(routine.question("note")), with: .text("x"), at: start, by: "A")
        #expect(!answered.isOpening)
        #expect(try store.record(answered.record.id).entries.map(\.event) == [.opened, .answered])
        #expect(try String(contentsOf: answered.logURL, encoding: .utf8) == answered.renderLog())
        let names = try FileManager.default.contentsOfDirectory(atPath: store.folder.path)
        #expect(!names.contains { $0.hasPrefix(".new-") })
    }

    @Test("A temporary file left by an interrupted log rewrite is removed when the case is opened")
    func interruptedLogWrite() throws {
        let file = try store.create(routine: routine, language: .swedish, at: start, by: "A")
        let leftover = file.folder.appendingPathComponent(file.logURL.lastPathComponent + ".tmp-4242")
        try Data("halvskriven".utf8).write(to: leftover)
        _ = try store.open(file.record.id, routines: library)
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
    }
}

extension JournalTests {
    @Test("show, list and export refuse a symlinked case folder as open does")
    func symlinkedCaseForReading() throws {
        let outside = try Fixtures.temporaryFolder()
        try FileManager.default.createDirectory(at: store.folder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: store.folder.appendingPathComponent("HL-ABCDEF").path,
                                                   withDestinationPath: outside.path)
        let link = store.folder.appendingPathComponent("HL-ABCDEF").path
        #expect(throws: HandlaggError.fileSystem(FileProblem(path: link, action: .read, cause: .symbolicLink))) {
            try store.record(try CaseID(parsing: "HL-ABCDEF"))
        }
    }
}

extension JournalTests {
    @Test("A time whose year is not four digits is not read (a fuzzing find: it would not be written back the same)")
    func negativeYear() throws {
        let bytes = try Data(contentsOf: BinaryRunner.packageRoot.appendingPathComponent("Tests/Fixtures/fuzz-regressions/journal-negative-year.jsonl"))
        #expect(throws: HandlaggError.self) { try Journal.parse(Array(bytes), path: "j") }
        #expect(Timestamp.parse("-026-11-22T02:00:00+00:00") == nil)
        #expect(Timestamp.parse("2026-11-22T02:00:00+00:00") != nil)
        // A run of digits before the year (the second find, December 2026).
        let long = try Data(contentsOf: BinaryRunner.packageRoot.appendingPathComponent("Tests/Fixtures/fuzz-regressions/journal-long-year.jsonl"))
        #expect(throws: HandlaggError.self) { try Journal.parse(Array(long), path: "j") }
        #expect(Timestamp.parse(String(repeating: "3", count: 100) + "2026-11-22T01:00:00+00:00") == nil)
    }
}
