import RoutineEngine

/// The interface's own words in Swedish and English (routine content comes from step files).
struct UIText {
    let caseworkerPrompt, caseworkerMissing, opened, resumed, logAt: String
    let step, question, commands, commandsRequired, currentAnswer: String
    let hintYesNo, hintChoice, hintMulti, hintActions, hintText, hintDateTime, hintList, hintScale, hintRead: String
    let empty, notAChoice, notYesNo, notOnScale, notADateTime, inTheFuture, oneChoiceOnly, controlCharacter, invalidUTF8: String
    let newDeadline, legalReview: String
    let answersStopped, pausedUnsaved, required, skipReason, noGuidance, guidance, sources, atStart, paused, inputEnded, lineTooLong, interrupted, complete, stillOpen, deadlinesHeader: String
    let saveFailed, logFailed, routineChanged, repairedJournal, answersApplied, answersUnused, skippedNote: String
    let refused, refusedHint, warning, confirmPrompt, confirmed, alert, leftBlank, routed: String
    let listColumns: [String]
    let noCases, statusComplete, statusOpen, none, lintSummary: String

    static func forLanguage(_ language: Language) -> UIText {
        language == .english ? english : swedish
    }

    static let swedish = UIText(
        caseworkerPrompt: "Handläggare (ditt namn): ",
        caseworkerMissing: "Ingen handläggare angiven. Ange namnet med --caseworker NAMN.",
        opened: "Nytt ärende %@ (%@).",
        resumed: "Återupptar ärende %@ (%@).",
        logAt: "Loggen sparas löpande i %@",
        step: "Steg %d av %d", question: "fråga %d av %d",
        commands: "? vägledning · < tillbaka · Enter eller - hoppa över · q pausa",
        commandsRequired: "? vägledning · < tillbaka · q pausa",
        currentAnswer: "Nuvarande svar: %@ (Enter behåller det)",
        hintYesNo: "Svara j (ja) eller n (nej).",
        hintChoice: "Svara med ett nummer, 1–%d.",
        hintMulti: "Ett eller flera nummer, t.ex. 1,3 – eller 'inga'.",
        hintActions: "Vilka är gjorda? Nummer, t.ex. 1,3 – 'alla' eller 'inga'. Resten blir öppna åtgärder.",
        hintText: "Skriv svaret på en rad.",
        hintDateTime: "Skriv 'nu', en tid (03:15) eller datum och tid (2026-11-22 03:15).",
        hintList: "En post per rad; avsluta med en tom rad.",
        hintScale: "Ett heltal från %d till %d.",
        hintRead: "Tryck Enter när du har läst (? visar vägledningen).",
        empty: "Ett svar behövs här.",
        notAChoice: "«%@» är inte ett av alternativen 1–%d.",
        notYesNo: "«%@» är varken ja eller nej.",
        notOnScale: "«%@» är inte ett heltal från %d till %d.",
        notADateTime: "«%@» kan inte läsas som en tidpunkt.",
        inTheFuture: "«%@» ligger i framtiden.",
        oneChoiceOnly: "Välj ett enda alternativ.",
        controlCharacter: "Texten innehåller ett styrtecken (%@) som kan störa skärmen eller loggen; skriv den igen utan det.",
        invalidUTF8: "Texten innehåller tecken som inte är giltig UTF-8 (kontrollera terminalens teckenkodning); skriv den igen.",
        newDeadline: "Ny tidsfrist", legalReview: "juridiskt granskad",
        answersStopped: "Svarsfilen kunde inte läsas till slut. Svaren före felet är sparade och ärendet är pausat; rätta filen och fortsätt med: handlagg resume %@ --answers FIL",
        pausedUnsaved: "Pausat. Allt du svarat före det senaste svaret är sparat; det senaste kunde inte sparas, skriv det igen när du fortsätter med: handlagg resume %@",
        required: "Frågan är obligatorisk och kan inte hoppas över.",
        skipReason: "Varför hoppas frågan över? ",
        noGuidance: "Steget har ingen vägledning.",
        guidance: "Vägledning", sources: "Källa",
        atStart: "Det här är den första frågan.",
        paused: "Pausat. Allt du har svarat är sparat. Fortsätt med: handlagg resume %@",
        inputEnded: "Indata tog slut med %@ obligatoriska frågor obesvarade (slutkod 3).",
        lineTooLong: "Raden är för lång för terminalen (högst 4 095 tecken på en rad) och slutet har kapats; inget är sparat. Dela upp texten, eller fyll i den med --answers.",
        interrupted: "Avbrutet. Allt du har svarat är sparat. Fortsätt med: handlagg resume %@",
        complete: "Alla frågor är besvarade. Loggen: %@",
        stillOpen: "Ärendet är fortfarande öppet, med %@ öppna åtgärder och frister. Se dem med: handlagg status %@",
        deadlinesHeader: "Tidsfrister:",
        saveFailed: "Svaret kunde inte sparas: %@\nDitt svar, som inte är sparat: «%@»\nTryck Enter för att försöka spara igen, eller q för att pausa.",
        logFailed: "Varning: loggen kunde inte skrivas om: %@ Svaret är sparat i journalen.",
        routineChanged: "Obs: rutinen har ändrats sedan ärendet öppnades (version %@, nu %@).",
        repairedJournal: "Obs: en ofullständig sista rad i journalen (ett avbrutet skrivande) togs bort.",
        answersApplied: "%d svar lästes från %@.",
        answersUnused: "Användes inte, eftersom frågan inte visas i det här ärendet: %@",
        skippedNote: "Överhoppad.",
        refused: "Svaret kan inte tas emot: %@ (%@)",
        refusedHint: "Svara på nytt, eller gå tillbaka med < och ändra ett tidigare svar.",
        warning: "Varning: %@ (%@)",
        confirmPrompt: "Skriv skälet till att svaret ska gälla ändå (det sparas i loggen), eller tryck Enter för att svara på nytt: ",
        confirmed: "Varningen är bekräftad och skälet sparat.",
        alert: "OBSERVERA",
        leftBlank: "lämnad tom",
        routed: "Rutinen som gäller: %@",
        listColumns: ["Ärende", "Läge", "Genomgång", "Passerad frist", "Nästa frist", "Öppna", "Obs.", "Senast", "Rutin"],
        noCases: "Inga ärenden i %@.",
        statusComplete: "klar", statusOpen: "%d frågor kvar", none: "–",
        lintSummary: "%d rutiner, %d steg, %d frågor, %d dokumentmallar, %d övningsfall: %d fel, %d varningar.")

