import RoutineEngine

/// The words of the follow-up commands (`status`, `done`, `note`, `handover`, `close`, `reopen`, `change`).
struct FollowUpText {
    let caseLine, open, closedShort, handedOverShort, yes, no, closed, walkComplete, walkOpen, nextDeadline, overdue, none, openItems, nothingOpen, alerts: String
    let handedOver, closedWithOpen, workedLast, recordedDone, recordedNote, recordedHandover, recordedClosing, recordedReopening: String
    let unknownQuestion, unknownPick, questionPrompt, menu, menuPrompt, itemPrompt, textPrompt, toPrompt, summaryPrompt, reasonPrompt, atPrompt: String
    let kinds: [OpenItem.Kind: String]

    static func forLanguage(_ language: Language) -> FollowUpText { language == .english ? english : swedish }

    static let swedish = FollowUpText(
        caseLine: "Ärende %@ (%@)", open: "Öppet", closedShort: "Stängt", handedOverShort: "överlämnat", yes: "ja", no: "nej", closed: "Stängt %@ av %@: %@",
        walkComplete: "Genomgången: klar", walkOpen: "Genomgången: %@ frågor kvar", nextDeadline: "Nästa frist: %@",
        overdue: "PASSERAD FRIST: %@", none: "ingen", openItems: "Öppet (%@):", nothingOpen: "Inget är öppet.",
        alerts: "Observera:", handedOver: "Överlämnat till %@ (%@, %@)",
        closedWithOpen: "Obs: %@ öppna åtgärder och frister står kvar i ärendet. De syns i loggen, och 'review' flaggar ett stängt ärende med öppna åtgärder.",
        workedLast: "%@ arbetade senast med ärendet, %@.",
        recordedDone: "Utfört: %@ (%@). Sparat.", recordedNote: "Anteckningen är sparad.", recordedHandover: "Överlämnat till %@. Sparat.",
        recordedClosing: "Ärendet är stängt.", recordedReopening: "Ärendet är öppnat igen.",
        unknownQuestion: "Ärendet har ingen fråga '%@'; frågorna: %@.",
        unknownPick: "«%@» är inte ett av numren 1–%@ eller ett fråge-id i listan.", questionPrompt: "Vilken fråga (nummer eller id, Enter = tillbaka): ",
        menu: "Genomgången är klar. Vad vill du göra?\n  1  Markera något som utfört\n  2  Skriv en anteckning\n  3  Ändra ett svar\n  4  Lämna över ärendet\n  5  Stäng ärendet\n  6  Öppna ärendet igen\n  q  Avsluta",
        menuPrompt: "Val: ", itemPrompt: "Id för det som är utfört (se listan ovan): ", textPrompt: "Anteckning: ",
        toPrompt: "Till vem (stadsdel, enhet eller person): ", summaryPrompt: "Avslutande sammanfattning: ",
        reasonPrompt: "Skäl: ", atPrompt: "När utfördes det? (Enter = nu, t.ex. 14:30 eller 2026-11-24 09:00): ",
        kinds: [.deadline: "frist", .checklist: "åtgärd", .todo: "att göra", .unanswered: "obesvarad"])

    static let english = FollowUpText(
        caseLine: "Case %@ (%@)", open: "Open", closedShort: "Closed", handedOverShort: "handed over", yes: "yes", no: "no", closed: "Closed %@ by %@: %@",
        walkComplete: "Walk: complete", walkOpen: "Walk: %@ questions left", nextDeadline: "Next deadline: %@",
        overdue: "PASSED DEADLINE: %@", none: "none", openItems: "Open (%@):", nothingOpen: "Nothing is open.",
        alerts: "Alerts:", handedOver: "Handed over to %@ (%@, %@)",
        closedWithOpen: "Note: %@ open actions and deadlines remain in the case. They show in the log, and 'review' flags a closed case with open actions.",
        workedLast: "%@ worked on the case last, %@.",
        recordedDone: "Done: %@ (%@). Saved.", recordedNote: "The note is saved.", recordedHandover: "Handed over to %@. Saved.",
        recordedClosing: "The case is closed.", recordedReopening: "The case is open again.",
        unknownQuestion: "The case has no question '%@'; its questions: %@.",
        unknownPick: "«%@» is not one of the numbers 1–%@ or a question id in the list.", questionPrompt: "Which question (number or id, Enter = back): ",
        menu: "The walk is complete. What do you want to do?\n  1  Mark something done\n  2  Write a note\n  3  Change an answer\n  4  Hand the case over\n  5  Close the case\n  6  Reopen the case\n  q  Quit",
        menuPrompt: "Choice: ", itemPrompt: "Id of what was done (see the list above): ", textPrompt: "Note: ",
        toPrompt: "To whom (district, unit or person): ", summaryPrompt: "Closing summary: ",
        reasonPrompt: "Reason: ", atPrompt: "When was it done? (Enter = now, e.g. 14:30 or 2026-11-24 09:00): ",
        kinds: [.deadline: "deadline", .checklist: "action", .todo: "to do", .unanswered: "unanswered"])
}
