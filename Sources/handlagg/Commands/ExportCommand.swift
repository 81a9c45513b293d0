import RoutineEngine

/// `handlagg export CASE [--anonymize] [--output FILE]`: a copy of the case's log, as it is or
/// anonymised, on standard output or written privately to FILE. Documents are never part of an
/// anonymised copy: `--documents` with `--anonymize` is refused, since a drafted decision or
/// letter names people in its own words and cannot be anonymised reliably.
enum ExportCommand: Command {
    static let name = "export"
    static let options: Set<String> = ["--anonymize", "--output", "--documents"]
    static let positionals = 1...1

    static func run(_ context: Context) throws -> ExitCode {
        let id = try CaseID(parsing: context.arguments.positionals[0])
        let store = context.store()
        let routines = try context.routines()
        let text: String
        if context.arguments.flags.contains("--documents") {
            throw UsageError(sv: context.arguments.flags.contains("--anonymize")
                                ? "Dokument kan inte avidentifieras och lämnas aldrig ut med --anonymize; exportera loggen utan --documents."
                                : "export skriver loggen; skriv dokument med 'handlagg document ÄRENDE ID --output FIL'.",
                             en: context.arguments.flags.contains("--anonymize")
                                ? "Documents cannot be anonymised and are never given out with --anonymize; export the log without --documents."
                                : "export writes the log; write documents with 'handlagg document CASE ID --output FILE'.", command: name)
        }
        if context.arguments.flags.contains("--anonymize") {
            let record = try store.record(id)
            text = try CaseExport.anonymized(record, routine: try routines.routine(record.routineID), timeZone: context.timeZone)
        } else {
            text = try store.log(id, routines: routines)
        }
        if let output = context.arguments.options["--output"], output != "-" {
            try store.checkOutput(output)
            try CaseExport.write(text, to: output)
        } else {
            context.console.write(text)
        }
        return .success
    }
}
