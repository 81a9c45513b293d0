import Foundation
import RoutineEngine

/// `handlagg show CASE`: prints the case's log.
enum ShowCommand: Command {
    static let name = "show"
    static let options: Set<String> = ["--practice"]
    static let positionals = 1...1

    static func run(_ context: Context) throws -> ExitCode {
        let id = try CaseID(parsing: context.arguments.positionals[0])
        context.console.write(try context.chosenStore.log(id, routines: context.routines()))
        return .success
    }
}
