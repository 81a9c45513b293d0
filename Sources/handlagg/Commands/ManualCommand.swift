import RoutineEngine

/// `handlagg manual [STEP] [--markdown]`: the handling manual, without opening a case.
enum ManualCommand: Command {
    static let name = "manual"
    static let options: Set<String> = ["--markdown", "--routine"]
    static let positionals = 0...1

    static func run(_ context: Context) throws -> ExitCode {
        let library = try context.routines()
        // One routine when named; otherwise every routine, the intake first, each with its own section.
        let routines = try context.arguments.options["--routine"].map { [try library.routine($0)] }
            ?? library.routines.sorted { $0.isIntake && !$1.isIntake }
        if let id = context.arguments.positionals.first {
            for routine in routines {
                if let text = Manual(routine: routine, language: context.language).step(id) {
                    context.console.prose(text)
                    return .success
                }
            }
            let ids = routines.flatMap { $0.steps.map(\.id) }.joined(separator: ", ")
            throw UsageError(sv: "Rutinerna har inget steg '\(id)'; stegen är: \(ids).",
                             en: "The routines have no step '\(id)'; their steps are: \(ids).", command: name)
        }
        let markdown = context.arguments.flags.contains("--markdown")
        let text = routines.map { Manual(routine: $0, language: context.language).markdown(includeDiagram: markdown) }
            .joined(separator: "\n")
        if markdown { context.console.write(text) } else { context.console.prose(text) }
        return .success
    }
}
