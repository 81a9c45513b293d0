import Foundation
import Testing
import Digest
@testable import RoutineEngine

@Suite("Reading logs back: review and statistics")
struct LogReviewTests {
    let zone = Fixtures.stockholm

    static func goldenText(_ language: String = "sv") throws -> String {
        try String(contentsOf: CaseLogGoldenTests.golden.appendingPathComponent("mini-\(language).md"), encoding: .utf8)
    }

    private func read(_ text: String, path: String = "logg.md") throws -> CaseLogSummary {
        try CaseLogReader.parse(Data(text.utf8), path: path)
    }

    @Test("A log reads back with its case, status, deadlines, decisions, skips and open actions")
    func readsGolden() throws {
        let summary = try read(try Self.goldenText())
        #expect(summary.caseID == "HL-7K3QXR")
        #expect(summary.routineID == "mini")
        #expect(summary.isComplete && !summary.isPractice)
        #expect(summary.checksumMatches)
        #expect(summary.year == 2026)
        #expect(summary.deadlines == [.init(id: "court", due: .endOfDay(CalendarDate(year: 2026, month: 11, day: 29)), isDone: false,
                                            basis: "7 § LVU", text: "Underställ förvaltningsrätten")])
        #expect(summary.decisions.map(\.basis) == ["6 § LVU"])
        #expect(summary.decisions.first?.by == "Eva Ordf, ordförande")
        #expect(summary.decisions.first?.at == Fixtures.date("2026-11-22T03:05:00+01:00"))
        #expect(summary.skipped.map(\.reason) == ["Inget att tillägga | än"])
        #expect(summary.openActions.count == 2)
    }

    @Test("Review: a deadline due within 48 hours is noted, a passed one is a problem")
    func deadlines() throws {
        let summary = try read(try Self.goldenText())
        let early = LogReview(summary, now: Fixtures.date("2026-11-23T12:00:00+01:00"), timeZone: zone)
        #expect(early.isClean)
        #expect(!early.findings.contains { if case .dueSoon = $0 { true } else { false } })
        let soon = LogReview(summary, now: Fixtures.date("2026-11-28T08:00:00+01:00"), timeZone: zone)
        #expect(soon.isClean)
        #expect(soon.findings.contains { if case .dueSoon = $0 { true } else { false } })
        let late = LogReview(summary, now: Fixtures.date("2026-11-30T00:00:01+01:00"), timeZone: zone)
        #expect(!late.isClean)
        #expect(late.findings.contains { if case .overdue(let d) = $0 { d.basis == "7 § LVU" } else { false } })
    }

    @Test("A log edited after it was written is reported; one without a checksum too")
    func editedLog() throws {
        let text = try Self.goldenText()
        let edited = text.replacingOccurrences(of: "Klar: alla frågor besvarade", with: "Klart")
        #expect(edited != text)
        let review = LogReview(try read(edited), now: Fixtures.date("2026-11-23T00:00:00+01:00"), timeZone: zone)
        #expect(review.findings.first == .changedAfterWriting)
        let unsigned = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("checksum:") }.joined(separator: "\n")
        #expect(LogReview(try read(unsigned), now: .now, timeZone: zone).findings.first == .noChecksum)
    }

    @Test("The mark is SHA-256 of the log without its checksum line; any one changed byte changes it; old mix64 logs still verify and are flagged")
    func checksumAlgorithms() throws {
        let lines = try Self.goldenText().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = try #require(lines.firstIndex { $0.hasPrefix("checksum: sha256:") })
        var unsigned = lines
        unsigned.remove(at: index)
        let text = Array(unsigned.joined(separator: "\n").utf8)
        #expect(lines[index] == "checksum: sha256:" + SHA256.hex(of: text), "what sha256sum gives for the log without that line")
        for position in stride(from: 0, to: text.count, by: 97) {
            var changed = text
            changed[position] ^= 0x01
            #expect(LogChecksum.of(changed) != LogChecksum.of(text), "byte \(position)")
        }
        var old = lines
        old[index] = "checksum: mix64:" + LogChecksum.of(text, .mix64)
        let oldLog = try read(old.joined(separator: "\n"))
        #expect(oldLog.checksumMatches && oldLog.hasOldChecksum)
        #expect(LogReview(oldLog, now: .now, timeZone: zone).findings.contains(.oldChecksum))
        #expect(!LogReview(try read(lines.joined(separator: "\n")), now: .now, timeZone: zone).findings.contains(.oldChecksum))
        old[index] = "checksum: mix64:" + LogChecksum.of(text)
        #expect(try read(old.joined(separator: "\n")).checksumMatches == false)
        old[index] = "checksum: fnv1a64:" + LogChecksum.of(text, .mix64)
        #expect(try read(old.joined(separator: "\n")).checksumMatches == false, "an unknown algorithm never matches")
    }

    @Test("A log written by the previous version, with its mix64 mark, still verifies and is flagged as using the old mark")
    func logFromPreviousVersion() throws {
        let path = BinaryRunner.packageRoot.appendingPathComponent("Tests/Fixtures/logs/written-with-mix64.md").path
        let summary = try CaseLogReader.read(path: path)
        #expect(summary.hasChecksum && summary.checksumMatches && summary.hasOldChecksum)
        let review = LogReview(summary, now: Fixtures.date("2026-11-22T04:00:00+01:00"), timeZone: zone)
        #expect(review.findings.first == .oldChecksum)
        var changed = try String(contentsOfFile: path, encoding: .utf8)
        changed = changed.replacingOccurrences(of: "Anna Ek", with: "Anna Ed")
        #expect(try read(changed).checksumMatches == false)
    }

    @Test("A log read from disk: a metadata head longer than one read, for review and for statistics")
    func readsFromDisk() throws {
        let text = try Self.goldenText()
        let actions = (1...400).map { "open-action: [\"Åtgärd nummer \($0) som ska göras\"]" }.joined(separator: "\n")
        let count = "count: [\"lvu6\",\"\",\"Beslut enligt 6 § LVU\",\"Decisions under 6 § LVU\",\"\",\"\"]"
        let long = text.replacingOccurrences(of: "\nchecksum:", with: "\n" + actions + "\n" + count + "\nchecksum:")
        let folder = try Fixtures.temporaryFolder()
        let path = folder.appendingPathComponent("lang.md").path
        try Data(long.utf8).write(to: URL(fileURLWithPath: path))
        #expect(long.utf8.count > 3 * 8192)
        let review = try CaseLogReader.read(path: path, for: .review)
        #expect(review.openActions.count == 402)
        #expect(review.openActions.last == "Åtgärd nummer 400 som ska göras")
        #expect(!review.checksumMatches, "the added lines change the text")
        #expect(review.counts.isEmpty)
        let statistics = try CaseLogReader.read(path: path, for: .statistics)
        #expect(statistics.caseID == "HL-7K3QXR" && statistics.openActions.isEmpty)
        #expect(statistics.counts.map(\.statistic) == ["lvu6"])
        #expect(statistics.counts.first?.label.text(in: .english) == "Decisions under 6 § LVU")
        let all = try CaseLogReader.read(path: path)
        #expect(all.openActions.count == 402 && all.counts == statistics.counts)
        let original = folder.appendingPathComponent("kort.md").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: original))
        #expect(try CaseLogReader.read(path: original).checksumMatches)
        // Many files at once, in the order given, each read as itself.
        let paths = [path, original, path, original]
        let all4 = CaseLogReader.readAll(paths, for: .review).map { try? $0.get() }
        #expect(all4 == paths.map { try? CaseLogReader.read(path: $0, for: .review) })
        #expect(throws: LogReadError(path: folder.path + "/saknas.md", line: nil, message: "cannot read the file.")) {
            try CaseLogReader.read(path: folder.path + "/saknas.md")
        }
    }

    @Test("Files that are not logs, or logs broken by hand, give a message naming file and what failed")
    func unreadable() throws {
        let text = try Self.goldenText()
        let cases: [(String, String)] = [
            ("# Anteckningar\n\nInget här.\n", "notes.md:1: this is not a handlagg case log (it does not start with '<!-- handlagg-log')."),
            (text.replacingOccurrences(of: "\n-->\n", with: "\n"), "notes.md: the log's metadata comment is not closed with '-->'."),
            ("<!-- handlagg-log\n-->\n# Ärendelogg\n", "notes.md: the metadata has no 'format'."),
            (text.replacingOccurrences(of: "format: 1", with: "format: 9"), "notes.md:2: log format 9 is not one this version reads."),
            (text.replacingOccurrences(of: "deadline: [\"court\"", with: "deadline: [\"court"), "notes.md:15: the 'deadline' entry cannot be read."),
            (text.replacingOccurrences(of: "case: HL-7K3QXR\n", with: ""), "notes.md: the metadata has no 'case'."),
            (text.replacingOccurrences(of: "opened: 2026", with: "opened: igår 2026"), "notes.md: the 'opened' or 'updated' time cannot be read."),
        ]
        for (broken, message) in cases {
            #expect(throws: LogReadError.self) { try read(broken, path: "notes.md") }
            do {
                _ = try read(broken, path: "notes.md")
            } catch {
                #expect((error as? LogReadError)?.description == message)
            }
        }
        #expect(throws: LogReadError(path: "bin.md", line: 1, message: "this is not a handlagg case log (it does not start with '<!-- handlagg-log').")) {
            try CaseLogReader.parse(Data([0x3C, 0x21, 0xFF, 0xFE]), path: "bin.md")
        }
        var badMetadata = Array(text.utf8)
        badMetadata[badMetadata.firstIndex(of: UInt8(ascii: "H"))!] = 0xFF
        #expect(throws: LogReadError(path: "bin.md", line: nil, message: "the log's metadata is not valid UTF-8.")) {
            try CaseLogReader.parse(Data(badMetadata), path: "bin.md")
        }
        var badBody = Array(text.utf8)
        badBody[badBody.count - 2] = 0xFF
        let review = LogReview(try CaseLogReader.parse(Data(badBody), path: "bin.md"), now: .now, timeZone: zone)
        #expect(review.findings.first == .changedAfterWriting, "bytes that are not text in the body change the checksum")
    }

    @Test("Damaged logs never crash the reader")
    func damaged() throws {
        var random = RobustnessTests.Seeded(state: 5)
        let bytes = Array(try Self.goldenText().utf8)
        for _ in 0..<500 {
            _ = try? CaseLogReader.parse(Data(RobustnessTests.mutate(bytes, using: &random)), path: "x.md")
        }
    }

    @Test("Values that contain '-->' or quotes cannot end the metadata comment")
    func commentSafety() throws {
        let routine = try Fixtures.routine()
        var record = try CaseLogGoldenTests.record(language: .swedish, routine: routine)
        record.apply(JournalEntry(seq: record.nextSeq, at: record.updatedAt, event: .skipped, by: "A", question: "note",
                                  reason: "slut --> \"citat\" <b>"))
        let log = CaseLogRenderer(routine: routine, record: record, timeZone: zone).render()
        let summary = try read(log)
        #expect(summary.skipped.first?.reason == "slut --> \"citat\" <b>")
        #expect(summary.checksumMatches)
    }

    /// A log for every path through the bundled routine.
    static func logsForEveryBranch() throws -> [String] {
        let routine = try BinaryRunner.bundledRoutine()
        let paths = try #require(PathExplorer(routine: routine).paths())
        return try paths.enumerated().map { index, path in
            let record = try BundledRoutineTests.completeRecord(routine, language: index % 2 == 0 ? .swedish : .english, deciding: path.answers)
            return CaseLogRenderer(routine: routine, record: record, timeZone: Fixtures.stockholm).render()
        }
    }

    @Test("Logs from every branch of the bundled routine read back, complete and unchanged")
    func everyBranch() throws {
        let logs = try Self.logsForEveryBranch()
        #expect(logs.count >= 8)
        let summaries = try logs.map { try read($0) }
        #expect(summaries.contains { $0.counts.contains { $0.statistic == "disappeared" } }, "the absconding branch is among them")
        for log in logs {
            let summary = try read(log)
            #expect(summary.checksumMatches)
            #expect(summary.missing.isEmpty, "\(summary.missing)")
        }
    }

    @Test("Statistics count per year and leave practice logs out")
    func statistics() throws {
        let logs = try Self.logsForEveryBranch().map { try read($0) }
        let stats = LogStatistics(logs)
        #expect(stats.years.map(\.year) == [2026])
        #expect(stats.years.first?.cases == logs.count)
        let lvu = logs.filter { $0.decisions.contains { $0.id == "lvu6" && $0.choice == "yes" } }.count
        #expect(stats.years.first?.counts["lvu6"] == lvu)
        #expect(stats.columns.map(\.statistic).contains("placement"))
        let practice = try Self.goldenText().replacingOccurrences(of: "practice: no", with: "practice: yes")
        let withPractice = LogStatistics(logs + [try read(practice)])
        #expect(withPractice.years == stats.years)
        #expect(withPractice.practiceSkipped == 1)
    }
}

