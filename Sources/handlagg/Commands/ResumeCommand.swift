import RoutineEngine

/// `handlagg resume CASE`: continues a case at its first open question.
/// `--practice` continues a practice case, with its scenario. On a case whose walk is complete
/// it offers the follow-up actions instead (see `FollowUpMenu`).
enum ResumeCommand: Command {
    static let name = "resume"
    static let options: Set<String> = ["--caseworker", "--answers", "--practice", "--scenarios"]
    static let positionals = 1...1

    static func run(_ context: Context) throws -> ExitCode {
        let id = try CaseID(parsing: context.arguments.positionals[0])
        let library = try context.routines()
        let worker = try SessionFlow.caseworker(context)
        // Who worked on it last, as the journal says before this session adds to it.
        let before = try context.chosenStore.record(id).entries.last
        var file = try context.chosenStore.open(id, routines: library, by: worker, at: context.now)
        if file.repairedJournal { context.console.error(context.ui.repairedJournal) }
        if file.routineChanged {
            context.console.error(Template.fill(context.ui.routineChanged, String(file.record.fingerprint.prefix(12)),
                                         String(file.routine.fingerprint.prefix(12))))
        }
        let practice = try file.record.scenarioID.map { scenario in
            PracticeGuide(scenario: try context.scenarios(library).scenario(scenario), routine: file.routine, context: context)
        }
        let sheet = try SessionFlow.answerSheet(context, routine: file.routine)
        FollowUpFlow.greet(before, worker: worker, context: context)
        // A case walked to the end (or closed) goes on with follow-up, not with questions.
        if sheet == nil, practice == nil, file.record.isClosed || file.walk.isComplete(file.record) {
            var menu = FollowUpMenu(file: file, context: context, worker: worker)
            return menu.run()
        }
        let next = file.walk.firstOpen(in: file.record).map { file.walk.questions[$0].stepID }
        try file.mark(.resumed, at: next.flatMap { practice?.now(atStep: $0, context) } ?? context.now, by: worker)
        context.console.line(Template.fill(context.ui.resumed, id.description, file.routine.name.text(in: context.language)))
        context.console.line(context.console.dim(Template.fill(context.ui.logAt, file.logURL.filePath)))
        return try SessionFlow.run(file, sheet: sheet, context: context, worker: worker, practice: practice)
    }
}
