import Foundation
import RoutineEngine

/// What a practice session adds to an ordinary one: the scenario's facts when their step begins,
/// its simulated clock, and the debrief at the end.
struct PracticeGuide {
    let scenario: Scenario
    let clock: ScenarioClock?

    init(scenario: Scenario, routine: Routine, context: Context) {
        self.scenario = scenario
        clock = ScenarioClock(scenario: scenario, routine: routine, today: Timestamp.date(context.now, in: context.timeZone),
                              timeZone: context.timeZone)
    }

    /// The moment an answer given in step `stepID` is recorded at.
    func now(atStep stepID: String, _ context: Context) -> Date {
        clock?.time(atStep: stepID) ?? context.now
    }

    /// Prints the vignette, before the first question.
    func introduce(_ context: Context) {
        let words = PracticeText.forLanguage(context.language)
        context.console.line()
        context.console.line(context.console.bold(words.vignette + ": " + scenario.title.text(in: context.language)))
        context.console.prose(scenario.vignette.text(in: context.language))
        if let clock {
            context.console.line(context.console.dim(Template.fill(words.clockStarts, time(clock.start, context))))
        }
    }

    /// Prints the facts revealed as `step` begins, and the simulated time if it moved on.
    func announce(_ step: Step, _ context: Context) {
        let words = PracticeText.forLanguage(context.language)
        let facts = scenario.facts.filter { $0.stepID == step.id }
        if let clock, facts.contains(where: { $0.clock != nil }) {
            context.console.line(context.console.dim(Template.fill(words.clockNow, time(clock.time(atStep: step.id), context))))
        }
        for fact in facts {
            context.console.line(context.console.warning("» \(words.newFact):"))
            context.console.prose(fact.text.text(in: context.language))
        }
    }

    /// Scores the case, saves the debrief next to its log and returns it as Markdown.
    func debrief(_ file: CaseFile, _ context: Context) throws(HandlaggError) -> (debrief: Debrief, markdown: String) {
        let debrief = Debrief(scenario: scenario, routine: file.routine, record: file.record)
        let markdown = DebriefRenderer(debrief: debrief, routine: file.routine, record: file.record,
                                       language: context.language, timeZone: context.timeZone).render()
        try file.saveDebrief(markdown)
        return (debrief, markdown)
    }

    /// Prints the debrief and where it is saved.
    func showDebrief(_ file: CaseFile, _ context: Context) {
        do {
            let (_, markdown) = try debrief(file, context)
            context.console.line()
            context.console.line(markdown)
            context.console.line(context.console.dim(Template.fill(PracticeText.forLanguage(context.language).debriefSaved, file.debriefURL.filePath)))
        } catch {
            context.console.error("handlagg: \(ErrorText.describe(error, context.language))")
        }
    }

    private func time(_ date: Date, _ context: Context) -> String {
        String(Timestamp.minute(date, in: context.timeZone).suffix(5))
    }
}
