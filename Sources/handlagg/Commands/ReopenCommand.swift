import RoutineEngine

/// `handlagg reopen CASE REASON...`: reopens a closed case, with the reason. Appended to the journal with time and author.
enum ReopenCommand: Command {
    static let name = "reopen"
    static let options: Set<String> = ["--practice", "--caseworker"]
    static let positionals = 2...Int.max

    static func run(_ context: Context) throws -> ExitCode {
        try FollowUpFlow.record(.reopened, context, saying: { words, _ in words.recordedReopening })
    }
}