    static let english = UIText(
        caseworkerPrompt: "Caseworker (your name): ",
        caseworkerMissing: "No caseworker given. Give the name with --caseworker NAME.",
        opened: "New case %@ (%@).",
        resumed: "Resuming case %@ (%@).",
        logAt: "The log is kept up to date in %@",
        step: "Step %d of %d", question: "question %d of %d",
        commands: "? guidance · < back · Enter or - skip · q pause",
        commandsRequired: "? guidance · < back · q pause",
        currentAnswer: "Current answer: %@ (Enter keeps it)",
        hintYesNo: "Answer y (yes) or n (no).",
        hintChoice: "Answer with a number, 1–%d.",
        hintMulti: "One or more numbers, e.g. 1,3 – or 'none'.",
        hintActions: "Which are done? Numbers, e.g. 1,3 – 'all' or 'none'. The rest become open actions.",
        hintText: "Type the answer on one line.",
        hintDateTime: "Type 'now', a time (03:15) or a date and time (2026-11-22 03:15).",
        hintList: "One entry per line; finish with an empty line.",
        hintScale: "A whole number from %d to %d.",
        hintRead: "Press Enter when you have read it (? shows the guidance).",
        empty: "An answer is needed here.",
        notAChoice: "«%@» is not one of the choices 1–%d.",
        notYesNo: "«%@» is neither yes nor no.",
        notOnScale: "«%@» is not a whole number from %d to %d.",
        notADateTime: "«%@» cannot be read as a time.",
        inTheFuture: "«%@» is in the future.",
        oneChoiceOnly: "Choose a single option.",
        controlCharacter: "The text holds a control character (%@), which could disturb the screen or the log; type it again without it.",
        invalidUTF8: "The text holds bytes that are not valid UTF-8 (check the terminal's character set); type it again.",
        newDeadline: "New deadline", legalReview: "legal review",
        answersStopped: "The answers file could not be read to the end. The answers before the error are saved and the case is paused; correct the file and continue with: handlagg resume %@ --answers FILE",
        pausedUnsaved: "Paused. Everything you answered before the last answer is saved; the last one could not be saved, type it again when you continue with: handlagg resume %@",
        required: "This question is required and cannot be skipped.",
        skipReason: "Why is the question skipped? ",
        noGuidance: "This step has no guidance.",
        guidance: "Guidance", sources: "Source",
        atStart: "This is the first question.",
        paused: "Paused. Everything you answered is saved. Continue with: handlagg resume %@",
        inputEnded: "The input ended with %@ required questions unanswered (exit code 3).",
        lineTooLong: "The line is too long for the terminal (at most 4,095 characters on a line) and its end was cut; nothing is saved. Split the text, or fill it in with --answers.",
        interrupted: "Interrupted. Everything you answered is saved. Continue with: handlagg resume %@",
        complete: "Every question is answered. The log: %@",
        stillOpen: "The case is still open, with %@ open actions and deadlines. See them with: handlagg status %@",
        deadlinesHeader: "Deadlines:",
        saveFailed: "The answer could not be saved: %@\nYour answer, not saved: «%@»\nPress Enter to try saving again, or q to pause.",
        logFailed: "Warning: the log could not be rewritten: %@ The answer is saved in the journal.",
        routineChanged: "Note: the routine has changed since the case was opened (version %@, now %@).",
        repairedJournal: "Note: an unfinished last journal line (an interrupted write) was removed.",
        answersApplied: "%d answers read from %@.",
        answersUnused: "Not used, because the question is not shown in this case: %@",
        skippedNote: "Skipped.",
        refused: "The answer cannot be accepted: %@ (%@)",
        refusedHint: "Answer again, or go back with < and change an earlier answer.",
        warning: "Warning: %@ (%@)",
        confirmPrompt: "Type the reason why the answer should stand anyway (it is kept in the log), or press Enter to answer again: ",
        confirmed: "The warning is confirmed and the reason saved.",
        alert: "ALERT",
        leftBlank: "left blank",
        routed: "The routine that applies: %@",
        listColumns: ["Case", "State", "Walk", "Passed deadline", "Next deadline", "Open", "Alerts", "Last", "Routine"],
        noCases: "No cases in %@.",
        statusComplete: "complete", statusOpen: "%d questions left", none: "–",
        lintSummary: "%d routines, %d steps, %d questions, %d document templates, %d scenarios: %d errors, %d warnings.")

