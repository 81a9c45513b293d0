import Foundation
import RoutineEngine

/// `handlagg practice [SCENARIO]`: lists the practice scenarios, or runs one through the real
/// routine in the separate practice store and ends with a debrief. With `--answers FILE` it runs
/// without questions and prints the debrief (`--json` for scripts).
enum PracticeCommand: Command {
    static let name = "practice"
    static let options: Set<String> = ["--json", "--answers", "--caseworker", "--scenarios"]
    static let positionals = 0...1

    static func run(_ context: Context) throws -> ExitCode {
        let routines = try context.routines()
        let library = try context.scenarios(routines)
        guard let id = context.arguments.positionals.first else { return list(library, routines, context) }
        if context.arguments.flags.contains("--json") && context.arguments.options["--answers"] == nil {
            throw UsageError(sv: "'--json' med ett övningsfall kräver '--answers FIL'.",
                             en: "'--json' with a scenario needs '--answers FILE'.", command: name)
        }
        let scenario = try library.scenario(id)
        let routine = try routines.routine(scenario.routineID)
        let guide = PracticeGuide(scenario: scenario, routine: routine, context: context)
        let sheet = try SessionFlow.answerSheet(context, routine: routine)
        let worker = try sheet == nil ? SessionFlow.caseworker(context) : trainee(context)
        var file = try context.store(.practice).start(routine: routine, language: context.language, scenario: scenario.id,
                                                       at: guide.clock?.start ?? context.now, by: worker)
        if let sheet {
            try file.completeOpening()
            return try check(file, sheet: sheet, guide: guide, worker: worker, context: context)
        }
        context.console.line(Template.fill(PracticeText.forLanguage(context.language).opened, scenario.id,
                                    scenario.title.text(in: context.language), file.record.id.description))
        context.console.line(context.console.dim(Template.fill(context.ui.logAt, file.logURL.filePath)))
        guide.introduce(context)
        return try SessionFlow.run(file, sheet: nil, context: context, worker: worker, practice: guide)
    }

    /// The trainee's name when nobody is asked: `--caseworker`, `HANDLAGG_CASEWORKER`, or a neutral word.
    private static func trainee(_ context: Context) -> String {
        SessionFlow.givenCaseworker(context) ?? PracticeText.forLanguage(context.language).trainee
    }

    /// Applies an answers file without asking anything, then prints the debrief.
    private static func check(_ file: CaseFile, sheet: AnswerSheet, guide: PracticeGuide, worker: String,
                              context: Context) throws -> ExitCode {
        var file = file
        let outcome = try SessionFlow.apply(sheet, to: &file, context: context, worker: worker, practice: guide)
        let (debrief, markdown) = try guide.debrief(file, context)
        if context.arguments.flags.contains("--json") {
            context.console.line(try DebriefJSON.encode(debrief, file: file, context: context))
        } else {
            context.console.line(Template.fill(context.ui.answersApplied, outcome.applied, context.arguments.options["--answers"] ?? ""))
            context.console.line()
            context.console.line(markdown)
            context.console.line(context.console.dim(Template.fill(PracticeText.forLanguage(context.language).debriefSaved, file.debriefURL.filePath)))
        }
        return .success
    }

    private struct Row: Encodable {
        let id: String
        let routine: String
        let title: String
        let titleSv: String
        let titleEn: String
        let keyQuestions: Int
        let maximumScore: Int
        let facts: Int
        let simulatedClock: Bool
        let file: String
    }

    private static func list(_ library: ScenarioLibrary, _ routines: RoutineLibrary, _ context: Context) -> ExitCode {
        let words = PracticeText.forLanguage(context.language)
        let rows = library.scenarios.map { scenario in
            Row(id: scenario.id, routine: scenario.routineID, title: scenario.title.text(in: context.language),
                titleSv: scenario.title.text(in: .swedish), titleEn: scenario.title.text(in: .english),
                keyQuestions: scenario.expectations.count, maximumScore: scenario.maximumScore, facts: scenario.facts.count,
                simulatedClock: scenario.start != nil, file: scenario.file)
        }
        if context.arguments.flags.contains("--json") {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            context.console.line((try? encoder.encode(rows)).map { String(decoding: $0, as: UTF8.self) } ?? "[]")
            return .success
        }
        guard !rows.isEmpty else {
            context.console.line(words.noScenarios)
            return .success
        }
        context.console.write(TextTable.render(header: words.listColumns, rows: rows.map {
            [$0.id, $0.title, $0.routine, String($0.keyQuestions), String($0.maximumScore)]
        }))
        context.console.line()
        context.console.line(words.listHint)
        return .success
    }
}
