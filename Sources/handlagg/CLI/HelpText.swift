import Foundation
import RoutineEngine

/// Help and usage texts, in Swedish and English.
enum HelpText {
    private struct Entry {
        let usage: String
        let sv: String
        let en: String
    }

    private static let entries: [(String, Entry)] = [
        ("new", Entry(usage: "handlagg new [--routine ID] [--caseworker NAMN] [--answers FIL]",
                      sv: "Öppnar ett nytt ärende. Utan --routine avgör mottagningens frågor (ålder) vilken rutin som gäller; sedan går handlagg igenom den fråga för fråga. Varje svar sparas direkt.\n--answers FIL fyller i svar från en JSON-fil (fråge-id → svar som man skriver det).",
                      en: "Opens a new case. Without --routine the intake's questions (age) decide which routine applies; handlagg then walks through it question by question. Every answer is saved at once.\n--answers FILE fills in answers from a JSON file (question id → answer as typed).")),
        ("resume", Entry(usage: "handlagg resume ÄRENDE [--caseworker NAMN] [--answers FIL] [--practice]",
                         sv: "Fortsätter ett pausat ärende vid första obesvarade fråga; --practice fortsätter en övning.",
                         en: "Continues a paused case at its first unanswered question; --practice continues a practice case.")),
        ("status", Entry(usage: "handlagg status ÄRENDE [--practice]",
                         sv: "Visar var ärendet står: öppet eller stängt, passerade och nästa frist, varningar och allt som är öppet, med det id som 'done' tar.",
                         en: "Shows where the case stands: open or closed, passed and next deadlines, alerts and everything open, with the id 'done' takes.")),
        ("done", Entry(usage: "handlagg done ÄRENDE ID [--at TID] [--caseworker NAMN]",
                       sv: "Markerar en öppen åtgärd, en punkt på en checklista eller en frist som utförd, med tiden då det verkligen gjordes (--at, t.ex. '2026-11-24 09:00'; annars nu). Id visas av 'status'.",
                       en: "Marks an open action, checklist item or deadline as done, with the time it was really done (--at, e.g. '2026-11-24 09:00'; else now). 'status' shows the ids.")),
        ("note", Entry(usage: "handlagg note ÄRENDE TEXT... [--caseworker NAMN]",
                       sv: "Lägger till en daterad anteckning i ärendet.",
                       en: "Adds a dated note to the case.")),
        ("change", Entry(usage: "handlagg change ÄRENDE FRÅGA [--caseworker NAMN]",
                         sv: "Ställer en fråga igen för att ändra svaret; det tidigare svaret finns kvar i journalen. Fråge-id visas av 'routines' och i loggen.",
                         en: "Asks one question again to change its answer; the earlier answer stays in the journal. 'routines' and the log show the question ids.")),
        ("handover", Entry(usage: "handlagg handover ÄRENDE MOTTAGARE... [--caseworker NAMN]",
                           sv: "Registrerar att ärendet lämnas över till en namngiven stadsdel, enhet eller person.",
                           en: "Records that the case is handed over to a named district, unit or person.")),
        ("close", Entry(usage: "handlagg close ÄRENDE SAMMANFATTNING... [--caseworker NAMN]",
                        sv: "Stänger ärendet med en avslutande sammanfattning. Ett stängt ärende kan öppnas igen med 'reopen'.",
                        en: "Closes the case with a closing summary. A closed case can be reopened with 'reopen'.")),
        ("reopen", Entry(usage: "handlagg reopen ÄRENDE SKÄL... [--caseworker NAMN]",
                         sv: "Öppnar ett stängt ärende igen, med skälet.",
                         en: "Reopens a closed case, with the reason.")),
        ("repair", Entry(usage: "handlagg repair ÄRENDE [--caseworker NAMN] [--practice]",
                         sv: "Räddar en journal som skadats mitt i (t.ex. av två skrivare eller ett diskfel): behåller varje hel post i ordning, lägger övriga rader åt sidan i en fil bredvid journalen och sparar en kopia av journalen som den var. Inget raderas och inget gissas.",
                         en: "Recovers a journal damaged in the middle (e.g. by two writers or a disk fault): keeps every complete entry in order, sets the other lines aside in a file beside the journal and keeps a copy of the journal as it was. Nothing is deleted and nothing is guessed.")),
        ("documents", Entry(usage: "handlagg documents ÄRENDE [--practice]",
                            sv: "Visar dokumenten som gäller ärendet (t.ex. beslutet enligt 6 § LVU, underställningen, polisanmälan, överlämningsbrevet) och om vart och ett kan skrivas nu, annars vilka svar som saknas.",
                            en: "Lists the documents that apply to the case (e.g. the 6 § LVU decision, the submission to the court, the police report, the handover letter) and whether each can be written now, else which answers are missing.")),
        ("document", Entry(usage: "handlagg document ÄRENDE ID [--format md|html|txt] [--output FIL] [--final] [--caseworker NAMN]",
                           sv: "Skriver ett dokument ur ärendets svar: Markdown, en HTML-sida att skriva ut, eller ren text att klistra in i journalsystemet. Det sparas privat i ärendets mapp (documents/) om inte --output anger en fil (- för standard ut). Det är ett utkast tills det skrivs med --final. Skrivningen syns i loggen.",
                           en: "Writes a document from the case's answers: Markdown, an HTML page to print, or plain text to paste into the journal system. It is kept privately in the case folder (documents/) unless --output names a file (- for standard output). It is a draft until written with --final. The writing shows in the log.")),
        ("list", Entry(usage: "handlagg list [--json] [--practice]",
                       sv: "Visar ärendena med status och nästa tidsfrist; --practice visar övningarna i stället.",
                       en: "Lists the cases with their status and next deadline; --practice lists practice cases instead.")),
        ("show", Entry(usage: "handlagg show ÄRENDE [--practice]",
                       sv: "Skriver ut ärendets logg (Markdown).",
                       en: "Prints the case's log (Markdown).")),
        ("export", Entry(usage: "handlagg export ÄRENDE [--anonymize] [--output FIL]",
                         sv: "Skriver en kopia av ärendets logg. --anonymize ersätter namn, fritext och skäl med platshållare (samma text ger samma platshållare) och ger kopian ett nytt ärende-id, för utbildning eller för att dela med NMT.",
                         en: "Writes a copy of the case's log. --anonymize replaces names, free text and reasons with placeholders (the same text, the same placeholder) and gives the copy a new case id, for training or for sharing with NMT.")),
        ("manual", Entry(usage: "handlagg manual [STEG] [--routine ID] [--markdown]",
                         sv: "Visar handläggningsmanualen utan att öppna ett ärende, ett avsnitt per rutin (--routine visar en); STEG visar ett steg. --markdown skriver manualen som ett dokument med ett flödesschema (Mermaid) över varje rutin.",
                         en: "Shows the handling manual without opening a case, a section per routine (--routine shows one); STEP shows one step. --markdown writes the manual as one document with a flowchart (Mermaid) of each routine.")),
        ("review", Entry(usage: "handlagg review SÖKVÄG... [--json]",
                         sv: "Granskar exporterade loggar (filer eller mappar): saknade svar, passerade frister och frister inom 48 timmar, beslut och rättslig grund, öppna åtgärder, ändringar efter att loggen skrevs, frister som klarats för sent, ärenden öppna utan uppföljning i mer än 7 dagar och stängda ärenden med öppna åtgärder. Slutkod 0 när allt är komplett och i tid, annars 1.",
                         en: "Reviews exported logs (files or folders): missing answers, deadlines passed or due within 48 hours, decisions and their legal basis, open actions, changes after the log was written, deadlines met late, cases open with no follow-up for more than 7 days and closed cases with open actions. Exit 0 when all is complete and on time, else 1.")),
        ("stats", Entry(usage: "handlagg stats SÖKVÄG... [--json | --csv]",
                        sv: "Räknar per år: ärenden, polisanmälningar, beslut enligt 6 § LVU, placeringar per slag, kontakt med hemlandet, barn som avvikit, överlämnade ärenden; medianen av tiden från ankomst till beslut om polisanmälan och till beslut enligt 6 § LVU, och andelen frister enligt 7 och 8 §§ LVU som hölls. Övningsloggar räknas aldrig.",
                        en: "Counts per year: cases, police reports, decisions under 6 § LVU, placements by kind, home-country contact, children who disappeared, cases handed over; the median time from arrival to the police-report decision and to the 6 § decision, and the share of 7 § and 8 § LVU deadlines met. Practice logs are never counted.")),
        ("practice", Entry(usage: "handlagg practice [ÖVNINGSFALL] [--answers FIL] [--json] [--caseworker NAMN] [--scenarios MAPP]",
                           sv: "Övningsfall för nya medarbetare. Utan ÖVNINGSFALL visas övningsfallen (--json för skript). Med ÖVNINGSFALL körs den riktiga rutinen med fallets uppgifter när de blir kända och en genomgång med poäng på slutet. Övningar sparas i en egen övningsmapp, märks ÖVNING och räknas aldrig i statistiken; fortsätt en pausad övning med 'handlagg resume --practice ÄRENDE'.\n--answers FIL kör övningsfallet utan frågor med svaren i filen och skriver genomgången (--json för skript). --scenarios MAPP använder övningsfallen i MAPP (eller HANDLAGG_SCENARIOS).",
                           en: "Practice scenarios for new staff. Without SCENARIO, lists the scenarios (--json for scripts). With SCENARIO, runs the real routine with the scenario's facts as they become known and a scored debrief at the end. Practice is kept in a separate practice store, marked PRACTICE and never counted in statistics; continue a paused practice with 'handlagg resume --practice CASE'.\n--answers FILE runs the scenario without questions using the answers in the file and prints the debrief (--json for scripts). --scenarios DIR uses the scenarios in DIR (or HANDLAGG_SCENARIOS).")),
        ("routines", Entry(usage: "handlagg routines [--json]",
                           sv: "Visar rutinerna med steg och frågor; --json för skript.",
                           en: "Lists the routines with their steps and questions; --json for scripts.")),
        ("lint", Entry(usage: "handlagg lint [MAPP | FIL] [--scenarios MAPP]",
                       sv: "Kontrollerar stegfiler och övningsfall i MAPP (annars de som används) och skriver varje fel som fil:rad: meddelande. Övningsfallen kontrolleras mot rutinen de använder.",
                       en: "Checks the step files and practice scenarios in FOLDER (else those in use) and prints each problem as file:line: message. Scenarios are checked against the routine they use.")),
    ]

