import RoutineEngine

/// Engine errors in the interface's language. Step-file diagnostics stay as the engine words
/// them (file:line: message in English), since routine authors and IT read them with `lint`.
enum ErrorText {
    static func describe(_ error: HandlaggError, _ language: Language) -> String {
        guard language == .swedish else { return error.description }
        switch error {
        case .invalidRoutine(let diagnostics):
            return "Rutinen kan inte användas:\n" + diagnostics.map(\.description).joined(separator: "\n")
        case .noRoutines(let place):
            return "Inga stegfiler (*.steps) hittades i \(place)."
        case .caseRoutineMissing(let path, let routine, let known):
            return "\(path): ärendet går i rutinen '\(routine)', som inte finns bland de inlästa rutinerna (\(known.joined(separator: ", "))); läs in mappen som har den med --routines."
        case .unknownRoutine(let id, let known):
            return "Det finns ingen rutin '\(id)'; tillgängliga: \(known.joined(separator: ", "))."
        case .invalidScenario(let diagnostics):
            return "Övningsfallen kan inte användas:\n" + diagnostics.map(\.description).joined(separator: "\n")
        case .unknownScenario(let id, let known):
            return "Det finns inget övningsfall '\(id)'; tillgängliga: \(known.joined(separator: ", "))."
        case .fileSystem(let problem):
            return describe(problem)
        case .invalidCaseID(let id):
            return "'\(id)' är inte ett ärende-id; ärende-id ser ut som HL-7K3QXR (se 'handlagg list')."
        case .unknownCase(let id):
            return "Ärendet \(id) finns inte i ärendemappen (se 'handlagg list')."
        case .invalidJournal(let path, let line, _):
            return "\(path):\(line): journalen är skadad och kan inte läsas från den här raden. Ändra inte filen för hand; 'handlagg repair ÄRENDE' behåller alla hela poster och lägger resten åt sidan."
        case .invalidAnswers(let path, let reason):
            return "\(path): \(reason)"
        case .caseInUse(let worker, let since):
            return "Ärendet är öppet för skrivning hos \(worker) sedan \(since); inget har skrivits. Försök igen när de är klara, eller läs det med 'handlagg show'."
        case .followUp(let problem):
            switch problem {
            case .unknownItem(let id, let open):
                return "'\(id)' är inte en öppen åtgärd eller frist i ärendet" + (open.isEmpty ? " (inget är öppet)." : "; öppna: \(open.joined(separator: ", ")).")
            case .caseClosed: return "Ärendet är stängt; öppna det först med 'handlagg reopen ÄRENDE --reason TEXT'."
            case .caseNotClosed: return "Ärendet är inte stängt."
            case .emptyText: return "Texten är tom."
            case .doneInFuture: return "Tiden då det utfördes ligger efter nu."
            case .unsafeText(let problem): return UIText.swedish.explain(problem)
            case .documentIncomplete(let missing): return "Dokumentet kan inte fyllas i; svar saknas: \(missing.joined(separator: ", "))."
            }
        }
    }

    /// Names on standard error each file `review` or `stats` passed over, and why.
    static func report(_ ignored: [(path: String, reason: LogReview.Ignored)], _ context: Context) {
        for (path, reason) in ignored { context.console.error("handlagg: \(path): " + Self.ignored(reason, context.language)) }
    }

    /// Why `review` or `stats` passed over a file in a folder.
    static func ignored(_ reason: LogReview.Ignored, _ language: Language) -> String {
        switch (reason, language) {
        case (.symbolicLink, .swedish): "hoppas över: en symbolisk länk (följs inte)."
        case (.symbolicLink, .english): "ignored: a symbolic link (not followed)."
        case (.notRegularFile, .swedish): "hoppas över: inte en vanlig fil."
        case (.notRegularFile, .english): "ignored: not a regular file."
        }
    }

    private static func describe(_ problem: FileProblem) -> String {
        let what = switch problem.action {
        case .createFolder: "kan inte skapa mappen"
        case .makePrivate: "kan inte göra mappen privat"
        case .write: "kan inte skriva filen"
        case .sync: "kan inte spara filen till disken"
        case .replace: "kan inte ersätta filen"
        case .read: "kan inte läsa"
        case .repair: "kan inte reparera filen"
        case .listFolder: "kan inte läsa mappen"
        }
        let why = switch problem.cause {
        case .diskFull: "disken är full"
        case .permissionDenied: "behörighet saknas"
        case .readOnly: "filsystemet är skrivskyddat"
        case .missing: "den finns inte"
        case .symbolicLink: "det är en symbolisk länk, som aldrig följs"
        case .insideStore: "den ligger i ärendemappen, där bara handlagg skriver sina egna filer (välj en annan mapp, eller - för standard ut)"
        case .notRegularFile: "det är ingen vanlig fil (en mapp, en enhet eller en pipe) och den ersätts inte (använd - för standard ut)"
        case .other(let reason): reason
        }
        return "\(problem.path): \(what): \(why)."
    }

    /// What is wrong with an answers file, in words.
    static func describe(_ problem: AnswerSheet.Problem, _ ui: UIText, _ language: Language) -> String {
        let swedish = language == .swedish
        switch problem {
        case .notUTF8:
            return swedish ? "filen är inte giltig UTF-8." : "the file is not valid UTF-8."
        case .notAnObject:
            return swedish ? "filen är inte ett JSON-objekt från fråge-id till svar." : "the file is not a JSON object mapping question ids to answers."
        case .unknownQuestion(let id):
            return swedish ? "rutinen har ingen fråga '\(id)'." : "the routine has no question '\(id)'."
        case .wrongType(let id):
            return swedish
                ? "svaret på '\(id)' ska vara en sträng (en lista med strängar bara för list-, flervals- och checklistfrågor)."
                : "the answer to '\(id)' must be a string (an array of strings only for list, multi and actions questions)."
        case .requiredSkipped(let id):
            return swedish ? "'\(id)' är obligatorisk och kan inte hoppas över." : "'\(id)' is required and cannot be skipped."
        case .skipWithoutReason(let id):
            return swedish ? "'\(id)': skriv skälet efter strecket, t.ex. \"- inte frågat i natt\"; en fråga hoppas inte över utan skäl."
                           : "'\(id)': write the reason after the dash, e.g. \"- not asked tonight\"; a question is not skipped without a reason."
        case .invalid(let id, let reason):
            return "'\(id)': \(ui.explain(reason))"
        case .refused(let id, let rule):
            return (swedish ? "svaret på '\(id)' tas inte emot (regel '\(rule.id)'): " : "the answer to '\(id)' is not accepted (rule '\(rule.id)'): ")
                + "\(rule.message.text(in: language)) (\(rule.basis.text(in: language)))"
        case .unconfirmed(let id, let rule):
            return (swedish ? "svaret på '\(id)' ger en varning (regel '\(rule.id)'): \(rule.message.text(in: language)) Bekräfta den med \"confirm\": {\"\(rule.id)\": \"skäl\"} i svarsfilen."
                            : "the answer to '\(id)' raises a warning (rule '\(rule.id)'): \(rule.message.text(in: language)) Confirm it with \"confirm\": {\"\(rule.id)\": \"reason\"} in the answers file.")
        case .unknownRule(let id):
            return swedish ? "\"confirm\" ska vara ett objekt från en varningsregels id till skälet; '\(id)' är ingen varningsregel i rutinen."
                           : "\"confirm\" must be an object from a warning rule's id to the reason; '\(id)' is no warning rule of the routine."
        }
    }
}
