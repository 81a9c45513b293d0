import Foundation
import Testing
@testable import RoutineEngine

/// The built binary, driven through pipes as a script or a worker would.
@Suite("End to end: the handlagg binary")
struct EndToEndTests {
    let runner: BinaryRunner
    let now = "2026-11-22T03:30:00+01:00"

    init() throws {
        runner = try BinaryRunner()
    }

    /// Answers for a 15-year-old living in Sweden, taken into care under 6 § LVU on a 2 § ground
    /// and placed in an emergency foster home, typed by choice id as a worker may.
    static let lvuCase: [String: String] = [
        "arrived-at": "02:40", "assessed-age": "under-18", "age-basis": "13 år enligt pojken; ser ung ut", "documents": "from-adults",
        "arrival-reason": "theft,controlled", "interpreter": "booked", "unaccompanied": "n", "police-filed": "n",
        "report-decision": "reported-under-18", "report-by": "Eva Ek, socialsekreterare", "habitual-residence": "sweden",
        "lvu-ground": "home", "likely-care": "j", "cannot-wait": "j", "lvu6": "yes", "decider-role": "chair",
        "decider": "Per Ordf, ordförande", "decision-time": "03:10", "carried-out": "03:20", "lvu-actions": "inga",
        "placement-kind": "emergency-foster", "investigation-decision": "opened", "absconded": "n", "safety-scale": "2",
        "worries": "Vuxna hämtar barnet vid gripandet\nBarnet säger att det har en skuld", "handed-over": "n",
    ]

    /// `new` in the child routine, as the scripted tests drive it.
    let newChildCase = ["new", "--routine", "akut-barn"]

