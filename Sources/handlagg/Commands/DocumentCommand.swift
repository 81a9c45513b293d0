import Foundation
import RoutineEngine

/// `handlagg document CASE ID [--format md|html|txt] [--output FILE] [--final]`: drafts one
/// document from the case's answers and writes it into the case folder (private), or to FILE
/// (`-` for standard output). Writing it is a journal event; `--final` marks it final.
enum DocumentCommand: Command {
    static let name = "document"
    static let options: Set<String> = ["--practice", "--caseworker", "--format", "--output", "--final"]
    static let positionals = 2...2

    static func run(_ context: Context) throws -> ExitCode {
        let worker = try SessionFlow.caseworker(context)
        var file = try FollowUpFlow.open(context, as: worker)
        let library = try context.routines()
        let id = context.arguments.positionals[1]
        let templates = library.templates(for: file.routine.id)
        let words = DocumentList.Words.forLanguage(context.language)
        guard let template = templates.first(where: { $0.id == id }) else {
            throw UsageError(message: Template.fill(words.unknown, id, templates.map(\.id).joined(separator: ", ")), command: name)
        }
        let filler = DocumentFiller(routine: file.routine, record: file.record, timeZone: context.timeZone)
        guard filler.applies(template) else { throw UsageError(message: Template.fill(words.notApplicable, id), command: name) }
        let formatName = context.arguments.options["--format"] ?? "md"
        guard let format = DocumentFormat(rawValue: formatName == "markdown" ? "md" : formatName) else {
            throw UsageError(message: Template.fill(words.badFormat, formatName), command: name)
        }
        let draft = filler.fill(template, language: context.language, writer: worker, now: context.now,
                                isFinal: context.arguments.flags.contains("--final"))
        let output = context.arguments.options["--output"]
        if output == "-" {
            try file.recordDocument(draft, as: format, at: context.now, by: worker)
            context.console.write(DocumentRenderer.render(draft, as: format))
            return .success
        }
        if let output { try context.chosenStore.checkOutput(output) }
        let path = try file.write(draft, as: format, to: output, at: context.now, by: worker)
        context.console.line(Template.fill(draft.isFinal ? words.writtenFinal : words.written, path))
        return .success
    }
}
