import Foundation
import RoutineEngine

/// `handlagg repair CASE`: recovers a journal damaged in the middle. Keeps every complete entry,
/// sets the other lines aside in a file beside the journal, and says what it did.
enum RepairCommand: Command {
    static let name = "repair"
    static let options: Set<String> = ["--practice", "--caseworker"]
    static let positionals = 1...1

    static func run(_ context: Context) throws -> ExitCode {
        let worker = try SessionFlow.caseworker(context)
        let id = try CaseID(parsing: context.arguments.positionals[0])
        let report = try context.chosenStore.repair(id, by: worker, at: context.now)
        // Opening the case rewrites its log from the repaired journal.
        if !report.changedNothing { _ = try context.chosenStore.open(id, routines: context.routines(), by: worker, at: context.now) }
        let english = context.language == .english
        guard !report.changedNothing else {
            context.console.line(english ? "The journal of \(id) is whole (\(report.kept) entries); nothing was changed."
                                         : "Journalen för \(id) är hel (\(report.kept) poster); inget har ändrats.")
            return .success
        }
        context.console.line(english ? "Kept \(report.kept) entries of \(id)." : "Behöll \(report.kept) poster i \(id).")
        for line in report.setAside {
            context.console.line(english ? "  line \(line.number) set aside: \(line.reason)" : "  rad \(line.number) lagd åt sidan: \(line.reason)")
        }
        if !report.blankLines.isEmpty {
            let numbers = report.blankLines.map(String.init).joined(separator: ", ")
            context.console.line(english ? "  blank lines dropped: \(numbers)" : "  tomma rader borttagna: \(numbers)")
        }
        if report.renumbered {
            context.console.line(english ? "  the entries after a set-aside line are numbered again, in the order written"
                                         : "  posterna efter en bortlagd rad är numrerade om, i den ordning de skrevs")
        }
        context.console.line(english ? "The set-aside lines, exactly as they were: \(report.setAsideFile ?? "")"
                                     : "De bortlagda raderna, exakt som de var: \(report.setAsideFile ?? "")")
        context.console.line(english ? "The journal before the repair: \(report.originalCopy ?? "")"
                                     : "Journalen före reparationen: \(report.originalCopy ?? "")")
        context.console.line(english ? "The repair is recorded as a note in the case. Read the set-aside lines and enter again what is still needed."
                                     : "Reparationen är antecknad i ärendet. Läs de bortlagda raderna och för in det som fortfarande behövs.")
        return .success
    }
}
