import RoutineEngine

/// `handlagg handover CASE TO...`: hands the case over to a district or person. Appended to the journal with time and author.
enum HandoverCommand: Command {
    static let name = "handover"
    static let options: Set<String> = ["--practice", "--caseworker"]
    static let positionals = 2...Int.max

    static func run(_ context: Context) throws -> ExitCode {
        try FollowUpFlow.record(.handedOver, context, saying: { words, to in Template.fill(words.recordedHandover, to) })
    }
}
