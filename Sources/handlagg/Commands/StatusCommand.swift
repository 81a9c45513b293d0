import RoutineEngine

/// `handlagg status CASE`: where a case stands, and what is open, with the ids `done` takes.
enum StatusCommand: Command {
    static let name = "status"
    static let options: Set<String> = ["--practice"]
    static let positionals = 1...1

    static func run(_ context: Context) throws -> ExitCode {
        FollowUpFlow.show(try FollowUpFlow.open(context, as: nil), context: context)
        return .success
    }
}
