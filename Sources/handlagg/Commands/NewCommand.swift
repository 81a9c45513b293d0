import RoutineEngine

/// `handlagg new`: opens a case and walks the routine.
enum NewCommand: Command {
    static let name = "new"
    static let options: Set<String> = ["--routine", "--caseworker", "--answers"]
    static let positionals = 0...0

    static func run(_ context: Context) throws -> ExitCode {
        let library = try context.routines()
        let routine = try library.routine(context.arguments.options["--routine"])
        let sheet = try SessionFlow.answerSheet(context, routine: routine, library: library)
        let worker = try SessionFlow.caseworker(context)
        let file = try context.store().start(routine: routine, library: library.caseRoutines, language: context.language,
                                             at: context.now, by: worker)
        context.console.line(Template.fill(context.ui.opened, file.record.id.description, routine.name.text(in: context.language)))
        context.console.line(context.console.dim(Template.fill(context.ui.logAt, file.logURL.filePath)))
        return try SessionFlow.run(file, sheet: sheet, context: context, worker: worker)
    }
}
