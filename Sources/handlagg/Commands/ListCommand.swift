import Foundation
import RoutineEngine

/// `handlagg list`: the cases with their status and next deadline.
enum ListCommand: Command {
    static let name = "list"
    static let options: Set<String> = ["--json", "--practice"]
    static let positionals = 0...0

    private struct Row: Encodable {
        let id: String
        let routine: String
        let opened: String
        let updated: String
        let complete: Bool
        let openQuestions: Int
        let nextDeadline: String?
        let nextDeadlineBasis: String?
    }

    static func run(_ context: Context) throws -> ExitCode {
        let store = context.chosenStore
        let library = try context.routines()
        var rows: [Row] = []
        for id in try store.caseIDs() {
            let record = try store.record(id)
            guard let routine = try? library.routine(record.routineID) else { continue }
            let walk = Walk(routine: routine, record: record)
            let open = walk.openCount(in: record)
            let next = Deadline.all(routine: routine, record: record, timeZone: context.timeZone)
                .filter { !$0.isDone }
                .min { $0.lastMoment(in: context.timeZone) < $1.lastMoment(in: context.timeZone) }
            rows.append(Row(id: id.description, routine: routine.id,
                            opened: Timestamp.iso(record.openedAt, in: context.timeZone),
                            updated: Timestamp.iso(record.updatedAt, in: context.timeZone),
                            complete: open == 0, openQuestions: open,
                            nextDeadline: next.map { $0.due.text(in: context.timeZone) },
                            nextDeadlineBasis: next?.rule.basis.text(in: context.language)))
        }
        if context.arguments.flags.contains("--json") {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            context.console.line(String(decoding: try encoder.encode(rows), as: UTF8.self))
            return .success
        }
        guard !rows.isEmpty else {
            context.console.line(Template.fill(context.ui.noCases, store.folder.filePath))
            return .success
        }
        let ui = context.ui
        let table = rows.map { row in
            [row.id, String(row.opened.prefix(16)).replacingOccurrences(of: "T", with: " "),
             row.complete ? ui.statusComplete : Template.fill(ui.statusOpen, row.openQuestions),
             row.nextDeadline.map { "\($0) (\(row.nextDeadlineBasis ?? ""))" } ?? ui.none, row.routine]
        }
        context.console.write(TextTable.render(header: ui.listColumns, rows: table))
        return .success
    }
}
