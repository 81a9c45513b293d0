import RoutineEngine

/// The words of practice sessions in Swedish and English.
struct PracticeText {
    let opened, vignette, newFact, clockStarts, clockNow, debriefSaved, trainee: String
    let listColumns: [String]
    let noScenarios, listHint: String

    static func forLanguage(_ language: Language) -> PracticeText {
        language == .english ? english : swedish
    }

    static let swedish = PracticeText(
        opened: "ÖVNING %@: %@ (övningsärende %@). Övningar hålls åtskilda från riktiga ärenden och räknas aldrig i statistiken.",
        vignette: "Fallet",
        newFact: "Ny uppgift",
        clockStarts: "Övningen börjar klockan %@ (simulerad tid).",
        clockNow: "Klockan är nu %@ (simulerad tid).",
        debriefSaved: "Genomgången är sparad i %@",
        trainee: "Övningsdeltagare",
        listColumns: ["Övningsfall", "Titel", "Rutin", "Nyckelfrågor", "Maxpoäng"],
        noScenarios: "Det finns inga övningsfall.",
        listHint: "Starta ett övningsfall med: handlagg practice ÖVNINGSFALL")

    static let english = PracticeText(
        opened: "PRACTICE %@: %@ (practice case %@). Practice is kept apart from real cases and never counted in statistics.",
        vignette: "The case",
        newFact: "New information",
        clockStarts: "The practice starts at %@ (simulated time).",
        clockNow: "The time is now %@ (simulated time).",
        debriefSaved: "The debrief is saved in %@",
        trainee: "Trainee",
        listColumns: ["Scenario", "Title", "Routine", "Key questions", "Maximum score"],
        noScenarios: "There are no practice scenarios.",
        listHint: "Start a scenario with: handlagg practice SCENARIO")
}