    /// The hint for a kind of question.
    func hint(for question: Question) -> String {
        switch question.kind {
        case .yesNo: hintYesNo
        case .choice, .decision: Template.fill(hintChoice, question.choices.count)
        case .multi: hintMulti
        case .actions: hintActions
        case .text: hintText
        case .dateTime: hintDateTime
        case .list: hintList
        case .scale: Template.fill(hintScale, question.range.lowerBound, question.range.upperBound)
        case .acknowledgement: hintRead
        }
    }

    /// Why the input was not accepted, in words.
    func explain(_ problem: AnswerProblem) -> String {
        switch problem {
        case .empty: empty
        case .notAChoice(let input, let count): Template.fill(notAChoice, input, count)
        case .notYesNo(let input): Template.fill(notYesNo, input)
        case .notOnScale(let input, let range): Template.fill(notOnScale, input, range.lowerBound, range.upperBound)
        case .notADateTime(let input): Template.fill(notADateTime, input)
        case .inTheFuture(let input): Template.fill(inTheFuture, input)
        case .oneChoiceOnly: oneChoiceOnly
        case .unsafeText(let problem): explain(problem)
        }
    }

    /// Why typed text was refused, in words.
    func explain(_ problem: TypedText.Problem) -> String {
        switch problem {
        case .controlCharacter(let code): Template.fill(controlCharacter, code)
        case .invalidUTF8: invalidUTF8
        }
    }
}
