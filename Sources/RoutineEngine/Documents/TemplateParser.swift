/// Reads a `*.template` file and checks it against the routine it names: every place, every
/// condition and every list must refer to something the routine has, reported as `file:line`.
///
///     template lvu6-decision
///     routine: akut-barn
///     name.sv: Beslut om omedelbart omhändertagande
///     name.en: Decision on immediate custody
///     when: lvu6 = yes or lvu6 = yes-6a
///     basis: 6 § LVU
///     source: LVU 6 §
///     legal-review: 2026-12-02
///
///     text.sv:
///       # Beslut
///       Ärende {case}. Beslutet fattades {decided-at lvu6} av {decided-by lvu6}.
///       [if lvu-ground = home]
///       - Grund: 2 § LVU
///       [end]
struct TemplateParser {
    static let fileExtension = "template"
    static let lists = ["open-actions", "alerts", "deadlines", "decisions"]

    private let file: String
    private var diagnostics: [Diagnostic] = []

    private init(file: String) { self.file = file }

    /// The template in `bytes`, checked against `routines`; nil when it cannot be read at all.
    static func parse(_ bytes: [UInt8], file: String, routines: [Routine]) -> (template: DocumentTemplate?, diagnostics: [Diagnostic]) {
        var parser = TemplateParser(file: file)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return (nil, [Diagnostic(file: file, line: 1, message: "The file is not valid UTF-8.")])
        }
        let template = parser.read(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), routines: routines)
        return (template, parser.diagnostics)
    }

    private mutating func report(_ line: Int, _ message: String) {
        diagnostics.append(Diagnostic(file: file, line: line, message: message))
    }

    private mutating func read(_ lines: [String], routines: [Routine]) -> DocumentTemplate? {
        var template = DocumentTemplate(id: "", routineID: "", name: LocalizedText(), condition: nil, basis: LocalizedText(),
                                        sources: [], legalReview: nil, body: [:], file: file)
        var conditionLine = 0
        var bodies: [Language: [(line: Int, text: String)]] = [:]
        var current: Language?
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            if let language = current, raw.hasPrefix("  ") || raw.isEmpty {
                bodies[language, default: []].append((number, raw.isEmpty ? "" : String(raw.dropFirst(2))))
                continue
            }
            current = nil
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("template ") {
                template = DocumentTemplate(id: String(line.dropFirst(9)).trimmingCharacters(in: .whitespaces), routineID: template.routineID,
                                            name: template.name, condition: nil, basis: template.basis, sources: template.sources,
                                            legalReview: template.legalReview, body: [:], file: file)
                if !Identifier.isValid(template.id) { report(number, "'\(template.id)' is not a valid template id.") }
                continue
            }
            guard let colon = line.firstIndex(of: ":") else {
                report(number, "Expected 'key: value', 'template ID' or 'text.sv:'/'text.en:', found '\(line.prefix(40))'.")
                continue
            }
            let key = String(line[..<colon])
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "text.sv", "text.en":
                current = key == "text.sv" ? .swedish : .english
                if !value.isEmpty { report(number, "Write the text on the lines after '\(key):', indented by two spaces.") }
            case "routine": template.routineID = value
            case "name.sv": template.name.set(value, for: .swedish)
            case "name.en": template.name.set(value, for: .english)
            case "basis": template.basis = LocalizedText([.swedish: value, .english: value])
            case "basis.sv": template.basis.set(value, for: .swedish)
            case "basis.en": template.basis.set(value, for: .english)
            case "source": template.sources.append(value)
            case "legal-review":
                if let date = CalendarDate(parsing: value) { template.legalReview = date } else {
                    report(number, "'\(value)' is not a valid date; write the legal-review date as YYYY-MM-DD.")
                }
            case "when":
                conditionLine = number
                do { template.condition = try ConditionParser.parse(value) } catch { report(number, error.message) }
            default:
                report(number, "Unknown key '\(key)' in a template; use routine, name.sv, name.en, when, basis, source, legal-review, text.sv, text.en.")
            }
        }
        if template.id.isEmpty { report(1, "The file has no 'template ID' line."); return nil }
        let routine = routines.first { $0.id == template.routineID }
        if template.routineID.isEmpty {
            report(1, "Template '\(template.id)' names no 'routine:'.")
        } else if routine == nil {
            report(1, "Template '\(template.id)' is for routine '\(template.routineID)', which is not loaded.")
        }
        if !template.name.has(.swedish) || !template.name.has(.english) { report(1, "Template '\(template.id)' needs 'name.sv:' and 'name.en:'.") }
        if template.basis.isEmpty { report(1, "Template '\(template.id)' has no 'basis:' naming the law it rests on.") }
        if template.sources.isEmpty { report(1, "Template '\(template.id)' names no 'source:'.") }
        if template.legalReview == nil { report(1, "Template '\(template.id)' has no 'legal-review:' date.") }
        for language in Language.allCases where bodies[language] == nil {
            report(1, "Template '\(template.id)' has no text in \(language == .swedish ? "Swedish ('text.sv:')" : "English ('text.en:')").")
        }
        if let routine, let condition = template.condition { check(condition, in: routine, line: conditionLine) }
        for language in Language.allCases {
            guard let lines = bodies[language] else { continue }
            var position = 0
            template.body[language] = nodes(lines, &position, routine: routine, inList: nil)
            if position < lines.count { report(lines[position].line, "'[end]' without an '[if …]' or '[each …]' to close.") }
        }
        return template
    }

    /// The nodes of `lines` from `position` up to a closing `[end]` (or the end).
    private mutating func nodes(_ lines: [(line: Int, text: String)], _ position: inout Int, routine: Routine?, inList: String?) -> [TemplateNode] {
        var result: [TemplateNode] = []
        var paragraph: [(line: Int, text: String)] = []
        func flush(_ parser: inout TemplateParser) {
            guard let first = paragraph.first else { return }
            result.append(.paragraph(parser.segments(paragraph.map(\.text).joined(separator: " "), line: first.line, routine: routine, inList: inList),
                                     line: first.line))
            paragraph = []
        }
        while position < lines.count {
            let (number, text) = lines[position]
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed == "[end]" {
                flush(&self)
                return result
            }
            position += 1
            if trimmed.isEmpty {
                flush(&self)
            } else if trimmed.hasPrefix("[if ") && trimmed.hasSuffix("]") {
                flush(&self)
                let source = String(trimmed.dropFirst(4).dropLast())
                let inner = nodes(lines, &position, routine: routine, inList: inList)
                if !closed(lines, &position, opened: number) { continue }
                do {
                    let condition = try ConditionParser.parse(source)
                    if let routine { check(condition, in: routine, line: number) }
                    result.append(.conditional(condition, inner, line: number))
                } catch {
                    report(number, error.message)
                }
            } else if trimmed.hasPrefix("[each ") && trimmed.hasSuffix("]") {
                flush(&self)
                let source = String(trimmed.dropFirst(6).dropLast()).trimmingCharacters(in: .whitespaces)
                let inner = nodes(lines, &position, routine: routine, inList: source)
                if !closed(lines, &position, opened: number) { continue }
                if let routine, !Self.lists.contains(source) {
                    if let question = routine.question(source) {
                        if ![.list, .multi, .actions].contains(question.kind) {
                            report(number, "'[each \(source)]': question '\(source)' is '\(question.kind.rawValue)', not a list or multiple choice.")
                        }
                    } else {
                        report(number, "'[each \(source)]' names neither a question of '\(routine.id)' nor one of \(Self.lists.joined(separator: ", ")).")
                    }
                }
                result.append(.each(source, inner, line: number))
            } else if trimmed.hasPrefix("[") && trimmed.hasSuffix("]") {
                report(number, "Unknown instruction '\(trimmed)'; use '[if CONDITION]', '[each LIST]' or '[end]'.")
            } else if trimmed.contains("[if ") || trimmed.contains("[each ") || trimmed.contains("[end]") {
                // Inside a line these would be printed into the document as they stand.
                report(number, "'[if …]', '[each …]' and '[end]' must stand on a line of their own; inside a line they would be printed as text.")
            } else if let level = ["# ": 1, "## ": 2, "### ": 3].first(where: { text.hasPrefix($0.key) })?.value {
                flush(&self)
                result.append(.heading(level, segments(String(text.drop { $0 == "#" }.dropFirst()), line: number, routine: routine, inList: inList), line: number))
            } else if text.hasPrefix("- ") {
                flush(&self)
                result.append(.bullet(segments(String(text.dropFirst(2)), line: number, routine: routine, inList: inList), line: number))
            } else {
                paragraph.append((number, trimmed))
            }
        }
        flush(&self)
        return result
    }

    /// Takes the `[end]` that closes a block opened on line `opened`; false (and a report) when it is missing.
    private mutating func closed(_ lines: [(line: Int, text: String)], _ position: inout Int, opened: Int) -> Bool {
        guard position < lines.count else {
            report(opened, "This block has no '[end]'.")
            return false
        }
        position += 1
        return true
    }

    /// Literal text and `{…}` places, each place checked against the routine.
    private mutating func segments(_ text: String, line: Int, routine: Routine?, inList: String?) -> [TemplateSegment] {
        var result: [TemplateSegment] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            if open > rest.startIndex { result.append(.literal(String(rest[..<open]))) }
            guard let close = rest[open...].firstIndex(of: "}") else {
                report(line, "A '{' is not closed with '}'.")
                return result
            }
            let inside = rest[rest.index(after: open)..<close].split(separator: " ").map(String.init)
            if let place = place(inside, line: line, routine: routine, inList: inList) { result.append(.place(place)) }
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { result.append(.literal(String(rest))) }
        return result
    }

    private mutating func place(_ words: [String], line: Int, routine: Routine?, inList: String?) -> TemplatePlace? {
        let simple: [String: TemplatePlace] = ["case": .caseID, "caseworker": .caseworker, "now": .now, "routine": .routine, "opened": .opened,
                                               "item": .item, "item-due": .itemDue, "item-basis": .itemBasis]
        if words.count == 1, let place = simple[words[0]] {
            if [.item, .itemDue, .itemBasis].contains(place) && inList == nil {
                report(line, "'{\(words[0])}' belongs inside '[each …]'.")
                return nil
            }
            if [.itemDue, .itemBasis].contains(place) && inList != "deadlines" {
                report(line, "'{\(words[0])}' belongs inside '[each deadlines]'.")
                return nil
            }
            return place
        }
        guard words.count == 2 else {
            report(line, "Unknown place '{\(words.joined(separator: " "))}'; use e.g. {answer QUESTION}, {decided-at QUESTION}, {due DEADLINE}, {case}, {caseworker}, {now}.")
            return nil
        }
        let (kind, id) = (words[0], words[1])
        guard let routine else { return nil }
        switch kind {
        case "due":
            guard routine.steps.flatMap(\.deadlines).contains(where: { $0.id == id }) else {
                report(line, "'{due \(id)}' names no deadline of routine '\(routine.id)'.")
                return nil
            }
            return .due(id)
        case "answer", "decided-by", "decided-at", "basis":
            guard let question = routine.question(id) else {
                report(line, "'{\(kind) \(id)}' names unknown question '\(id)' of routine '\(routine.id)'.")
                return nil
            }
            if kind != "answer" && question.kind != .decision {
                report(line, "'{\(kind) \(id)}': question '\(id)' is not a decision.")
                return nil
            }
            return switch kind {
            case "answer": .answer(id)
            case "decided-by": .decidedBy(id)
            case "decided-at": .decidedAt(id)
            default: .basis(id)
            }
        default:
            report(line, "Unknown place '{\(kind) \(id)}'; use answer, decided-by, decided-at, basis or due.")
            return nil
        }
    }

    /// Every question a condition names must exist, and its values fit the question.
    private mutating func check(_ condition: Condition, in routine: Routine, line: Int) {
        for atom in condition.atoms {
            guard let question = routine.question(atom.question) else {
                report(line, "The condition names unknown question '\(atom.question)' of routine '\(routine.id)'.")
                continue
            }
            if let problem = atom.problem(with: question) { report(line, "The condition: \(problem)") }
        }
    }
}