    static func usage(_ command: String, _ language: Language) -> String? {
        entries.first { $0.0 == command }.map { (language == .english ? "usage: " : "användning: ") + synopsis($0.1, language) }
    }

    /// The synopsis with its placeholders in the reader's language.
    private static func synopsis(_ entry: Entry, _ language: Language) -> String {
        guard language == .english else { return entry.usage }
        return [("NAMN", "NAME"), ("FIL", "FILE"), ("ÄRENDE", "CASE"), ("MAPP", "DIR"), ("STEG", "STEP"), ("SÖKVÄG", "PATH"),
         ("ÖVNINGSFALL", "SCENARIO"), ("TID", "TIME"), ("FRÅGA", "QUESTION"), ("MOTTAGARE", "RECIPIENT"),
         ("SAMMANFATTNING", "SUMMARY"), ("SKÄL", "REASON"), ("TEXT", "TEXT")]
            .reduce(entry.usage) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }

    static func command(_ command: String, _ language: Language) -> String? {
        guard let entry = entries.first(where: { $0.0 == command })?.1, let usage = usage(command, language) else { return nil }
        return usage + "\n\n" + (language == .english ? entry.en : entry.sv) + "\n\n" + globalOptions(language)
    }

    static func shortUsage(_ language: Language) -> String {
        language == .english
            ? "usage: handlagg <command> [options]; 'handlagg --help' lists the commands."
            : "användning: handlagg <kommando> [flaggor]; 'handlagg --help' visar kommandona."
    }

