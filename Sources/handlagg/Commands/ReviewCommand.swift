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
        let json = context.arguments.flags.contains("--json")
        let now = context.now
        let (files, ignored) = LogReview.logFiles(at: context.arguments.positionals)
        ErrorText.report(ignored, context)
        var reports: [Report] = []
        var withFindings = 0
        var text: [UInt8] = []
        for (path, read) in zip(files, CaseLogReader.readAll(files, for: .review)) {
            let outcome = outcome(of: path, read: read, now: now, json: json, context: context)
            if !outcome.clean { withFindings += 1 }
            if let report = outcome.report { reports.append(report) }
            text += outcome.text
        }
        if !json { context.console.write(bytes: text) }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            context.console.line(String(decoding: try encoder.encode(reports), as: UTF8.self))
        } else {
            context.console.line(english ? "\(files.count) logs, \(withFindings) with findings."
                                         : "\(files.count) loggar, \(withFindings) med anmärkningar.")
        }
        return withFindings == 0 ? .success : .failure
    }

    /// What one log came to: whether it is clean, and its part of the text or JSON report.
    private struct Outcome {
        var clean = false
        var text: [UInt8] = []
        var report: Report?
    }

    private static func outcome(of path: String, read: Result<CaseLogSummary, LogReadError>, now: Date, json: Bool,
                                context: Context) -> Outcome {
        let english = context.language == .english
        func t(_ sv: String, _ en: String) -> String { english ? en : sv }
        var outcome = Outcome()
        func put(_ text: String) { outcome.text.append(contentsOf: text.utf8) }
        let review: LogReview
        do {
            review = LogReview(try read.get(), now: now, timeZone: context.timeZone)
        } catch {
            if json {
                outcome.report = Report(path: path, caseID: nil, clean: false, error: error.description, findings: [])
            } else {
                put("\(path): \(t("kan inte läsas", "cannot be read")): \(error.description)\n")
            }
            return outcome
        }
        outcome.clean = review.isClean
        if json {
            outcome.report = Report(path: path, caseID: review.summary.caseID, clean: review.isClean, error: nil,
                                    findings: review.findings.map { fields($0, context) })
            return outcome
        }
        let status = review.isClean ? t("komplett och i tid", "complete and on time") : t("har anmärkningar", "has findings")
        put(context.console.bold(review.summary.caseID + " – " + status))
        put(" (")
        put(path)
        put(")\n")
        for finding in review.findings {
            put(finding.isProblem ? "  ! " : "  - ")
            write(finding, context, into: &outcome.text)
            put("\n")
        }
        return outcome
    }

    /// A finding in words, for people.
    private static func text(_ finding: LogReview.Finding, _ context: Context) -> String {
        var bytes: [UInt8] = []
        write(finding, context, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A finding in words, written piece by piece as UTF-8 (the text report appends thousands).
    private static func write(_ finding: LogReview.Finding, _ context: Context, into bytes: inout [UInt8]) {
        let english = context.language == .english
        func put(_ pieces: String...) { for piece in pieces { bytes.append(contentsOf: piece.utf8) } }
        func t(_ sv: String, _ en: String) -> String { english ? en : sv }
        func due(_ deadline: CaseLogSummary.DeadlineFact) -> String { deadline.due.text(in: context.timeZone) }
        switch finding {
        case .missing(_, let text):
            put(t("Obesvarad obligatorisk fråga: ", "Required question not answered: "), text)
        case .skipped(_, let text, let reason):
            put(t("Överhoppad: ", "Skipped: "), text, t(" – skäl: ", " – reason: "), reason)
        case .overdue(let deadline):
            put(t("Passerad frist: ", "Deadline passed: "), deadline.text, t(", senast ", ", due "), due(deadline), " (", deadline.basis, ")")
        case .dueSoon(let deadline):
            put(t("Frist inom 48 timmar: ", "Deadline within 48 hours: "), deadline.text, t(", senast ", ", due "), due(deadline),
                " (", deadline.basis, ")")
        case .metLate(let deadline):
            put(t("Frist uppfylld för sent: ", "Deadline met late: "), deadline.text, t(", senast ", ", due "), due(deadline),
                t(", utfört ", ", done "), deadline.doneAt.map { Timestamp.display($0, in: context.timeZone) } ?? "", " (", deadline.basis, ")")
        case .stale(let days):
            put(t("Öppet ärende utan uppföljning på \(days) dagar (mer än 7).", "Open case with no follow-up for \(days) days (more than 7)."))
        case .closedWithOpenActions(let count):
            put(t("Stängt ärende med \(count) öppna åtgärder.", "Closed case with \(count) open actions."))
        case .decision(let decision):
            put(t("Beslut: ", "Decision: "), decision.what, " – ", decision.basis, ", ",
                Timestamp.display(decision.at, in: context.timeZone), ", ", decision.by)
        case .openAction(let text):
            put(t("Öppen åtgärd: ", "Open action: "), text)
        case .brokenRule(let rule):
            put(t("Strider mot regel ", "Breaks rule "), rule.id, ": ", rule.message, " (", rule.basis, ")")
        case .confirmedWarning(let rule):
            put(t("Varning bekräftad av ", "Warning confirmed by "), rule.by, " (", rule.id, "): ", rule.message, " (", rule.basis, ")",
                t(" – skäl: ", " – reason: "), rule.reason)
        case .alert(let text):
            put(t("Observera: ", "Alert: "), text)
        case .oldChecksum:
            put(t("Loggen har det äldre kontrollmärket mix64, inte SHA-256 (det stämmer).",
                  "The log carries the older mix64 mark, not SHA-256 (it matches)."))
        case .noChecksum:
            put(t("Loggen saknar kontrollsumma, så ändringar kan inte upptäckas.", "The log has no checksum, so changes cannot be noticed."))
        case .changedAfterWriting:
            put(t("Loggen har ändrats efter att den skrevs (kontrollsumman stämmer inte).",
                  "The log was changed after it was written (the checksum does not match)."))
        }
    }

    /// A finding for scripts: its kind, severity, the facts behind it and the text.
    private static func fields(_ finding: LogReview.Finding, _ context: Context) -> [String: String] {
        var fields = ["severity": finding.isProblem ? "problem" : "note", "text": text(finding, context)]
        func due(_ deadline: CaseLogSummary.DeadlineFact) -> String { deadline.due.text(in: context.timeZone) }
        switch finding {
        case .missing(let id, _):
            fields.merge(["kind": "missing", "question": id]) { $1 }
        case .skipped(let id, _, let reason):
            fields.merge(["kind": "skipped", "question": id, "reason": reason]) { $1 }
        case .overdue(let deadline):
            fields.merge(["kind": "overdue", "deadline": deadline.id, "due": due(deadline), "basis": deadline.basis]) { $1 }
        case .dueSoon(let deadline):
            fields.merge(["kind": "due-soon", "deadline": deadline.id, "due": due(deadline), "basis": deadline.basis]) { $1 }
        case .metLate(let deadline):
            fields.merge(["kind": "met-late", "deadline": deadline.id, "due": due(deadline), "basis": deadline.basis,
                          "done": deadline.doneAt.map { Timestamp.iso($0, in: context.timeZone) } ?? ""]) { $1 }
        case .stale(let days):
            fields.merge(["kind": "stale", "days": String(days)]) { $1 }
        case .closedWithOpenActions(let count):
            fields.merge(["kind": "closed-with-open-actions", "count": String(count)]) { $1 }
        case .decision(let decision):
            fields.merge(["kind": "decision", "question": decision.id, "choice": decision.choice, "basis": decision.basis,
                          "at": Timestamp.iso(decision.at, in: context.timeZone), "by": decision.by]) { $1 }
        case .openAction:
            fields["kind"] = "open-action"
        case .brokenRule(let rule):
            fields.merge(["kind": "broken-rule", "rule": rule.id, "basis": rule.basis]) { $1 }
        case .confirmedWarning(let rule):
            fields.merge(["kind": "confirmed-warning", "rule": rule.id, "basis": rule.basis, "reason": rule.reason, "by": rule.by]) { $1 }
        case .alert:
            fields["kind"] = "alert"
        case .noChecksum:
            fields["kind"] = "no-checksum"
        case .oldChecksum:
            fields["kind"] = "old-checksum"
        case .changedAfterWriting:
            fields["kind"] = "changed"
        }
        return fields
    }
}
