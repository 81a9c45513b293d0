import Foundation
import RoutineEngine

/// `handlagg list`: the cases, most urgent first: passed deadlines, then the nearest deadline,
/// then open cases without one, closed cases last. Each row says whether the case is open or
/// closed, whether its walk is complete, its deadlines, how much is open, and who worked on it last.
enum ListCommand: Command {
    static let name = "list"
    static let options: Set<String> = ["--json", "--practice"]
    static let positionals = 0...0

    private struct Row: Encodable {
        let id: String
        let routine: String
        let opened: String
        let updated: String
        let lastWorker: String
        let closed: Bool
        let handedOverTo: String?
        /// The labels of the `standing:` questions answered yes (e.g. "Avvikit").
        let standing: [String]
        let complete: Bool
        let openQuestions: Int
        let openActions: Int
        let overdueDeadline: String?
        let nextDeadline: String?
        let nextDeadlineBasis: String?
        let alerts: Int
        /// For sorting: the passed deadline's or else the next deadline's last moment.
        let urgency: Date?
        let overdue: Bool

        enum CodingKeys: String, CodingKey {
            case id, routine, opened, updated, lastWorker, closed, handedOverTo, standing, complete, openQuestions, openActions,
                 overdueDeadline, nextDeadline, nextDeadlineBasis, alerts
        }
    }

    static func run(_ context: Context) throws -> ExitCode {
        let store = context.chosenStore
        let library = try context.routines()
        let zone = context.timeZone
        var rows: [Row] = []
        // A case that cannot be read is listed with the reason; it never hides the others.
        var unreadable: [(id: String, reason: String)] = []
        for id in try store.caseIDs() {
            let record: CaseRecord
            do {
                record = try store.record(id)
            } catch {
                unreadable.append((id.description, ErrorText.describe(error, context.language)))
                continue
            }
            let routine: Routine
            do {
                routine = try store.routine(of: record, id, in: library)
            } catch {
                unreadable.append((id.description, ErrorText.describe(error, context.language)))
                continue
            }
            let walk = Walk(routine: routine, record: record)
            let status = CaseStatus(routine: routine, record: record, timeZone: zone)
            let overdue = record.isClosed ? [] : status.overdue(at: context.now, in: zone)
            let firstOverdue = overdue.min { $0.lastMoment(in: zone) < $1.lastMoment(in: zone) }
            let next = status.nextDeadline(after: context.now, in: zone)
            let open = walk.openCount(in: record)
            rows.append(Row(id: id.description, routine: routine.id,
                            opened: Timestamp.iso(record.openedAt, in: zone), updated: Timestamp.iso(record.updatedAt, in: zone),
                            lastWorker: record.entries.last?.by ?? record.openedBy, closed: record.isClosed,
                            handedOverTo: record.handover?.text,
                            standing: status.standing.filter(\.isYes).map { $0.label(in: context.language) }, complete: open == 0, openQuestions: open,
                            openActions: status.openItems.count,
                            overdueDeadline: firstOverdue.map { "\($0.due.text(in: zone)) (\($0.rule.basis.text(in: context.language)))" },
                            nextDeadline: next.map { $0.due.text(in: zone) },
                            nextDeadlineBasis: next?.rule.basis.text(in: context.language), alerts: status.alerts.count,
                            urgency: (firstOverdue ?? next)?.lastMoment(in: zone), overdue: firstOverdue != nil))
        }
        rows.sort(by: moreUrgent)
        if context.arguments.flags.contains("--json") {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            context.console.line(String(decoding: try encoder.encode(rows), as: UTF8.self))
            // The JSON lists the readable cases; each unreadable one is named on standard error.
            for (id, reason) in unreadable { context.console.error("handlagg: \(id): \(reason)") }
            return .success
        }
        guard !rows.isEmpty || !unreadable.isEmpty else {
            context.console.line(Template.fill(context.ui.noCases, store.folder.filePath))
            return .success
        }
        let ui = context.ui
        let words = FollowUpText.forLanguage(context.language)
        let table = rows.map { row in
            [row.id, ([row.closed ? words.closedShort : words.open] + row.standing.map { $0.lowercased() }
                      + (row.handedOverTo == nil ? [] : [words.handedOverShort])).joined(separator: ", "),
             row.complete ? ui.statusComplete : Template.fill(ui.statusOpen, row.openQuestions),
             row.overdueDeadline.map { "! \($0)" } ?? ui.none,
             row.nextDeadline.map { "\($0) (\(row.nextDeadlineBasis ?? ""))" } ?? ui.none,
             String(row.openActions), row.alerts == 0 ? ui.none : "! \(row.alerts)",
             "\(String(row.updated.prefix(16)).replacingOccurrences(of: "T", with: " ")) \(row.lastWorker)",
             row.routine]
        }
        if !table.isEmpty { context.console.write(TextTable.render(header: ui.listColumns, rows: table)) }
        for (id, reason) in unreadable {
            context.console.line(context.console.warning("\(id)  ! \(reason)"))
        }
        for name in store.strayNames() {
            context.console.error("handlagg: \(store.folder.appendingPathComponent(name).filePath): "
                                  + (context.language == .english ? "ignored: not a case." : "hoppas över: inte ett ärende."))
        }
        return .success
    }

    /// Open before closed; passed deadlines first, then the soonest deadline; then the latest change.
    private static func moreUrgent(_ a: Row, _ b: Row) -> Bool {
        if a.closed != b.closed { return !a.closed }
        if a.overdue != b.overdue { return a.overdue }
        switch (a.urgency, b.urgency) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.updated > b.updated
        }
    }
}
