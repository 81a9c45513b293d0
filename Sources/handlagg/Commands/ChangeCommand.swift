import RoutineEngine

/// `handlagg change CASE QUESTION`: asks one question of the case again, to change its answer
/// (the earlier answer stays in the journal and the log shows what it replaced).
enum ChangeCommand: Command {
    static let name = "change"
    static let options: Set<String> = ["--practice", "--caseworker"]
    static let positionals = 2...2

    static func run(_ context: Context) throws -> ExitCode {
        let worker = try SessionFlow.caseworker(context)
        let file = try FollowUpFlow.open(context, as: worker)
        guard !file.record.isClosed else { throw HandlaggError.followUp(.caseClosed) }
        let question = context.arguments.positionals[1]
        guard file.walk.position(of: question) != nil else {
            let words = FollowUpText.forLanguage(context.language)
            throw UsageError(message: Template.fill(words.unknownQuestion, question, file.walk.questions.map(\.id).joined(separator: ", ")),
                             command: name)
        }
        var runner = SessionRunner(file: file, context: context, worker: worker, only: question)
        return runner.run()
    }
}
