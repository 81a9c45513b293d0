/// Writes a journal entry as one line of JSON, newline included: the bytes `JSONEncoder` gives
/// with sorted keys and unescaped slashes, which is the journal's format (and what `Journal`
/// reads back with `JSONDecoder`). Written out because the encoder costs about half a million
/// instructions the first time, before a new case's first question, and is slow on every save.
/// A test holds it to `JSONEncoder`'s output for many random entries.
enum JournalLine {
    static func bytes(for entry: JournalEntry) -> [UInt8] {
        var writer = Writer()
        writer.open()
        if let anonymized = entry.anonymized { writer.key("anonymized"); writer.bool(anonymized) }
        writer.key("at"); writer.string(Timestamp.iso(entry.at, in: .utc))
        writer.key("by"); writer.string(entry.by)
        if let caseID = entry.caseID { writer.key("caseID"); writer.string(caseID) }
        if let confirmation = entry.confirmation { writer.key("confirmation"); writer.string(confirmation) }
        if let confirmed = entry.confirmed { writer.key("confirmed"); writer.strings(confirmed) }
        writer.key("event"); writer.string(entry.event.rawValue)
        if let fingerprint = entry.fingerprint { writer.key("fingerprint"); writer.string(fingerprint) }
        if let language = entry.language { writer.key("language"); writer.string(language.rawValue) }
        if let practice = entry.practice { writer.key("practice"); writer.bool(practice) }
        if let question = entry.question { writer.key("question"); writer.string(question) }
        if let reason = entry.reason { writer.key("reason"); writer.string(reason) }
        if let routine = entry.routine { writer.key("routine"); writer.string(routine) }
        if let scenario = entry.scenario { writer.key("scenario"); writer.string(scenario) }
        writer.key("seq"); writer.number(entry.seq)
        if let value = entry.value { writer.key("value"); writer.answer(value) }
        writer.close()
        writer.out.append(0x0A)
        return writer.out
    }

    /// Appends JSON to `out`.
    private struct Writer {
        var out: [UInt8] = []
        /// Whether the object just opened has no key yet (so the next key needs no comma).
        private var atObjectStart = false

        init() { out.reserveCapacity(256) }

        mutating func open() {
            out.append(UInt8(ascii: "{"))
            atObjectStart = true
        }

        mutating func close() {
            out.append(UInt8(ascii: "}"))
            atObjectStart = false
        }

        mutating func key(_ name: StaticString) {
            if !atObjectStart { out.append(UInt8(ascii: ",")) }
            atObjectStart = false
            out.append(UInt8(ascii: "\""))
            raw(name)
            out.append(UInt8(ascii: "\""))
            out.append(UInt8(ascii: ":"))
        }

        mutating func raw(_ text: StaticString) {
            text.withUTF8Buffer { out.append(contentsOf: $0) }
        }

        mutating func bool(_ value: Bool) {
            raw(value ? "true" : "false")
        }

        mutating func number(_ value: Int) {
            out.append(contentsOf: String(value).utf8)
        }

        /// A JSON string, escaped as `JSONEncoder` escapes it: quote, backslash and control
        /// characters; everything else, slashes and non-ASCII text included, as it is.
        mutating func string(_ text: String) {
            out.append(UInt8(ascii: "\""))
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\""): raw("\\\"")
                case UInt8(ascii: "\\"): raw("\\\\")
                case 0x08: raw("\\b")
                case 0x0C: raw("\\f")
                case 0x0A: raw("\\n")
                case 0x0D: raw("\\r")
                case 0x09: raw("\\t")
                case 0..<0x20:
                    raw("\\u00")
                    out.append(Self.hexDigit(byte >> 4))
                    out.append(Self.hexDigit(byte & 0x0F))
                default: out.append(byte)
                }
            }
            out.append(UInt8(ascii: "\""))
        }

        private static func hexDigit(_ value: UInt8) -> UInt8 {
            value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
        }

        mutating func strings(_ texts: [String]) {
            out.append(UInt8(ascii: "["))
            for (index, text) in texts.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                string(text)
            }
            out.append(UInt8(ascii: "]"))
        }

        /// An answer is an object with one key naming its kind.
        mutating func answer(_ value: AnswerValue) {
            open()
            switch value {
            case .text(let text): key("text"); string(text)
            case .choice(let id): key("choice"); string(id)
            case .choices(let ids): key("choices"); strings(ids)
            case .list(let items): key("list"); strings(items)
            case .number(let number): key("number"); self.number(number)
            case .dateTime(let date): key("datetime"); string(Timestamp.iso(date, in: .utc))
            case .acknowledged: key("acknowledged"); bool(true)
            }
            close()
        }
    }
}
