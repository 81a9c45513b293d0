/// The fixed words of a debrief in each language.
struct DebriefVocabulary {
    let title: String, scenario: String, caseLabel: String, participant: String, score: String, scoreOf: String
    let missed: String, noMisses: String, yourAnswer: String, expected: String, atLeast: String, or: String
    let why: String, source: String, points: String, unseenFacts: String, unseenAt: String
    let right: String, wrong: String, skipped: String, unanswered: String, notAsked: String

    static func forLanguage(_ language: Language) -> DebriefVocabulary {
        language == .english ? english : swedish
    }

    func outcome(_ outcome: Debrief.Outcome) -> String {
        switch outcome {
        case .right: right
        case .wrong: wrong
        case .skipped: skipped
        case .unanswered: unanswered
        case .notAsked: notAsked
        }
    }

    static let swedish = DebriefVocabulary(
        title: "Genomgång", scenario: "Övningsfall", caseLabel: "Övningsärende", participant: "Deltagare",
        score: "Poäng", scoreOf: "%d av %d",
        missed: "Att prata om", noMisses: "Alla nyckelfrågor besvarades som förväntat.",
        yourAnswer: "Ditt svar", expected: "Förväntat", atLeast: "minst", or: "eller",
        why: "Varför", source: "Källa", points: "poäng",
        unseenFacts: "Uppgifter som aldrig visades", unseenAt: "vid steget",
        right: "rätt", wrong: "annat svar än förväntat", skipped: "överhoppad", unanswered: "inte besvarad",
        notAsked: "ställdes aldrig – tidigare svar ledde förbi frågan")

    static let english = DebriefVocabulary(
        title: "Debrief", scenario: "Scenario", caseLabel: "Practice case", participant: "Trainee",
        score: "Score", scoreOf: "%d of %d",
        missed: "To talk about", noMisses: "Every key question was answered as expected.",
        yourAnswer: "Your answer", expected: "Expected", atLeast: "at least", or: "or",
        why: "Why", source: "Source", points: "points",
        unseenFacts: "Facts never shown", unseenAt: "at step",
        right: "right", wrong: "not the expected answer", skipped: "skipped", unanswered: "not answered",
        notAsked: "never asked – earlier answers led past it")
}
