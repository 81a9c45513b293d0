import RoutineEngine

/// `handlagg note CASE TEXT...`: a dated note. Appended to the journal with time and author.
enum NoteCommand: Command {
    static let name = "note"
    static let options: Set<String> = ["--practice", "--caseworker"]
    static let positionals = 2...Int.max

    static func run(_ context: Context) throws -> ExitCode {
        let worker = try SessionFlow.caseworker(context)
        var file = try FollowUpFlow.open(context, as: worker)
        let text = FollowUpFlow.text(context)
        try file.followUp(.note, text: text, at: context.now, by: worker)
        let words = FollowUpText.forLanguage(context.language)
        context.console.line(words.recordedNote)
        return .success
    }
}
