import RoutineEngine

/// Which documents a case can produce, and whether each can be written now.
enum DocumentList {
    struct Words {
        let header, ready, incomplete, none, hint, unknown, notApplicable, badFormat, written, writtenFinal, readyAtEnd: String

        static func forLanguage(_ language: Language) -> Words { language == .english ? english : swedish }

        static let swedish = Words(
            header: "Dokument för ärendet:", ready: "kan skrivas", incomplete: "saknar svar: %@", none: "Inga dokument gäller ärendet ännu.",
            hint: "Skriv ett med: handlagg document %@ ID [--format md|html|txt]",
            unknown: "Rutinen har inget dokument '%@'; dokumenten: %@.", notApplicable: "Dokumentet '%@' gäller inte det här ärendet.",
            badFormat: "Okänt format '%@'; använd md, html eller txt.", written: "Utkastet är skrivet: %@", writtenFinal: "Dokumentet är skrivet (slutligt): %@",
            readyAtEnd: "Dokument som kan skrivas nu: %@ (handlagg documents %@)")
        static let english = Words(
            header: "Documents for the case:", ready: "can be written", incomplete: "answers missing: %@", none: "No documents apply to the case yet.",
            hint: "Write one with: handlagg document %@ ID [--format md|html|txt]",
            unknown: "The routine has no document '%@'; its documents: %@.", notApplicable: "The document '%@' does not apply to this case.",
            badFormat: "Unknown format '%@'; use md, html or txt.", written: "The draft is written: %@", writtenFinal: "The document is written (final): %@",
            readyAtEnd: "Documents that can be written now: %@ (handlagg documents %@)")
    }

    /// Every template that applies, complete or not (`all`), or one line naming those ready.
    static func show(_ file: CaseFile, templates: [DocumentTemplate], context: Context, all: Bool) {
        let words = Words.forLanguage(context.language)
        let filler = DocumentFiller(routine: file.routine, record: file.record, timeZone: context.timeZone)
        let drafts = templates.filter(filler.applies).map { filler.fill($0, language: context.language, writer: "", now: context.now) }
        guard all else {
            let ready = drafts.filter(\.isComplete).map(\.template.id)
            if !ready.isEmpty { context.console.prose(Template.fill(words.readyAtEnd, ready.joined(separator: ", "), file.record.id.description)) }
            return
        }
        guard !drafts.isEmpty else {
            context.console.line(words.none)
            return
        }
        context.console.line(context.console.bold(words.header))
        for draft in drafts {
            let state = draft.isComplete ? words.ready : Template.fill(words.incomplete, draft.missing.joined(separator: ", "))
            context.console.line("  \(draft.template.id) – \(draft.title): \(state)")
        }
        context.console.line(context.console.dim(Template.fill(words.hint, file.record.id.description)))
    }
}