    static func overview(_ language: Language) -> String {
        let english = language == .english
        var lines = [english ? "handlagg – urgent-case routines for the social services' on-call unit" :
                        "handlagg – rutiner för akuta ärenden på socialjouren", ""]
        lines.append(english ? "Commands:" : "Kommandon:")
        for (_, entry) in entries {
            let summary = (english ? entry.en : entry.sv).split(separator: "\n").first.map(String.init) ?? ""
            lines.append("  \(synopsis(entry, language))")
            lines.append("      \(summary)")
        }
        lines += ["", globalOptions(language), "",
                  english ? "Exit codes: 0 done (or paused with q), 1 failure, 3 input ended with required questions unanswered, 64 wrong usage, 65 invalid data, 130 interrupted." :
                      "Slutkoder: 0 klart (eller pausat med q), 1 fel, 3 indata tog slut med obligatoriska frågor obesvarade, 64 fel användning, 65 ogiltiga data, 130 avbrutet."]
        return lines.joined(separator: "\n")
    }

    private static func globalOptions(_ language: Language) -> String {
        if language == .english {
            return """
            Options for every command:
              --routines DIR   use the step files in DIR instead of the bundled ones (or HANDLAGG_ROUTINES)
              --cases DIR      the case store (or HANDLAGG_CASES; default $XDG_DATA_HOME/handlagg or ~/.local/share/handlagg)
              --lang sv|en     language of interface and log (or HANDLAGG_LANG; default sv)
              --now TIME       fix the clock, ISO 8601 with offset (for tests and re-entering notes)
              --help           this help; --version prints the version
            """
        }
        return """
        Flaggor för alla kommandon:
          --routines MAPP  använd stegfilerna i MAPP i stället för de inbyggda (eller HANDLAGG_ROUTINES)
          --cases MAPP     ärendemappen (eller HANDLAGG_CASES; standard $XDG_DATA_HOME/handlagg eller ~/.local/share/handlagg)
          --lang sv|en     språk för gränssnitt och logg (eller HANDLAGG_LANG; standard sv)
          --now TID        fast klocka, ISO 8601 med tidszon (för test och efterregistrering)
          --help           den här hjälpen; --version visar versionen
        """
    }
}
