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
        return errors == 0 ? .success : .invalidData
    }
}
