import Foundation
import RoutineEngine

/// `handlagg lint [DIR]`: checks step files and prints every problem as `file:line: message`.
enum LintCommand: Command {
    static let name = "lint"
    static let options: Set<String> = []
    static let positionals = 0...1

    static func run(_ context: Context) throws -> ExitCode {
        let files: [(name: String, bytes: [UInt8])]
        if let folder = context.arguments.positionals.first.map({ URL(fileURLWithPath: $0, isDirectory: true) }) ?? context.routinesFolder {
            files = try RoutineLoader.stepFiles(in: folder)
            if files.isEmpty { throw HandlaggError.noRoutines(folder.path) }
        } else {
            files = RoutineLoader.bundledFiles()
        }
        let (routines, diagnostics) = RoutineLoader.check(files, today: Timestamp.date(context.now, in: context.timeZone))
        for diagnostic in diagnostics {
            context.console.line(diagnostic.description)
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        context.console.line(String(format: context.ui.lintSummary, routines.count, routines.reduce(0) { $0 + $1.steps.count },
                                    routines.reduce(0) { $0 + $1.questions.count }, errors, diagnostics.count - errors))
        return errors == 0 ? .success : .invalidData
    }
}
