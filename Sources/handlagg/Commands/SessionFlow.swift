import Foundation
import RoutineEngine

/// What `new` and `resume` share: who the caseworker is, applying an answers file, and running the session.
enum SessionFlow {
    /// The caseworker named by `--caseworker`, else by `HANDLAGG_CASEWORKER`, if either gives a name.
    static func givenCaseworker(_ context: Context) -> String? {
        let name = (context.arguments.options["--caseworker"] ?? context.environment["HANDLAGG_CASEWORKER"]).map(trimmed)
        return name.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `text` without white space at either end. (Foundation's character sets cost close to a
    /// millisecond to set up, and this runs before the first question.)
    private static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }

    /// The caseworker: `--caseworker`, else `HANDLAGG_CASEWORKER`, else asked for.
    static func caseworker(_ context: Context) throws -> String {
        if let name = givenCaseworker(context) {
            if let problem = TypedText.problem(name) { throw UsageError(message: context.ui.explain(problem), command: context.arguments.command) }
            return name
        }
        while true {
            context.console.write(context.ui.caseworkerPrompt)
            guard let typed = context.console.readLine() else {
                throw UsageError(message: context.ui.caseworkerMissing, command: context.arguments.command)
            }
            let name = trimmed(typed)
            if let problem = TypedText.problem(name) {
                context.console.line(context.console.warning(context.ui.explain(problem)))
                continue
            }
            if !name.isEmpty { return name }
        }
    }

    /// Reads the answers file named by `--answers`, checked against the routine (and, when it is
    /// an intake, the routines it can choose from, in `library`).
    static func answerSheet(_ context: Context, routine: Routine, library: RoutineLibrary? = nil) throws -> AnswerSheet? {
        guard let path = context.arguments.options["--answers"] else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw HandlaggError.fileSystem(FileProblem(path: path, action: .read, cause: FileManager.default.fileExists(atPath: path) ? .permissionDenied : .missing))
        }
        do {
            let routines = routine.isIntake ? [routine] + (library?.caseRoutines ?? []) : [routine]
            return try AnswerSheet(data: data, routines: routines)
        } catch {
            throw HandlaggError.invalidAnswers(path: path, reason: ErrorText.describe(error, context.ui, context.language))
        }
    }

    /// Records the answers of the `--answers` file (at the scenario's simulated times in practice);
    /// names on standard error the answers whose questions this case does not show.
    static func apply(_ sheet: AnswerSheet, to file: inout CaseFile, context: Context, worker: String,
                      practice: PracticeGuide?) throws -> AnswerSheet.Outcome {
        let outcome: AnswerSheet.Outcome
        do {
            outcome = try sheet.apply(to: &file, input: AnswerInput(now: context.now, timeZone: context.timeZone), by: worker,
                                      clock: practice.map { guide in { guide.now(atStep: $0.stepID, context) } })
        } catch let problem as AnswerSheet.Problem {
            throw HandlaggError.invalidAnswers(path: context.arguments.options["--answers"] ?? "",
                                               reason: ErrorText.describe(problem, context.ui, context.language))
        }
        if !outcome.unused.isEmpty {
            context.console.error(Template.fill(context.ui.answersUnused, outcome.unused.joined(separator: ", ")))
        }
        return outcome
    }

    /// Applies the answers file, then asks the rest; Ctrl-C prints how to resume.
    static func run(_ file: CaseFile, sheet: AnswerSheet?, context: Context, worker: String,
                    practice: PracticeGuide? = nil) throws -> ExitCode {
        var file = file
        SignalTrap.install(message: Template.fill(context.ui.interrupted, SessionRunner.resumeArgument(file.record, context)))
        if let sheet {
            let outcome: AnswerSheet.Outcome
            do {
                outcome = try apply(sheet, to: &file, context: context, worker: worker, practice: practice)
            } catch {
                // The answers before the bad one are saved: say which case holds them, paused.
                try? file.mark(.paused, at: context.now, by: worker)
                context.console.error(Template.fill(context.ui.answersStopped, SessionRunner.resumeArgument(file.record, context)))
                throw error
            }
            context.console.line(Template.fill(context.ui.answersApplied, outcome.applied, context.arguments.options["--answers"] ?? ""))
        }
        var runner = SessionRunner(file: file, context: context, worker: worker, practice: practice)
        return runner.run()
    }
}
