import Foundation

/// Reads one scenario file into a `Scenario`, collecting every problem with its line.
///
/// The format is described for trainers in `Resources/scenarios/README.md`. It shares the
/// syntax of step files (`BlockLine`). This type checks each block on its own;
/// `ScenarioValidator` checks the scenario against the routine it runs through.
struct ScenarioParser {
    struct Result {
        var scenario: Scenario
        var keyLines: KeyLines
        var diagnostics: [Diagnostic]
    }

    private enum Block {
        case header
        case fact(Int)
        case expectation(Int)

        var name: String {
            switch self {
            case .header: "the scenario header"
            case .fact: "a fact"
            case .expectation: "an expectation"
            }
        }
    }

    private static let blockKeywords = ["fact", "expect"]
    private static let keyRules = KeyRules(localized: ["title", "vignette", "text", "why"], repeatable: ["source"])
    private static let headerKeys: [String] = ["format", "scenario", "routine", "title", "vignette", "legal-review", "source", "starts"]
    private static let factKeys: [String] = ["at", "clock", "text"]
    private static let expectationKeys: [String] = ["answer", "includes", "why", "source", "points"]

    private let file: String
    private var diagnostics: [Diagnostic] = []
    private var keyLines = KeyLines()
    private var block: Block = .header
    private var seenKeys = KeyRules.Seen()
    private var scenario: Scenario

    private init(file: String) {
        self.file = file
        scenario = Scenario(id: "", routineID: "", title: LocalizedText(), vignette: LocalizedText(),
                            legalReview: CalendarDate(year: 1900, month: 1, day: 1), sources: [], start: nil,
                            facts: [], expectations: [], file: file, line: 1)
    }

    /// Parses `bytes` read from `file`.
    static func parse(_ bytes: [UInt8], file: String) -> Result {
        var parser = ScenarioParser(file: file)
        let (lines, problems) = SourceLine.split(bytes, file: file)
        parser.diagnostics = problems
        for line in BlockLine.read(lines, keywords: blockKeywords) {
            switch line {
            case .block(let keyword, let id, let number):
                parser.closeBlock()
                parser.openBlock(keyword, id: id, line: number)
            case .field(let key, let language, let value, let number):
                parser.assign(key: key, language: language, value: value, line: number)
            case .unreadable(let text, let number):
                parser.report(number, "Expected 'key: value' or a block such as 'fact ID' or 'expect QUESTION', but found '\(text)'.")
            }
        }
        parser.closeBlock()
        parser.finish()
        return Result(scenario: parser.scenario, keyLines: parser.keyLines, diagnostics: parser.diagnostics)
    }

    // MARK: Blocks

    private mutating func openBlock(_ keyword: String, id: String, line: Int) {
        seenKeys = KeyRules.Seen()
        if !Identifier.isValid(id) {
            report(line, "'\(id)' is not a valid id: use lower-case letters a–z, digits and dashes, starting with a letter or digit.")
        }
        if keyword == "fact" {
            if let first = scenario.facts.first(where: { $0.id == id }) {
                report(line, "Duplicate fact '\(id)': the id is first used on line \(first.line).")
            }
            scenario.facts.append(ScenarioFact(id: id, stepID: "", text: LocalizedText(), clock: nil, line: line))
            block = .fact(scenario.facts.count - 1)
        } else {
            if let first = scenario.expectations.first(where: { $0.questionID == id }) {
                report(line, "Question '\(id)' is already expected on line \(first.line); give each question one 'expect' block.")
            }
            scenario.expectations.append(Expectation(questionID: id, accepted: [], included: [], why: LocalizedText(),
                                                     sources: [], points: 1, line: line))
            block = .expectation(scenario.expectations.count - 1)
        }
    }

    private mutating func closeBlock() {
        switch block {
        case .header:
            break
        case .fact(let i):
            let fact = scenario.facts[i]
            if fact.stepID.isEmpty { report(fact.line, "Fact '\(fact.id)' has no 'at:' naming the step where it is shown.") }
            requireText(fact.text, "text", of: "fact '\(fact.id)'", line: fact.line)
        case .expectation(let i):
            let expectation = scenario.expectations[i]
            let what = "The expectation for '\(expectation.questionID)'"
            if expectation.accepted.isEmpty && expectation.included.isEmpty {
                report(expectation.line, "\(what) has neither 'answer:' nor 'includes:'.")
            }
            requireText(expectation.why, "why", of: "expectation for '\(expectation.questionID)'", line: expectation.line)
            if expectation.sources.isEmpty {
                report(expectation.line, "\(what) names no 'source:' for its rationale (seed file and section, or law section).")
            }
        }
    }

    private mutating func requireText(_ text: LocalizedText, _ key: String, of what: @autoclosure () -> String, line: Int) {
        for missing in KeyRules.missingLanguages(text, key, of: what) { report(line, missing.message, severity: missing.severity) }
    }

    // MARK: Keys

