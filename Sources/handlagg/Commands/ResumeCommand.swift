import RoutineEngine

/// `handlagg resume CASE`: continues a case at its first open question.
enum ResumeCommand: Command {
    static let name = "resume"
    static let options: Set<String> = ["--caseworker", "--answers"]
    static let positionals = 1...1

    static func run(_ context: Context) throws -> ExitCode {
        let id = try CaseID(parsing: context.arguments.positionals[0])
        let library = try context.routines()
        var file = try context.store().open(id, routines: library)
        if file.repairedJournal { context.console.error(context.ui.repairedJournal) }
        if file.routineChanged {
            context.console.error(String(format: context.ui.routineChanged, String(file.record.fingerprint.prefix(12)),
                                         String(file.routine.fingerprint.prefix(12))))
        }
        let sheet = try SessionFlow.answerSheet(context, routine: file.routine)
        let worker = try SessionFlow.caseworker(context)
        try file.mark(.resumed, at: context.now, by: worker)
        context.console.line(String(format: context.ui.resumed, id.description, file.routine.name.text(in: context.language)))
        context.console.line(context.console.dim(String(format: context.ui.logAt, file.logURL.path)))
        return try SessionFlow.run(file, sheet: sheet, context: context, worker: worker)
    }
}
