import RoutineEngine

/// `handlagg resume CASE`: continues a case at its first open question.
/// `--practice` continues a practice case, with its scenario.
enum ResumeCommand: Command {
    static let name = "resume"
    static let options: Set<String> = ["--caseworker", "--answers", "--practice", "--scenarios"]
    static let positionals = 1...1

    static func run(_ context: Context) throws -> ExitCode {
        let id = try CaseID(parsing: context.arguments.positionals[0])
        let library = try context.routines()
        var file = try context.chosenStore.open(id, routines: library)
        if file.repairedJournal { context.console.error(context.ui.repairedJournal) }
        if file.routineChanged {
            context.console.error(Template.fill(context.ui.routineChanged, String(file.record.fingerprint.prefix(12)),
                                         String(file.routine.fingerprint.prefix(12))))
        }
        let practice = try file.record.scenarioID.map { scenario in
            PracticeGuide(scenario: try context.scenarios(library).scenario(scenario), routine: file.routine, context: context)
        }
        let sheet = try SessionFlow.answerSheet(context, routine: file.routine)
        let worker = try SessionFlow.caseworker(context)
        let next = file.walk.firstOpen(in: file.record).map { file.walk.questions[$0].stepID }
        try file.mark(.resumed, at: next.flatMap { practice?.now(atStep: $0, context) } ?? context.now, by: worker)
        context.console.line(Template.fill(context.ui.resumed, id.description, file.routine.name.text(in: context.language)))
        context.console.line(context.console.dim(Template.fill(context.ui.logAt, file.logURL.filePath)))
        return try SessionFlow.run(file, sheet: sheet, context: context, worker: worker, practice: practice)
    }
}
