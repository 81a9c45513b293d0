import Foundation
import RoutineEngine

/// `handlagg lint [DIR | FILE]`: checks step files and practice scenarios and prints every problem as
/// `file:line: message`. Scenarios are checked against the routines they run through.
enum LintCommand: Command {
    static let name = "lint"
    static let options: Set<String> = ["--scenarios"]
    static let positionals = 0...1

    static func run(_ context: Context) throws -> ExitCode {
        let path = context.arguments.positionals.first
        var isFolder: ObjCBool = true
        if let path, FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
            return try lintFile(path, context)
        }
        let folder = path.map { URL(fileURLWithPath: $0, isDirectory: true) }
        var stepFiles: [(name: String, bytes: [UInt8])]
        var scenarioFiles: [(name: String, bytes: [UInt8])] = []
        if let folder {
            stepFiles = try RoutineLoader.routineFiles(in: folder)
            scenarioFiles = try ScenarioLoader.scenarioFiles(in: folder)
            if stepFiles.isEmpty {
                guard !scenarioFiles.isEmpty else { throw HandlaggError.noRoutines(folder.filePath) }
                stepFiles = try context.routinesFolder.map(RoutineLoader.routineFiles(in:)) ?? RoutineLoader.bundledFiles()
            }
        } else {
            stepFiles = try context.routinesFolder.map(RoutineLoader.routineFiles(in:)) ?? RoutineLoader.bundledFiles()
            if let routinesFolder = context.routinesFolder { scenarioFiles = try ScenarioLoader.scenarioFiles(in: routinesFolder) }
            if context.scenariosFolder == nil && context.routinesFolder == nil { scenarioFiles = ScenarioLoader.bundledFiles() }
        }
        if let scenariosFolder = context.scenariosFolder { scenarioFiles += try ScenarioLoader.scenarioFiles(in: scenariosFolder) }
        return report(stepFiles, scenarioFiles, context)
    }

    /// One step file named on the command line (a scenario file is checked with the routines in use).
    private static func lintFile(_ path: String, _ context: Context) throws -> ExitCode {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw HandlaggError.fileSystem(FileProblem(path: path, action: .read, cause: .permissionDenied))
        }
        let file = (name: URL(fileURLWithPath: path).lastPathComponent, bytes: [UInt8](data))
        if path.hasSuffix(".template") {
            let routines = try context.routinesFolder.map(RoutineLoader.stepFiles(in:)) ?? RoutineLoader.bundledFiles().filter { $0.name.hasSuffix(".steps") }
            return report(routines + [file], [], context)
        }
        if path.hasSuffix(".scenario") {
            let routines = try context.routinesFolder.map(RoutineLoader.routineFiles(in:)) ?? RoutineLoader.bundledFiles()
            return report(routines, [file], context)
        }
        return report([file], [], context)
    }

    /// `lint --cases STORE`: the open cases opened under another version of a routine, and what
    /// they recorded that the routine now words, offers or times differently (they keep what
    /// was recorded).
    private static func reportAffectedCases(_ affected: [RoutineChange.AffectedCase], _ context: Context) {
        let english = context.language == .english
        guard !affected.isEmpty else {
            context.console.line(english ? "No open case is touched by the change." : "Inget öppet ärende berörs av ändringen.")
            return
        }
        context.console.line(english ? "Open cases opened under another version of their routine (they keep what was recorded):"
                                     : "Öppna ärenden som öppnades med en annan version av rutinen (de behåller det som sparats):")
        for item in affected {
            context.console.line("\(item.id) (\(english ? "version" : "version") \(item.openedWith.prefix(12)) → \(item.routineNow.prefix(12)))")
            for difference in item.differences {
                let line: String = switch difference {
                case .questionRemoved(let id, let text):
                    english ? "the question '\(id)' («\(text)») is no longer in the routine; its answer is kept as recorded"
                            : "frågan '\(id)' («\(text)») finns inte längre i rutinen; svaret behålls som det sparades"
                case .optionRemoved(let question, let answer):
                    english ? "'\(question)': the option answered («\(answer)») is no longer offered; kept as recorded"
                            : "'\(question)': alternativet som valdes («\(answer)») finns inte längre; behålls som det sparades"
                case .basisChanged(let question, let recorded, let now):
                    english ? "'\(question)': recorded on the basis «\(recorded)», the routine now says «\(now)»; the recorded basis stands"
                            : "'\(question)': beslutat med grunden «\(recorded)», rutinen säger nu «\(now)»; den sparade grunden står kvar"
                case .deadlineChanged(let id, let recordedDue, let now):
                    english ? "deadline '\(id)': recorded as \(recordedDue), the routine now gives \(now ?? "none"); the recorded one stands"
                            : "fristen '\(id)': sparad som \(recordedDue), rutinen ger nu \(now ?? "ingen"); den sparade står kvar"
                }
                context.console.line("  - " + line)
            }
        }
    }

    private static func report(_ stepFiles: [(name: String, bytes: [UInt8])], _ scenarioFiles: [(name: String, bytes: [UInt8])],
                               _ context: Context) -> ExitCode {
        let today = Timestamp.date(context.now, in: context.timeZone)
        let (routines, templates, routineProblems) = RoutineLoader.checkAll(stepFiles, today: today)
        let (scenarios, scenarioProblems) = ScenarioLoader.check(scenarioFiles, routines: routines, today: today)
        let diagnostics = routineProblems + scenarioProblems
        for diagnostic in diagnostics {
            context.console.line(diagnostic.description)
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        context.console.line(Template.fill(context.ui.lintSummary, routines.count, routines.reduce(0) { $0 + $1.steps.count },
                                    routines.reduce(0) { $0 + $1.questions.count }, templates.count, scenarios.count, errors, diagnostics.count - errors))
        if errors == 0, context.arguments.options["--cases"] != nil {
            do {
                reportAffectedCases(try RoutineChange.affected(store: context.store(), routines: routines), context)
            } catch {
                context.console.error("handlagg: \(ErrorText.describe(error, context.language))")
                return .invalidData
            }
        }
        return errors == 0 ? .success : .invalidData
    }
}
