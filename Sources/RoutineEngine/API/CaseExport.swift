import Foundation

/// Copies of a case's log for sending on: as it is, or anonymised for training or for sharing
/// with NMT. Anonymising replaces every name (caseworkers, who decided), every free-text answer
/// and list entry and every skip reason with a placeholder, the same text always with the same
/// placeholder, and gives the copy a new case id. Choices, dates, deadlines and legal bases stay.
public enum CaseExport {
    /// The log of `record`, anonymised.
    public static func anonymized(_ record: CaseRecord, routine: Routine, timeZone: TimeZone) throws(HandlaggError) -> String {
        var replacer = Replacer(language: record.language)
        var entries: [JournalEntry] = []
        for original in record.entries {
            var entry = original
            entry.by = replacer.person(original.by)
            entry.reason = original.reason.map { replacer.detail($0) }
            switch original.value {
            case .text(let text)?: entry.value = .text(replacer.detail(text))
            case .list(let items)?: entry.value = .list(items.map { replacer.detail($0) })
            default: break
            }
            if entry.event == .opened {
                entry.caseID = CaseID.random().description
                entry.anonymized = true
            }
            entries.append(entry)
        }
        return CaseLogRenderer(routine: routine, record: try CaseRecord(entries: entries), timeZone: timeZone).render()
    }

    /// Writes an exported copy privately (0600), replacing any file at `path`.
    public static func write(_ text: String, to path: String) throws(HandlaggError) {
        try FileSystem.writeAtomically(Array(text.utf8), to: path)
    }

    private struct Replacer {
        let language: Language
        var people: [String: String] = [:]
        var details: [String: String] = [:]

        mutating func person(_ name: String) -> String {
            if let known = people[name] { return known }
            let placeholder = (language == .english ? "Caseworker " : "Handläggare ") + String(people.count + 1)
            people[name] = placeholder
            return placeholder
        }

        mutating func detail(_ text: String) -> String {
            if let known = details[text] { return known }
            let placeholder = "[" + (language == .english ? "detail " : "uppgift ") + String(details.count + 1) + "]"
            details[text] = placeholder
            return placeholder
        }
    }
}
