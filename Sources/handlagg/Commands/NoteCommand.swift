import RoutineEngine

/// `handlagg note CASE TEXT...`: a dated note. Appended to the journal with time and author.
enum NoteCommand: Command {
    static let name = "note"
    static let options: Set<String> = ["--practice", "--caseworker"]
    static let positionals = 2...Int.max

    static func run(_ context: Context) throws -> ExitCode {
        try FollowUpFlow.record(.note, context, saying: { words, _ in words.recordedNote })
    }
}
