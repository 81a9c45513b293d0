import Foundation
import RoutineEngine

/// What interactive `resume` offers on a case whose walk is complete: the follow-up actions of
/// `done`, `note`, `change`, `handover`, `close` and `reopen`, one at a time, each saved at once.
struct FollowUpMenu {
    var file: CaseFile
    let context: Context
    let worker: String

    private var console: Console { context.console }
    private var words: FollowUpText { FollowUpText.forLanguage(context.language) }

    mutating func run() -> ExitCode {
        while true {
            FollowUpFlow.show(file, context: context)
            console.line()
            console.line(words.menu)
            console.write(words.menuPrompt)
            guard let choice = console.readLine()?.trimmingCharacters(in: .whitespaces) else { return .success }
            do {
                switch choice {
                case "1":
                    guard let item = ask(words.itemPrompt), let when = ask(words.atPrompt, allowEmpty: true) else { return .success }
                    let doneAt = try FollowUpFlow.moment(when, context: context)
                    try file.markDone(item, doneAt: doneAt, at: context.now, by: worker)
                    console.line(Template.fill(words.recordedDone, item, Timestamp.display(doneAt, in: context.timeZone)))
                case "2":
                    guard let text = ask(words.textPrompt) else { return .success }
                    try file.followUp(.note, text: text, at: context.now, by: worker)
                    console.line(words.recordedNote)
                case "3":
                    guard !file.record.isClosed else { throw HandlaggError.followUp(.caseClosed) }
                    // Every question the case asked, numbered, with its answer now; a number or an id picks one.
                    let questions = file.walk.questions.filter { $0.kind != .acknowledgement }
                    for (number, question) in questions.enumerated() {
                        let answer = file.walk.answers[question.id].map {
                            AnswerText.describe($0, for: question, in: context.language, timeZone: context.timeZone)
                        } ?? "–"
                        console.item("  \(number + 1)) ", "\(question.text.text(in: context.language)): \(answer)  [\(question.id)]")
                    }
                    guard let typed = ask(words.questionPrompt) else { return .success }
                    let picked = Int(typed).flatMap { questions.indices.contains($0 - 1) ? questions[$0 - 1].id : nil } ?? typed
                    guard file.walk.position(of: picked) != nil else {
                        if !typed.isEmpty { console.caution(Template.fill(words.unknownPick, typed, String(questions.count))) }
                        continue
                    }
                    let id = picked
                    var runner = SessionRunner(file: file, context: context, worker: worker, only: id)
                    _ = runner.run()
                    file = runner.file
                case "4":
                    guard let to = ask(words.toPrompt) else { return .success }
                    try file.followUp(.handedOver, text: to, at: context.now, by: worker)
                    console.line(Template.fill(words.recordedHandover, to))
                case "5":
                    guard let summary = ask(words.summaryPrompt) else { return .success }
                    try file.followUp(.closed, text: summary, at: context.now, by: worker)
                    console.line(words.recordedClosing)
                    FollowUpFlow.remindOfOpenItems(file, context)
                case "6":
                    guard let reason = ask(words.reasonPrompt) else { return .success }
                    try file.followUp(.reopened, text: reason, at: context.now, by: worker)
                    console.line(words.recordedReopening)
                case "q", "Q", "":
                    return .success
                default:
                    continue
                }
            } catch let error as HandlaggError {
                console.caution(ErrorText.describe(error, context.language))
            } catch let error as UsageError {
                console.caution(error.message(in: context.language))
            } catch {
                console.caution("\(error)")
            }
            console.line()
        }
    }

    /// A typed line, trimmed; nil when the input ends (or, unless allowed, when it is empty).
    private func ask(_ prompt: String, allowEmpty: Bool = false) -> String? {
        console.write(prompt)
        guard let typed = console.readLine()?.trimmingCharacters(in: .whitespaces) else { return nil }
        return typed.isEmpty && !allowEmpty ? nil : typed
    }
}