@Suite("Reading the metadata's string arrays")
struct StringArrayParserTests {
    private func parse(_ text: String) -> [String]? {
        StringArrayParser.parse(Substring(text))
    }

    @Test("Arrays written by a JSON encoder read back as the same strings")
    func agreesWithJSON() throws {
        var random = RobustnessTests.Seeded(state: 21)
        let alphabet: [String] = ["a", "Ö", "§", " ", "\"", "\\", "/", "\n", "\t", "\u{1}", "\u{1F}", "<", ">", "-->", "é", "😀", "\u{2028}"]
        for _ in 0..<2000 {
            let strings = (0..<Int(random.next() % 7)).map { _ in
                (0..<Int(random.next() % 30)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
            }
            let json = String(decoding: try JSONSerialization.data(withJSONObject: strings), as: UTF8.self)
            #expect(parse(json) == strings, "\(json)")
        }
    }

    @Test("Escapes, surrogate pairs and spacing; anything else is refused")
    func edges() {
        #expect(parse("[]") == [])
        #expect(parse("  [ \"a\" , \"b\" ]  ") == ["a", "b"])
        #expect(parse(#"["\u00e5\ud83d\ude00\n\/"]"#) == ["å😀\n/"])
        for bad in ["", "[", "[\"a\"", "[\"a\",]", "[a]", "[\"a\"]x", #"["\ud83d"]"#, #"["\ude00"]"#, #"["\x"]"#, "[\"\u{1}\"]", "{\"a\":1}"] {
            #expect(parse(bad) == nil, "\(bad)")
        }
    }
}
