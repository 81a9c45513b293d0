import RoutineEngine

/// `handlagg close CASE SUMMARY...`: closes the case with a closing summary. Appended to the journal with time and author.
enum CloseCommand: Command {
    static let name = "close"
    static let options: Set<String> = ["--practice", "--caseworker"]
    static let positionals = 2...Int.max

    static func run(_ context: Context) throws -> ExitCode {
        try FollowUpFlow.record(.closed, context, saying: { words, _ in words.recordedClosing })
    }
}
