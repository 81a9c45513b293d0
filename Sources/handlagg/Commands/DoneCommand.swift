import RoutineEngine

/// `handlagg done CASE ID [--at TIME]`: ticks off an open action, checklist item or deadline,
/// with the time it was really done (now unless `--at` says otherwise).
enum DoneCommand: Command {
    static let name = "done"
    static let options: Set<String> = ["--practice", "--caseworker", "--at"]
    static let positionals = 2...2

    static func run(_ context: Context) throws -> ExitCode {
        let worker = try SessionFlow.caseworker(context)
        var file = try FollowUpFlow.open(context, as: worker)
        let item = context.arguments.positionals[1]
        let doneAt = try FollowUpFlow.moment(context.arguments.options["--at"], context: context)
        try file.markDone(item, doneAt: doneAt, at: context.now, by: worker)
        let words = FollowUpText.forLanguage(context.language)
        context.console.line(Template.fill(words.recordedDone, item, Timestamp.display(doneAt, in: context.timeZone)))
        return .success
    }
}
