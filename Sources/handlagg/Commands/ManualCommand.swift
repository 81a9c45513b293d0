import RoutineEngine

/// `handlagg manual [STEP] [--markdown]`: the handling manual, without opening a case.
enum ManualCommand: Command {
    static let name = "manual"
    static let options: Set<String> = ["--markdown", "--routine"]
    static let positionals = 0...1

    static func run(_ context: Context) throws -> ExitCode {
        let routine = try context.routines().routine(context.arguments.options["--routine"])
        let manual = Manual(routine: routine, language: context.language)
        if let id = context.arguments.positionals.first {
            guard let text = manual.step(id) else {
                let ids = routine.steps.map(\.id).joined(separator: ", ")
                throw UsageError(sv: "Rutinen har inget steg '\(id)'; stegen är: \(ids).",
                                 en: "The routine has no step '\(id)'; its steps are: \(ids).", command: name)
            }
            context.console.prose(text)
            return .success
        }
        let markdown = context.arguments.flags.contains("--markdown")
        let text = manual.markdown(includeDiagram: markdown)
        if markdown { context.console.write(text) } else { context.console.prose(text) }
        return .success
    }
}
