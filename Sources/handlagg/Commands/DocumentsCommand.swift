import RoutineEngine

/// `handlagg documents CASE`: the documents that apply to the case, and whether each can be
/// written now (and if not, which answers it needs).
enum DocumentsCommand: Command {
    static let name = "documents"
    static let options: Set<String> = ["--practice"]
    static let positionals = 1...1

    static func run(_ context: Context) throws -> ExitCode {
        let file = try FollowUpFlow.open(context, as: nil)
        let library = try context.routines()
        DocumentList.show(file, templates: library.templates(for: file.routine.id), context: context, all: true)
        return .success
    }
}