    private mutating func assign(key: String, language code: String?, value: String, line: Int) {
        let allowed: [String]
        switch block {
        case .header: allowed = Self.headerKeys
        case .fact: allowed = Self.factKeys
        case .expectation: allowed = Self.expectationKeys
        }
        guard allowed.contains(key) else {
            reportMisplaced(key, line: line, allowed: allowed)
            return
        }
        let language: Language?
        switch Self.keyRules.check(key: key, code: code, value: value, line: line, blockName: block.name, seen: &seenKeys) {
        case .accepted(let accepted): language = accepted
        case .refused(let message): return report(line, message)
        }
        if let language {
            setText(key, language, value)
        } else {
            setValue(key, value, line: line)
        }
    }

    private mutating func reportMisplaced(_ key: String, line: Int, allowed: [String]) {
        let owners = [("the scenario header", Self.headerKeys), ("a fact", Self.factKeys), ("an expectation", Self.expectationKeys)]
        report(line, KeyRules.misplaced(key, in: block.name, allowed: allowed, owners: owners) { owner in
            owner == "the scenario header" ? " Write it before the first 'fact' or 'expect'." : ""
        })
    }

    private mutating func setText(_ key: String, _ language: Language, _ value: String) {
        switch block {
        case .header:
            if key == "title" { scenario.title.set(value, for: language) } else { scenario.vignette.set(value, for: language) }
        case .fact(let i):
            scenario.facts[i].text.set(value, for: language)
        case .expectation(let i):
            scenario.expectations[i].why.set(value, for: language)
        }
    }

    private mutating func setValue(_ key: String, _ value: String, line: Int) {
        switch block {
        case .header:
            keyLines["", key] = line
            switch key {
            case "format":
                if value != "1" { report(line, "Unsupported format '\(value)'; this version of handlagg reads format 1.") }
            case "scenario":
                if !Identifier.isValid(value) { report(line, "'\(value)' is not a valid scenario id: use lower-case letters a–z, digits and dashes.") }
                scenario.id = value
                scenario.line = line
            case "routine":
                scenario.routineID = value
            case "legal-review":
                if let date = CalendarDate(parsing: value) { scenario.legalReview = date } else {
                    report(line, "'\(value)' is not a valid date; write the legal-review date as YYYY-MM-DD.")
                }
            case "starts":
                if let start = ScenarioStart(parsing: value) { scenario.start = start } else {
                    report(line, "'\(value)' is not a start time; write 'HH:MM' (the day practice runs) or 'YYYY-MM-DD HH:MM'.")
                }
            default:
                scenario.sources.append(value)
            }
        case .fact(let i):
            keyLines[scenario.facts[i].id, key] = line
            if key == "at" {
                scenario.facts[i].stepID = value
            } else if let time = TimeOfDay(parsing: value) {
                scenario.facts[i].clock = time
            } else {
                report(line, "'\(value)' is not a time of day; write the clock as HH:MM, e.g. 03:40.")
            }
        case .expectation(let i):
            keyLines[scenario.expectations[i].questionID, key] = line
            switch key {
            case "answer":
                scenario.expectations[i].accepted = idList(value, separator: " or ", key: key, line: line)
            case "includes":
                scenario.expectations[i].included = idList(value, separator: ",", key: key, line: line)
            case "points":
                if let points = Int(value), (1...10).contains(points) { scenario.expectations[i].points = points } else {
                    report(line, "'points' must be a whole number from 1 to 10, not '\(value)'.")
                }
            default:
                scenario.expectations[i].sources.append(value)
            }
        }
    }

    /// `a or b` (answer) or `a, b` (includes): ids, each checked for form.
    private mutating func idList(_ value: String, separator: String, key: String, line: Int) -> [String] {
        let ids = value.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
        for id in ids where !Identifier.isValid(id) {
            let example = key == "answer" ? "'answer: sis or hvb'" : "'includes: police-told, missing-listed'"
            report(line, "'\(id)' in '\(key):' is not a choice id; write ids separated as in \(example).")
        }
        return ids.filter(Identifier.isValid)
    }

    // MARK: Result

    private mutating func finish() {
        if scenario.id.isEmpty { report(1, "The file has no 'scenario:' line naming the scenario's id.") }
        if scenario.routineID.isEmpty { report(1, "The file has no 'routine:' line naming the routine it runs through.") }
        requireText(scenario.title, "title", of: "scenario", line: scenario.line)
        requireText(scenario.vignette, "vignette", of: "scenario's vignette", line: scenario.line)
        if keyLines["", "legal-review"] == nil { report(1, "The file has no 'legal-review:' date (YYYY-MM-DD).") }
        if scenario.sources.isEmpty { report(scenario.line, "The scenario names no 'source:' for the case pattern it is built on.") }
        if scenario.expectations.isEmpty { report(scenario.line, "The scenario has no 'expect' blocks, so the debrief would have nothing to score.") }
        if scenario.start == nil, let clocked = scenario.facts.first(where: { $0.clock != nil }) {
            report(keyLines[clocked.id, "clock"] ?? clocked.line, "Fact '\(clocked.id)' moves the clock, but the header has no 'starts:' time.")
        }
    }

    private mutating func report(_ line: Int, _ message: String, severity: Diagnostic.Severity = .error) {
        diagnostics.append(Diagnostic(file: file, line: line, message: message, severity: severity))
    }
}
