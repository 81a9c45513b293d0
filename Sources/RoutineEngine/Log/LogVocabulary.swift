/// The fixed words of a case log in each language. Headings are stable so that other
/// commands can find the parts of a log again.
struct LogVocabulary {
    let title: String
    let caseLabel: String, routine: String, routineVersion: String, opened: String, updated: String
    let caseworkers: String, status: String, statusComplete: String, statusInProgress: String, practice: String
    let answeredOf: String
    let deadlines: String, deadline: String, due: String, basis: String, state: String
    let open: String, done: String, overdue: String, noDeadlines: String
    let decisions: String, decision: String, decidedAt: String, decidedBy: String, noDecisions: String
    let openActions: String, noOpenActions: String, unanswered: String, deadlineAction: String
    let steps: String, source: String, notAnswered: String, skipped: String, read: String, changedFrom: String
    let events: String, eventOpened: String, eventAnswered: String, eventChanged: String, eventSkipped: String
    let eventPaused: String, eventResumed: String, by: String, yes: String, no: String, scaleOf: String
    let anonymized: String, scenario: String
    let alerts: String, rules: String, ruleBroken: String, ruleConfirmed: String, ruleUnconfirmed: String, reason: String
    let derived: String, eventConfirmed: String, eventRouted: String, intake: String, chosenAtIntake: String
    let statusKey: (complete: String, inProgress: String) = ("complete", "in-progress")

    static func forLanguage(_ language: Language) -> LogVocabulary {
        language == .english ? english : swedish
    }

    static let swedish = LogVocabulary(
        title: "Ärendelogg", caseLabel: "Ärende", routine: "Rutin", routineVersion: "Rutinversion",
        opened: "Påbörjat", updated: "Senast uppdaterat", caseworkers: "Handläggare", status: "Status",
        statusComplete: "Klart: alla frågor besvarade", statusInProgress: "Pågående", practice: "ÖVNING – inte ett verkligt ärende",
        answeredOf: "%d av %d frågor besvarade eller överhoppade",
        deadlines: "Tidsfrister", deadline: "Frist", due: "Senast", basis: "Rättslig grund", state: "Status",
        open: "Öppen", done: "Klar", overdue: "Passerad", noDeadlines: "Inga tidsfrister har uppstått ännu.",
        decisions: "Beslut", decision: "Beslut", decidedAt: "Beslutstid", decidedBy: "Beslutsfattare",
        noDecisions: "Inga beslut har registrerats ännu.",
        openActions: "Öppna åtgärder", noOpenActions: "Inga öppna åtgärder.", unanswered: "Obesvarad fråga",
        deadlineAction: "Frist",
        steps: "Steg för steg", source: "Källa", notAnswered: "ej besvarad", skipped: "överhoppad", read: "Läst",
        changedFrom: "ändrat från",
        events: "Händelser", eventOpened: "Ärendet öppnat", eventAnswered: "Besvarat", eventChanged: "Ändrat svar",
        eventSkipped: "Överhoppad", eventPaused: "Pausat", eventResumed: "Återupptaget", by: "av",
        yes: "Ja", no: "Nej", scaleOf: "på skalan",
        anonymized: "Avidentifierad kopia: namn och fritext är ersatta med platshållare.", scenario: "Övningsfall",
        alerts: "Observera", rules: "Regler och bekräftade varningar", ruleBroken: "Strider mot regel",
        ruleConfirmed: "Varning bekräftad", ruleUnconfirmed: "Varning inte bekräftad", reason: "skäl",
        derived: "härlett av tidigare svar", eventConfirmed: "bekräftade varning", eventRouted: "Rutin vald vid mottagningen",
        intake: "Mottagning", chosenAtIntake: "Vald vid mottagningen")

    static let english = LogVocabulary(
        title: "Case log", caseLabel: "Case", routine: "Routine", routineVersion: "Routine version",
        opened: "Started", updated: "Last updated", caseworkers: "Caseworker", status: "Status",
        statusComplete: "Complete: every question answered", statusInProgress: "In progress", practice: "PRACTICE – not a real case",
        answeredOf: "%d of %d questions answered or skipped",
        deadlines: "Deadlines", deadline: "Deadline", due: "Due", basis: "Legal basis", state: "Status",
        open: "Open", done: "Done", overdue: "Passed", noDeadlines: "No deadlines have arisen yet.",
        decisions: "Decisions", decision: "Decision", decidedAt: "Decided at", decidedBy: "Decided by",
        noDecisions: "No decisions have been recorded yet.",
        openActions: "Open actions", noOpenActions: "No open actions.", unanswered: "Unanswered question",
        deadlineAction: "Deadline",
        steps: "Step by step", source: "Source", notAnswered: "not answered", skipped: "skipped", read: "Read",
        changedFrom: "changed from",
        events: "Events", eventOpened: "Case opened", eventAnswered: "Answered", eventChanged: "Changed answer",
        eventSkipped: "Skipped", eventPaused: "Paused", eventResumed: "Resumed", by: "by",
        yes: "Yes", no: "No", scaleOf: "on the scale",
        anonymized: "Anonymised copy: names and free text are replaced with placeholders.", scenario: "Scenario",
        alerts: "Alerts", rules: "Rules and confirmed warnings", ruleBroken: "Breaks a rule",
        ruleConfirmed: "Warning confirmed", ruleUnconfirmed: "Warning not confirmed", reason: "reason",
        derived: "derived from earlier answers", eventConfirmed: "confirmed warning", eventRouted: "Routine chosen at intake",
        intake: "Intake", chosenAtIntake: "Chosen at intake")
}
