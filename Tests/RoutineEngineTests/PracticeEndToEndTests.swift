import Foundation
import Testing
@testable import RoutineEngine

/// `handlagg practice` run as a trainer and a trainee would: every bundled scenario with a model
/// and a flawed answer set, an interactive run through a pipe, and the separation from real cases.
@Suite("Practice from the command line")
struct PracticeEndToEndTests {
    let runner: BinaryRunner
    let now = "2026-11-22T10:00:00+01:00"
    static let answerSets = BinaryRunner.packageRoot.appendingPathComponent("Tests/Fixtures/scenarios")
    static let bundledIDs = ["avvek-fran-oppen-placering", "biltvatt-30", "bordell-17", "bordell-21", "ensamkommande-avskriven",
                             "foraldrar-med-papper", "nittonaring", "stold-15"]

    init() throws {
        runner = try BinaryRunner()
    }

    private func debrief(_ scenario: String, _ set: String, language: String = "sv") throws -> [String: Any] {
        let file = Self.answerSets.appendingPathComponent("\(scenario).\(set).json").path
        let result = try runner.run(["practice", scenario, "--answers", file, "--json", "--now", now, "--lang", language])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test("Every bundled scenario has a model and a flawed answer set")
    func everyScenarioHasAnswerSets() throws {
        let list = try runner.run(["practice", "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        let ids = rows.compactMap { $0["id"] as? String }.sorted()
        #expect(ids == Self.bundledIDs)
        for id in ids {
            for set in ["model", "flawed"] {
                #expect(FileManager.default.fileExists(atPath: Self.answerSets.appendingPathComponent("\(id).\(set).json").path), "\(id).\(set).json")
            }
        }
        #expect(rows.allSatisfy { ($0["titleSv"] as? String)?.isEmpty == false && ($0["titleEn"] as? String)?.isEmpty == false })
        let table = try runner.run(["practice", "--lang", "en"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("stold-15") && table.stdout.contains("Start a scenario with: handlagg practice SCENARIO"))
    }

    @Test("The model answers get full score", arguments: bundledIDs)
    func modelAnswers(_ scenario: String) throws {
        let result = try debrief(scenario, "model")
        #expect(result["score"] as? Int == result["maximumScore"] as? Int)
        #expect((result["maximumScore"] as? Int ?? 0) > 0)
        #expect((result["misses"] as? [String])?.isEmpty == true)
        let items = try #require(result["items"] as? [[String: Any]])
        #expect(items.allSatisfy { $0["outcome"] as? String == "right" })
    }

    @Test("The flawed answers lose points, and the debrief names every miss with why", arguments: bundledIDs)
    func flawedAnswers(_ scenario: String) throws {
        let json = try debrief(scenario, "flawed")
        let misses = try #require(json["misses"] as? [String])
        #expect(!misses.isEmpty)
        #expect((json["score"] as? Int ?? 0) < (json["maximumScore"] as? Int ?? 0))
        for language in ["sv", "en"] {
            let file = Self.answerSets.appendingPathComponent("\(scenario).flawed.json").path
            let text = try runner.run(["practice", scenario, "--answers", file, "--now", now, "--lang", language])
            #expect(text.status == 0)
            let routines = try RoutineLoader.load(directory: BinaryRunner.packageRoot.appendingPathComponent("Resources/routines"))
            let lang = Language(rawValue: language) ?? .swedish
            let scenarioRoutine = scenario.hasSuffix("-21") || scenario.hasSuffix("-30") ? "akut-vuxen" : "akut-barn"
            let routine = try routines.routine(scenarioRoutine)
            for miss in misses {
                let question = try #require(routine.question(miss)).text.text(in: lang)
                #expect(text.stdout.contains("✗ \(question)"), "\(scenario): \(miss) in \(language)")
            }
            #expect(text.stdout.contains(language == "sv" ? "Att prata om:" : "To talk about:"))
            #expect(text.stdout.contains(language == "sv" ? "- Varför: " : "- Why: "))
        }
    }

    @Test("Practice cases stay in the practice store, are marked, listed apart and never counted")
    func keptApart() throws {
        let json = try debrief("stold-15", "model")
        let id = try #require(json["caseID"] as? String)
        let practiceFolder = runner.cases.appendingPathComponent("practice")
        let caseFolder = practiceFolder.appendingPathComponent(id)
        #expect(!FileManager.default.fileExists(atPath: runner.cases.appendingPathComponent("cases/\(id)").path))
        let files = try FileManager.default.contentsOfDirectory(atPath: caseFolder.path).sorted()
        #expect(files == ["2026-11-22_\(id).md", "debrief.md", "journal.jsonl", "lock"])
        for file in files {
            let mode = try FileManager.default.attributesOfItem(atPath: caseFolder.appendingPathComponent(file).path)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(file)")
        }
        let log = try String(contentsOf: caseFolder.appendingPathComponent("2026-11-22_\(id).md"), encoding: .utf8)
        #expect(log.contains("> **ÖVNING – inte ett verkligt ärende**"))
        #expect(log.contains("| Övningsfall | stold-15 |"))
        // The simulated clock: the case opens at 02:40 and the 6 § decision ('nu') is taken at 04:10.
        #expect(log.contains("| Påbörjat | 2026-11-22 02:40 (+01:00) |"))
        #expect(log.contains("| 2026-11-29 | 7 § LVU |"))

        #expect(try runner.run(["list"]).stdout.contains(id) == false)
        #expect(try runner.run(["list", "--practice"]).stdout.contains(id))
        #expect(try runner.run(["show", "--practice", id]).stdout == log)
        let stats = try runner.run(["stats", practiceFolder.path, "--json"])
        #expect(stats.stdout.contains("\"practiceLogsLeftOut\" : 1"))
        #expect(!stats.stdout.contains("\"year\""))
    }

    @Test("An interactive run shows each fact when its step begins, then the debrief; pause and resume keep the scenario")
    func interactiveRun() throws {
        let routine = try BinaryRunner.bundledRoutine()
        let typed = ["assessed-age": "under-18", "habitual-residence": "sweden", "lvu-ground": "home", "likely-care": "j",
                     "cannot-wait": "j", "lvu6": "yes", "decider-role": "chair", "placement-kind": "emergency-foster",
                     "police-filed": "n", "report-decision": "reported-under-18", "register-checks": "1,2,3"]
        let lines = BinaryRunner.script(for: routine, typed: typed, now: Fixtures.date(now))
        let first = try runner.run(["practice", "stold-15", "--now", now], input: (["Elin Elev"] + lines.prefix(6)).joined(separator: "\n") + "\n")
        #expect(first.status == 3, "\(first.stderr)")
        #expect(first.stdout.contains("Fallet: Femtonåring gripen för stöld"))
        #expect(first.stdout.contains("Övningen börjar klockan 02:40 (simulerad tid)."))
        // The identity fact comes after the step's heading and before its first question.
        let heading = try #require(first.stdout.range(of: "· Identitet, handlingar och tecken på människohandel =="))
        let fact = try #require(first.stdout.range(of: "Polisen tror att hon är äldre än 13."))
        let question = try #require(first.stdout.range(of: "Vilka id-handlingar finns?"))
        #expect(heading.upperBound < fact.lowerBound && fact.upperBound < question.lowerBound)
        #expect(first.stdout.contains("Klockan är nu 02:55 (simulerad tid)."))
        #expect(!first.stdout.contains("Polisen berättar att hon har gripits"), "a later step's fact is not shown early")
        #expect(first.stdout.contains("handlagg resume --practice HL-"))

        let id = try #require(try FileManager.default.contentsOfDirectory(atPath: runner.cases.appendingPathComponent("practice").path)
            .first { $0.hasPrefix("HL-") })
        let second = try runner.run(["resume", "--practice", id, "--now", now, "--caseworker", "Elin Elev"],
                                    input: lines.dropFirst(6).joined(separator: "\n") + "\n")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Polisen berättar att hon har gripits"))
        #expect(second.stdout.contains("# Genomgång: Femtonåring gripen för stöld"))
        #expect(second.stdout.contains("| Deltagare | Elin Elev |"))
        #expect(second.stdout.contains(" Beslut om omedelbart omhändertagande"))
        let saved = try String(contentsOf: runner.cases.appendingPathComponent("practice/\(id)/debrief.md"), encoding: .utf8)
        #expect(second.stdout.contains(saved))
    }

    @Test("Usage and data errors: unknown scenario, --json without --answers, a broken scenario folder")
    func errors() throws {
        let unknown = try runner.run(["practice", "stold-16"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("Det finns inget övningsfall 'stold-16'; tillgängliga: avvek-fran-oppen-placering"))
        let json = try runner.run(["practice", "stold-15", "--json"])
        #expect(json.status == 64)
        let folder = try Fixtures.temporaryFolder()
        let broken = try String(contentsOf: BinaryRunner.packageRoot.appendingPathComponent("Resources/scenarios/stold-15.scenario"), encoding: .utf8)
            .replacingOccurrences(of: "  answer: sis or sis-locked or emergency-foster\n", with: "  answer: locked\n")
        try Data(broken.utf8).write(to: folder.appendingPathComponent("stold-15.scenario"))
        let lint = try runner.run(["lint", "--scenarios", folder.path])
        #expect(lint.status == 65)
        #expect(lint.stdout.contains("stold-15.scenario:"))
        #expect(lint.stdout.contains(": Question 'placement-kind' has no choice 'locked'; its choices are: "))
        #expect(lint.stdout.contains("1 övningsfall: 1 fel, 0 varningar."))
        let run = try runner.run(["practice", "stold-15", "--scenarios", folder.path, "--caseworker", "X"])
        #expect(run.status == 65)
        #expect(!FileManager.default.fileExists(atPath: runner.cases.appendingPathComponent("practice").path), "nothing is opened")
    }
}
