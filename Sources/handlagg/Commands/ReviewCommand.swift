import Foundation
import RoutineEngine

/// `handlagg review PATH...`: reads exported logs and reports, for each, what is missing, late,
/// decided and still open. Exit 0 when every log is complete, on time and unchanged; 1 otherwise.
enum ReviewCommand: Command {
    static let name = "review"
    static let options: Set<String> = ["--json"]
    static let positionals = 1...Int.max

    private struct Report: Encodable {
        let path: String
        let caseID: String?
        let clean: Bool
        let error: String?
        let findings: [[String: String]]
    }

    static func run(_ context: Context) throws -> ExitCode {
        let english = context.language == .english
        func t(_ sv: String, _ en: String) -> String { english ? en : sv }
        var reports: [Report] = []
        for path in LogReview.logFiles(at: context.arguments.positionals) {
            do {
                let review = LogReview(try CaseLogReader.read(path: path), now: context.now, timeZone: context.timeZone)
                reports.append(Report(path: path, caseID: review.summary.caseID, clean: review.isClean, error: nil,
                                      findings: review.findings.map { describe($0, context) }))
            } catch {
                reports.append(Report(path: path, caseID: nil, clean: false, error: error.description, findings: []))
            }
        }
        if context.arguments.flags.contains("--json") {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            context.console.line(String(decoding: try encoder.encode(reports), as: UTF8.self))
        } else {
            var output: [String] = []
            for report in reports {
                if let error = report.error {
                    output.append("\(report.path): \(t("kan inte läsas", "cannot be read")): \(error)")
                    continue
                }
                let status = report.clean ? t("komplett och i tid", "complete and on time") : t("har anmärkningar", "has findings")
                output.append(context.console.bold("\(report.caseID ?? "") – \(status)") + " (\(report.path))")
                for finding in report.findings {
                    output.append("  \(finding["severity"] == "problem" ? "!" : "-") \(finding["text"] ?? "")")
                }
            }
            let problems = reports.filter { !$0.clean }.count
            output.append(t("\(reports.count) loggar, \(problems) med anmärkningar.", "\(reports.count) logs, \(problems) with findings."))
            context.console.lines(output)
        }
        return reports.allSatisfy(\.clean) ? .success : .failure
    }

    private static func describe(_ finding: LogReview.Finding, _ context: Context) -> [String: String] {
        let english = context.language == .english
        func t(_ sv: String, _ en: String) -> String { english ? en : sv }
        let severity = finding.isProblem ? "problem" : "note"
        func due(_ deadline: CaseLogSummary.DeadlineFact) -> String { deadline.due.text(in: context.timeZone) }
        switch finding {
        case .missing(let id, let text):
            return ["kind": "missing", "severity": severity, "question": id, "text": t("Obesvarad obligatorisk fråga: ", "Required question not answered: ") + text]
        case .skipped(let id, let text, let reason):
            return ["kind": "skipped", "severity": severity, "question": id, "reason": reason,
                    "text": t("Överhoppad: \(text) – skäl: \(reason)", "Skipped: \(text) – reason: \(reason)")]
        case .overdue(let deadline):
            return ["kind": "overdue", "severity": severity, "deadline": deadline.id, "due": due(deadline), "basis": deadline.basis,
                    "text": t("Passerad frist: \(deadline.text), senast \(due(deadline)) (\(deadline.basis))",
                              "Deadline passed: \(deadline.text), due \(due(deadline)) (\(deadline.basis))")]
        case .dueSoon(let deadline):
            return ["kind": "due-soon", "severity": severity, "deadline": deadline.id, "due": due(deadline), "basis": deadline.basis,
                    "text": t("Frist inom 48 timmar: \(deadline.text), senast \(due(deadline)) (\(deadline.basis))",
                              "Deadline within 48 hours: \(deadline.text), due \(due(deadline)) (\(deadline.basis))")]
        case .decision(let decision):
            return ["kind": "decision", "severity": severity, "question": decision.id, "choice": decision.choice, "basis": decision.basis,
                    "at": Timestamp.iso(decision.at, in: context.timeZone), "by": decision.by,
                    "text": t("Beslut: \(decision.what) – \(decision.basis), \(Timestamp.display(decision.at, in: context.timeZone)), \(decision.by)",
                              "Decision: \(decision.what) – \(decision.basis), \(Timestamp.display(decision.at, in: context.timeZone)), \(decision.by)")]
        case .openAction(let text):
            return ["kind": "open-action", "severity": severity, "text": t("Öppen åtgärd: ", "Open action: ") + text]
        case .noChecksum:
            return ["kind": "no-checksum", "severity": severity,
                    "text": t("Loggen saknar kontrollsumma, så ändringar kan inte upptäckas.", "The log has no checksum, so changes cannot be noticed.")]
        case .changedAfterWriting:
            return ["kind": "changed", "severity": severity,
                    "text": t("Loggen har ändrats efter att den skrevs (kontrollsumman stämmer inte).",
                              "The log was changed after it was written (the checksum does not match).")]
        }
    }
}
