import Foundation
import Testing
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
        let edited = text.replacingOccurrences(of: "| Klart: alla frågor besvarade |", with: "| Klart |")
        #expect(edited != text)
        let review = LogReview(try read(edited), now: Fixtures.date("2026-11-23T00:00:00+01:00"), timeZone: zone)
        #expect(review.findings.first == .changedAfterWriting)
        let unsigned = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("checksum:") }.joined(separator: "\n")
        #expect(LogReview(try read(unsigned), now: .now, timeZone: zone).findings.first == .noChecksum)
    }

    @Test("The checksum notices any one changed byte, and logs written with the older FNV-1a sum still verify")
    func checksumAlgorithms() throws {
        let lines = try Self.goldenText().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = try #require(lines.firstIndex { $0.hasPrefix("checksum: mix64:") })
        var unsigned = lines
        unsigned.remove(at: index)
        let text = Array(unsigned.joined(separator: "\n").utf8)
        for position in stride(from: 0, to: text.count, by: 97) {
            var changed = text
            changed[position] ^= 0x01
            #expect(LogChecksum.of(changed) != LogChecksum.of(text), "byte \(position)")
        }
        var old = lines
        old[index] = "checksum: fnv1a64:" + LogChecksum.of(text, .fnv1a64)
        #expect(try read(old.joined(separator: "\n")).checksumMatches)
        old[index] = "checksum: fnv1a64:" + LogChecksum.of(text)
        #expect(try read(old.joined(separator: "\n")).checksumMatches == false)
        old[index] = "checksum: sha0:" + LogChecksum.of(text)
        #expect(try read(old.joined(separator: "\n")).checksumMatches == false, "an unknown algorithm never matches")
    }

    @Test("Searching bytes: first match within the bounds, partial matches passed over")
    func findBytes() {
        func find(_ needle: [UInt8], in bytes: [UInt8], from: Int, to: Int? = nil) -> Int? {
            bytes.withUnsafeBufferPointer { $0.offset(of: needle, from: from, to: to) }
        }
        let text = Array("a\n-\n-->\nb\n-->\n".utf8)
        #expect(find(CaseLogReader.closing, in: text, from: 0) == 3)
        #expect(find(CaseLogReader.closing, in: text, from: 4) == 9)
        #expect(find(CaseLogReader.closing, in: text, from: -5) == 3)
        #expect(find(CaseLogReader.closing, in: text, from: 0, to: 7) == nil)
        #expect(find(CaseLogReader.closing, in: text, from: 0, to: 8) == 3)
        #expect(find(CaseLogReader.closing, in: text, from: 10) == nil)
        #expect(find(Array(": ".utf8), in: Array("k: v".utf8), from: 0) == 1)
        #expect(find(Array(": ".utf8), in: Array("k:".utf8), from: 0) == nil)
        #expect(find(Array(": ".utf8), in: [], from: 0) == nil)
    }

    @Test("The checksum of a text in two pieces is the checksum of the whole, wherever it is cut")
    func checksumInPieces() throws {
        let text = Array(try Self.goldenText().utf8.prefix(300))
        for algorithm in [LogChecksum.Algorithm.mix64, .fnv1a64] {
            let whole = LogChecksum.of(text, algorithm)
            for cut in 0...text.count {
                let pieces = text.withUnsafeBytes { raw in
                    LogChecksum.of(UnsafeRawBufferPointer(rebasing: raw[..<cut]), UnsafeRawBufferPointer(rebasing: raw[cut...]), algorithm)
                }
                #expect(pieces == whole, "\(algorithm) cut at \(cut)")
            }
        }
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
        // One buffer for many files: a short file after a long one is read as itself, not with the long one's tail.
        var batch = LogBatchReader()
        for (file, purpose) in [(path, CaseLogReader.Purpose.review), (original, .review), (path, .statistics), (original, .all),
                                (original, .statistics), (path, .all)] {
            #expect(try batch.read(path: file, for: purpose) == CaseLogReader.read(path: file, for: purpose), "\(file) \(purpose)")
        }
        #expect(try batch.read(path: original, for: .all).checksumMatches)
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
            (text.replacingOccurrences(of: "deadline: [\"court\"", with: "deadline: [\"court"), "notes.md:13: the 'deadline' entry cannot be read."),
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
        #expect(stats.columns.first { $0.key == "placement:sis" }?.heading(.swedish) == "Placeringar: Särskilt ungdomshem, SiS (12 § LVU)")
        let practice = try Self.goldenText().replacingOccurrences(of: "practice: no", with: "practice: yes")
        let withPractice = LogStatistics(logs + [try read(practice)])
        #expect(withPractice.years == stats.years)
        #expect(withPractice.practiceSkipped == 1)
    }
}

@Suite("Reading the metadata's string arrays")
struct StringArrayParserTests {
    private func parse(_ text: String) -> [String]? {
        Array(text.utf8).withUnsafeBufferPointer(StringArrayParser.parse)
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

    @Test("A run of plain bytes ends at the first quote, backslash or control character, wherever it is")
    func plainRuns() {
        var random = RobustnessTests.Seeded(state: 8)
        let plain: [UInt8] = [0x20, 0x21, 0x23, 0x41, 0x5B, 0x5D, 0x7F, 0x80, 0xC3, 0xA5, 0xFF]
        let stops: [UInt8] = [0x22, 0x5C, 0x00, 0x0A, 0x1F]
        for _ in 0..<3000 {
            var bytes = (0..<Int(random.next() % 40)).map { _ in plain[Int(random.next() % UInt64(plain.count))] }
            if random.next() % 4 != 0 { bytes.insert(stops[Int(random.next() % 5)], at: Int(random.next() % UInt64(bytes.count + 1))) }
            let from = Int(random.next() % UInt64(bytes.count + 1))
            let expected = bytes[from...].firstIndex { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 } ?? bytes.count
            #expect(bytes.withUnsafeBufferPointer { StringArrayParser.plainEnd($0, from: from) } == expected, "\(bytes) from \(from)")
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
