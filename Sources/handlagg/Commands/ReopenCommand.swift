import RoutineEngine

/// `handlagg reopen CASE REASON...`: reopens a closed case, with the reason. Appended to the journal with time and author.
enum ReopenCommand: Command {
    static let name = "reopen"
    static let options: Set<String> = ["--practice", "--caseworker"]
    static let positionals = 2...Int.max

    static func run(_ context: Context) throws -> ExitCode {
        let worker = try SessionFlow.caseworker(context)
        var file = try FollowUpFlow.open(context, as: worker)
        let text = FollowUpFlow.text(context)
        try file.followUp(.reopened, text: text, at: context.now, by: worker)
        let words = FollowUpText.forLanguage(context.language)
        context.console.line(words.recordedReopening)
        return .success
    }
}
