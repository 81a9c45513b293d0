/// The fixed words of a case log in each language. Headings are stable so that other
/// commands can find the parts of a log again.
struct LogVocabulary {
    let title: String
    let caseLabel: String, routine: String, routineVersion: String, opened: String, updated: String
    let caseworkers: String, practice: String
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
    let retired: String, retiredAnswers: String
    let standing: String, standingAsOf: String, caseState: String, caseOpen: String, caseClosed: String, walk: String
    let walkComplete: String, walkInProgress: String, nextDeadline: String, overdueDeadlines: String, openActionCount: String
    let handedOver: String, handoverNotRecorded: String, none: String, alertCount: String, seeBelow: String, followUps: String, closingSummary: String
    let eventDocument: String, documentDraft: String, documentFinal: String, documentsMade: String
    let eventDone: String, eventNote: String, eventHandedOver: String, eventClosed: String, eventReopened: String, doneAt: String
    let statusKey: (complete: String, inProgress: String) = ("complete", "in-progress")

    static func forLanguage(_ language: Language) -> LogVocabulary {
        language == .english ? english : swedish
    }

    static let swedish = LogVocabulary(
        title: "Ärendelogg", caseLabel: "Ärende", routine: "Rutin", routineVersion: "Rutinversion",
        opened: "Påbörjat", updated: "Senast uppdaterat", caseworkers: "Handläggare", practice: "ÖVNING – inte ett verkligt ärende",
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
        intake: "Mottagning", chosenAtIntake: "Vald vid mottagningen",
        retired: "svaret som det gavs; alternativet finns inte längre i rutinen",
        retiredAnswers: "Svar på frågor som inte längre finns i rutinen",
        standing: "Läge", standingAsOf: "vid senaste uppdateringen, %@", caseState: "Ärendet", caseOpen: "Öppet",
        caseClosed: "Stängt %@ av %@", walk: "Genomgången", walkComplete: "Klar: alla frågor besvarade",
        walkInProgress: "Pågår: %d av %d frågor besvarade eller överhoppade", nextDeadline: "Nästa frist",
        overdueDeadlines: "Passerade frister", openActionCount: "Öppna åtgärder", handedOver: "Överlämnat",
        handoverNotRecorded: "ingen överlämning registrerad med 'handlagg handover'", none: "inga",
        alertCount: "Observera", seeBelow: "se nedan", followUps: "Uppföljning", closingSummary: "Avslutande sammanfattning",
        eventDocument: "Dokument skrivet", documentDraft: "utkast", documentFinal: "slutligt", documentsMade: "Dokument",
        eventDone: "Utfört", eventNote: "Anteckning", eventHandedOver: "Överlämnat till", eventClosed: "Ärendet stängt",
        eventReopened: "Ärendet öppnat igen", doneAt: "utfört")

    static let english = LogVocabulary(
        title: "Case log", caseLabel: "Case", routine: "Routine", routineVersion: "Routine version",
        opened: "Started", updated: "Last updated", caseworkers: "Caseworkers", practice: "PRACTICE – not a real case",
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
        intake: "Intake", chosenAtIntake: "Chosen at intake",
        retired: "the answer as given; the option is no longer in the routine",
        retiredAnswers: "Answers to questions no longer in the routine",
        standing: "Where the case stands", standingAsOf: "as of the last update, %@", caseState: "Case", caseOpen: "Open",
        caseClosed: "Closed %@ by %@", walk: "Walk", walkComplete: "Complete: every question answered",
        walkInProgress: "In progress: %d of %d questions answered or skipped", nextDeadline: "Next deadline",
        overdueDeadlines: "Passed deadlines", openActionCount: "Open actions", handedOver: "Handed over",
        handoverNotRecorded: "no handover recorded with 'handlagg handover'", none: "none",
        alertCount: "Alerts", seeBelow: "see below", followUps: "Follow-up", closingSummary: "Closing summary",
        eventDocument: "Document written", documentDraft: "draft", documentFinal: "final", documentsMade: "Documents",
        eventDone: "Done", eventNote: "Note", eventHandedOver: "Handed over to", eventClosed: "Case closed",
        eventReopened: "Case reopened", doneAt: "done")
}
