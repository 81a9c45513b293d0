import RoutineEngine

/// `handlagg handover CASE TO...`: hands the case over to a district or person. Appended to the journal with time and author.
enum HandoverCommand: Command {
    static let name = "handover"
    static let options: Set<String> = ["--practice", "--caseworker"]
    static let positionals = 2...Int.max

    static func run(_ context: Context) throws -> ExitCode {
        let worker = try SessionFlow.caseworker(context)
        var file = try FollowUpFlow.open(context, as: worker)
        let text = FollowUpFlow.text(context)
        try file.followUp(.handedOver, text: text, at: context.now, by: worker)
        let words = FollowUpText.forLanguage(context.language)
        context.console.line(Template.fill(words.recordedHandover, text))
        return .success
    }
}