    @Test("--version and --help exit 0")
    func versionAndHelp() throws {
        let version = try runner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == "handlagg 0.1.0\n")
        let help = try runner.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("handlagg new"))
        let newHelp = try runner.run(["new", "--help", "--lang", "en"])
        #expect(newHelp.status == 0)
        #expect(newHelp.stdout.contains("usage: handlagg new"))
    }

    @Test("A bad flag, an unknown command and a bad case id print usage and exit 64",
          arguments: [["--bogus"], ["fly"], ["new", "--json"], ["resume"], ["resume", "../etc"], ["new", "--now", "igår"], []])
    func usageErrors(_ arguments: [String]) throws {
        let result = try runner.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains("handlagg:"))
        #expect(result.stdout.isEmpty)
    }

    @Test("A whole 6 § LVU case through a pipe: log, deadlines, private files")
    func fullCaseThroughPipe() throws {
        let routine = try BinaryRunner.bundledRoutine()
        let lines = ["Anna Ek"] + BinaryRunner.script(for: routine, typed: Self.lvuCase, now: Fixtures.date(now))
        let result = try runner.run(newChildCase + ["--now", now], input: lines.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Alla frågor är besvarade"))
        #expect(result.stdout.contains("Ny tidsfrist: Underställ beslutet förvaltningsrätten"))
        #expect(result.stdout.contains("OBSERVERA: "), "the adults claiming to be parents raise an alert")
        let (id, folder, log) = try runner.onlyCase()
        #expect(log.contains("| Underställ beslutet förvaltningsrätten (annars upphör omhändertagandet) | 2026-11-29 | 7 § LVU | Öppen |"))
        // 8 §: four weeks from the day the custody was carried out (03:20 on 22 November).
        #expect(log.contains("| 2026-12-20 | 8 § LVU | Öppen |"))
        #expect(log.contains("| Per Ordf, ordförande | 6 § LVU |"))
        #expect(log.contains("| OSL 10 kap. 21 § |") || log.contains("10 kap. 21 § OSL"))
        #expect(log.contains("status: complete"))
        #expect(log.contains("## Observera"))
        #expect(log.contains("- Vuxna hämtar barnet vid gripandet"))
        #expect(log.contains("- [ ] Beslutet underställt förvaltningsrätten (7 §)"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["2026-11-22_\(id).md", "journal.jsonl", "lock"], "the log, the journal and the write lock")
        for file in files {
            let mode = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(file).path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
        let show = try runner.run(["show", id])
        #expect(show.status == 0)
        #expect(show.stdout == log)
        let list = try runner.run(["list"])
        #expect(list.stdout.contains(id))
        #expect(list.stdout.contains("2026-11-29 (7 § LVU)"))
    }

    @Test("End of input pauses; resume continues at the first open question with nothing lost")
    func pauseAndResume() throws {
        let routine = try BinaryRunner.bundledRoutine()
        let lines = BinaryRunner.script(for: routine, typed: Self.lvuCase, now: Fixtures.date(now))
        let first = try runner.run(newChildCase + ["--now", now, "--caseworker", "Anna Ek"], input: lines.prefix(9).joined(separator: "\n") + "\n")
        #expect(first.status == 3, "input ran out with required questions unanswered")
        #expect(first.stderr.contains("obligatoriska frågor obesvarade (slutkod 3)"))
        #expect(first.stdout.contains("handlagg resume HL-"))
        let (id, _, partial) = try runner.onlyCase()
        #expect(partial.contains("status: in-progress"))
        #expect(partial.contains("13 år enligt pojken"))
        let second = try runner.run(["resume", id, "--now", now, "--caseworker", "Bo Berg"],
                                    input: lines.dropFirst(9).joined(separator: "\n") + "\n")
        #expect(second.status == 0, "\(second.stderr)")
        let (_, folder, log) = try runner.onlyCase()
        #expect(log.contains("status: complete"))
        #expect(log.contains("Anna Ek, Bo Berg"))
        #expect(log.contains("Återupptaget av Bo Berg"))
        let journal = try String(contentsOf: folder.appendingPathComponent("journal.jsonl"), encoding: .utf8)
        let answered = journal.split(separator: "\n").filter { $0.contains(#""event":"answered""#) }
        #expect(answered.count == Set(answered.map { $0.split(separator: ",").first { $0.contains("question") } }).count,
                "no answer is recorded twice")
    }

    @Test("A wrong answer is asked again with a hint")
    func wrongAnswerAskedAgain() throws {
        let result = try runner.run(["new", "--now", now, "--caseworker", "A"], input: "99:99\nnu\n")
        #expect(result.status == 3, "the input ends before the walk does")
        #expect(result.stdout.contains("«99:99» kan inte läsas som en tidpunkt."))
        let (_, _, log) = try runner.onlyCase()
        #expect(log.contains("Besvarat «När kom ärendet till socialjouren?»: 2026-11-22 03:30 (+01:00)"))
    }

    @Test("Going back and changing an answer is recorded with its time, not erased")
    func backAndChange() throws {
        let input = ["nu", "uppger 15", "1", "<", "3", "q"].joined(separator: "\n") + "\n"
        let result = try runner.run(["new", "--now", now, "--caseworker", "A"], input: input)
        #expect(result.status == 0)
        let (_, _, log) = try runner.onlyCase()
        #expect(log.contains("Ändrat svar «Er bedömning av åldern»: 20 år eller äldre"))
    }

    @Test("An optional question is skipped with Enter or with a reason; a required one cannot be")
    func skipping() throws {
        let input = ["-", "nu", "- inte känt ännu", "q"].joined(separator: "\n") + "\n"
        let result = try runner.run(["new", "--now", now, "--caseworker", "A"], input: input)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Frågan är obligatorisk och kan inte hoppas över."))
        let (_, _, log) = try runner.onlyCase()
        #expect(log.contains("Överhoppad «Uppgiven ålder eller födelsedatum»: inte känt ännu"))
        let blank = try runner.run(["new", "--now", now, "--caseworker", "A", "--lang", "en"], input: "now\n\nq\n")
        #expect(blank.status == 0)
        #expect(blank.stdout.contains("Enter or - skip"))
    }

    @Test("new without --routine: the intake asks the age and continues in the routine it chooses")
    func intakeChooses() throws {
        let adult = try runner.run(["new", "--now", now, "--caseworker", "A"], input: "02:50\n25\n3\nid-kort\nq\n")
        #expect(adult.status == 0, "\(adult.stderr)")
        #expect(adult.stdout.contains("Rutinen som gäller: "))
        let (_, _, log) = try runner.onlyCase()
        #expect(log.contains("routine: akut-vuxen"))
        #expect(log.contains("Personen är 20 år eller äldre"))
        #expect(log.contains("| Vald vid mottagningen | Personen är 20 år eller äldre"))
    }

    @Test("--answers fills a case from a JSON file; with --lang en the log is in English")
    func answersFile() throws {
        let routine = try BinaryRunner.bundledRoutine()
        var answers: [String: Any] = [:]
        var values: [String: AnswerValue] = [:]
        let input = AnswerInput(now: Fixtures.date(now), timeZone: Fixtures.stockholm)
        while let question = Walk(routine: routine, values: values).questions.first(where: { values[$0.id] == nil }) {
            var typed = Self.lvuCase[question.id] ?? (question.kind == .list ? "a" : question.kind == .acknowledgement ? "" : question.kind == .text ? "x" : question.kind == .dateTime ? "nu" : question.kind == .yesNo ? "n" : "1")
            if (try? input.parse(typed, for: question).get()) == nil && question.kind != .list { typed = "1" }
            answers[question.id] = question.kind == .list ? typed.split(separator: "\n").map(String.init) : typed
            values[question.id] = question.kind == .list
                ? try input.parse(lines: typed.split(separator: "\n").map(String.init), for: question).get()
                : try input.parse(typed, for: question).get()
        }
        let file = runner.cases.appendingPathComponent("answers.json")
        try JSONSerialization.data(withJSONObject: answers).write(to: file)
        let result = try runner.run(newChildCase + ["--now", now, "--caseworker", "Anna", "--answers", file.path, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Every question is answered."))
        let (_, _, log) = try runner.onlyCase()
        #expect(log.contains("# Case log HL-"))
        #expect(log.contains("| Submit the decision to the administrative court (or the custody ceases) | 2026-11-29 | 7 § LVU | Open |"))
    }

    @Test("A broken answers file is refused with exit 65 before a case is opened")
    func badAnswersFile() throws {
        let file = runner.cases.appendingPathComponent("bad.json")
        try Data(#"{"no-such-question": "1"}"#.utf8).write(to: file)
        let result = try runner.run(["new", "--caseworker", "A", "--answers", file.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("rutinen har ingen fråga 'no-such-question'"))
        #expect(!FileManager.default.fileExists(atPath: runner.cases.appendingPathComponent("cases").path))
    }

    @Test("A broken routine folder is refused with every error as file:line and exit 65")
    func brokenRoutine() throws {
        let folder = runner.cases.appendingPathComponent("routines")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("routine: x\nname.sv: X\nlegal-review: 2026-13-01\nstep s\ncolour: red\n".utf8)
            .write(to: folder.appendingPathComponent("x.steps"))
        let new = try runner.run(["new", "--routines", folder.path, "--caseworker", "A"])
        #expect(new.status == 65)
        let path = folder.appendingPathComponent("x.steps").path
        #expect(new.stderr.contains("\(path):3: '2026-13-01' is not a valid date"))
        #expect(new.stderr.contains("\(path):5: Unknown key 'colour' in a step"))
        let lint = try runner.run(["lint", folder.path])
        #expect(lint.status == 65)
        #expect(lint.stdout.contains("1 rutiner, 1 steg, 1 frågor, 0 dokumentmallar, 0 övningsfall: 4 fel"))
        let viaEnvironment = try runner.run(["lint"], environment: ["HANDLAGG_ROUTINES": folder.path])
        #expect(viaEnvironment.status == 65)
    }

    @Test("lint passes on the bundled routines; routines --json lists steps, questions and choices")
    func lintAndCatalogue() throws {
        let lint = try runner.run(["lint"])
        #expect(lint.status == 0, "\(lint.stdout)")
        let json = try runner.run(["routines", "--json"])
        #expect(json.status == 0)
        let routines = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let steps = try #require(routines.first?["steps"] as? [[String: Any]])
        let questions = steps.flatMap { $0["questions"] as? [[String: Any]] ?? [] }
        let lvu6 = try #require(questions.first { $0["id"] as? String == "lvu6" })
        #expect(lvu6["kind"] as? String == "decision")
        #expect((lvu6["choices"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["yes", "yes-6a", "no", "in-force"])
        #expect(steps.first { $0["id"] as? String == "lvu" }?["condition"] as? String == "child = yes or assessed-age = 18-20")
        #expect(Set(routines.compactMap { $0["id"] as? String }) == ["akut-barn", "akut-vuxen", "intake"])
    }

    @Test("An unknown case gives a clear message")
    func unknownCase() throws {
        let result = try runner.run(["show", "HL-ABCDEF"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Ärendet HL-ABCDEF finns inte i ärendemappen"))
        let english = try runner.run(["show", "HL-ABCDEF", "--lang", "en"])
        #expect(english.stderr.contains("There is no case HL-ABCDEF in the case store"))
    }
}

extension EndToEndTests {
    @Test("Ctrl-C at a prompt ends with SIGINT (exit status 130 in a shell), keeping every answer")
    func interrupt() throws {
        let process = Process()
        process.executableURL = BinaryRunner.binary
        process.arguments = ["new", "--caseworker", "A"]
        process.environment = runner.environment.merging(["HANDLAGG_CASES": runner.cases.path]) { $1 }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        let collected = Collected()
        stdout.fileHandleForReading.readabilityHandler = { handle in collected.append(handle.availableData) }
        try process.run()
        stdin.fileHandleForWriting.write(Data("nu\n15\n".utf8))
        let deadline = Date().addingTimeInterval(10)
        while collected.text.components(separatedBy: "\n> ").count < 4, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.02)
        }
        stdout.fileHandleForReading.readabilityHandler = nil
        #expect(collected.text.components(separatedBy: "\n> ").count >= 4, "the third question was not reached")
        process.interrupt()
        let exitDeadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < exitDeadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            Issue.record("handlagg did not end within 10 s of SIGINT")
        }
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGINT)
        let message = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(message.contains("Avbrutet. Allt du har svarat är sparat. Fortsätt med: handlagg resume HL-"))
        let (_, _, log) = try runner.onlyCase()
        #expect(log.contains("Besvarat «När kom ärendet till socialjouren?»: "))
    }
}

/// Output gathered from a pipe while a process runs.
final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func append(_ more: Data) {
        lock.lock()
        data.append(more)
        lock.unlock()
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: data, as: UTF8.self)
    }
}

extension EndToEndTests {
    /// Answers an on-call worker might really type: names, personal identity numbers, addresses, phone numbers.
    static let sensitive: [String: String] = [
        "age-basis": "Född 2011-03-04, personnummer 20110304-1234; pappan Ion Popescu visade pass, tel 070-123 45 67",
        "child-view": "Hos Mirela Popescu, Storgatan 12 B, 113 51 Stockholm",
        "report-by": "Eva Ekström",
        "decider": "Per Ordförande Karlsson",
        "no-report-reason": "5000-K987654-26",
        "other-municipality": "Stockholm, Norrmalm; Moldavien, Chisinau, str. Stefan cel Mare 1",
        "register-result": "Mostern Ana Rusu ringer från +373 22 123456",
        "lvu-reasoning": "Mirela säger att Ion tar hennes pengar",
        "handover-to": "Socialsekreterare Lena Lind, Norrmalm",
        "summary": "Mirela Popescu, 15 år, omhändertagen",
    ]

    @Test("export --anonymize leaves no sensitive answer in the copy, and the copy passes review")
    func anonymizedExport() throws {
        let routine = try BinaryRunner.bundledRoutine()
        var typed = Self.lvuCase.merging(Self.sensitive) { $1 }
        typed["lvu-actions"] = "alla"
        typed["handover-items"] = "alla"
        typed["register-checks"] = "alla"
        typed["handed-over"] = "j"
        let lines = ["Anna Andersson"] + BinaryRunner.script(for: routine, typed: typed, now: Fixtures.date(now))
        let run = try runner.run(newChildCase + ["--now", now], input: lines.joined(separator: "\n") + "\n")
        #expect(run.status == 0, "\(run.stderr)")
        let (id, _, log) = try runner.onlyCase()
        #expect(log.contains("20110304-1234"), "the real log keeps what was typed")
        let copy = runner.cases.appendingPathComponent("anonym.md")
        let export = try runner.run(["export", id, "--anonymize", "--output", copy.path])
        #expect(export.status == 0, "\(export.stderr)")
        let text = try String(contentsOf: copy, encoding: .utf8)
        let identifying = ["Anna Andersson", id, "Mirela", "Popescu", "Storgatan", "113 51", "2011-03-04", "20110304-1234", "Ion",
                           "070-123 45 67", "Eva Ekström", "Karlsson", "5000-K987654-26", "Norrmalm", "Chisinau", "Stefan cel Mare",
                           "Ana Rusu", "+373 22 123456", "Lena Lind"]
        for fragment in identifying {
            #expect(!text.contains(fragment), "«\(fragment)» survived anonymisation")
        }
        #expect(text.contains("anonymized: yes"))
        #expect(text.contains("\\[uppgift 1\\]"))
        let mode = try FileManager.default.attributesOfItem(atPath: copy.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let review = try runner.run(["review", copy.path, "--now", now])
        #expect(review.status == 0, "\(review.stdout)")
        #expect(review.stdout.contains("komplett och i tid"))
    }

    @Test("review and stats from the command line: exit codes, --json and --csv")
    func reviewAndStatsCommands() throws {
        let routine = try BinaryRunner.bundledRoutine()
        let lines = ["A"] + BinaryRunner.script(for: routine, typed: Self.lvuCase, now: Fixtures.date(now))
        _ = try runner.run(newChildCase + ["--now", now], input: lines.joined(separator: "\n") + "\n")
        let folder = runner.cases.appendingPathComponent("cases").path
        let late = try runner.run(["review", folder, "--now", "2026-12-01T12:00:00+01:00", "--json"])
        #expect(late.status == 1)
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(late.stdout.utf8)) as? [[String: Any]])
        let kinds = (reports.first?["findings"] as? [[String: String]])?.compactMap { $0["kind"] } ?? []
        #expect(kinds.contains("overdue") && kinds.contains("decision"))
        let notALog = runner.cases.appendingPathComponent("notes.md")
        try Data("# Mina anteckningar\n".utf8).write(to: notALog)
        let mixed = try runner.run(["review", notALog.path])
        #expect(mixed.status == 1)
        #expect(mixed.stdout.contains("notes.md:1: this is not a handlagg case log"))
        let csv = try runner.run(["stats", folder, "--csv"])
        #expect(csv.status == 0)
        let csvLines = csv.stdout.split(separator: "\n")
        #expect(csvLines.first?.hasPrefix("År,Ärenden,Polisanmälningar,Beslut om omedelbart omhändertagande (6 och 6 a §§ LVU)") == true,
                "\(csvLines.first ?? "")")
        #expect(csvLines.dropFirst().first?.hasPrefix("2026,1,1,1,1") == true)
        let table = try runner.run(["stats", folder])
        #expect(table.stdout.contains("| 2026 | 1 | 1 | 1 | 1 |"))
        let json = try runner.run(["stats", folder, "--json", "--lang", "en"])
        #expect(json.stdout.contains("\"heading\" : \"Police reports\""))

        // A count line added by hand (the checksum no longer matches) changes nothing: the log is not counted.
        let export = runner.cases.appendingPathComponent("exported")
        try FileManager.default.createDirectory(at: export, withIntermediateDirectories: true)
        let logPath = export.appendingPathComponent("kopia.md")
        let log = try runner.onlyCase().log
        let tampered = log.replacingOccurrences(of: "\ncount: ", with: "\ncount: [\"lvu6\",\"\",\"x\",\"x\",\"\",\"\"]\ncount: ")
        #expect(tampered != log)
        try tampered.write(to: logPath, atomically: true, encoding: .utf8)
        let counted = try runner.run(["stats", export.path, "--csv"])
        #expect(counted.status == 65 && counted.stderr.contains("räknas inte: loggen har ändrats efter att den skrevs"), "\(counted.stderr)")
        #expect(!counted.stdout.contains("2026,"), "\(counted.stdout)")
    }
}
