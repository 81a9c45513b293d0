import Foundation

/// The practice scenarios loaded for a set of routines, with any warnings.
public struct ScenarioLibrary: Sendable {
    /// The scenarios, in file-name order.
    public let scenarios: [Scenario]
    public let warnings: [Diagnostic]

    /// The scenario with `id`.
    public func scenario(_ id: String) throws(HandlaggError) -> Scenario {
        guard let found = scenarios.first(where: { $0.id == id }) else {
            throw .unknownScenario(id, known: scenarios.map(\.id))
        }
        return found
    }
}

/// Loads and validates scenario files against the routines they run through.
public enum ScenarioLoader {
    /// The extension of scenario files.
    public static let fileExtension = "scenario"

    /// The scenario files built into the binary, named by their path in the source tree.
    public static func bundledFiles() -> [(name: String, bytes: [UInt8])] {
        BundledContent.files(under: "scenarios/", endingWith: "." + fileExtension)
            .map { (name: "Resources/" + $0.path, bytes: $0.bytes) }
    }

    /// The `*.scenario` files of `directory`, sorted by name.
    public static func scenarioFiles(in directory: URL) throws(HandlaggError) -> [(name: String, bytes: [UInt8])] {
        try RoutineLoader.files(in: directory, withExtension: fileExtension)
    }

    /// Parses scenario files and checks them against `routines`; returns what could be read and every problem.
    /// With `today`, a scenario whose legal review is more than 12 months old gets a warning.
    public static func check(_ files: [(name: String, bytes: [UInt8])], routines: [Routine], today: CalendarDate? = nil)
        -> (scenarios: [Scenario], diagnostics: [Diagnostic]) {
        var scenarios: [Scenario] = []
        var diagnostics: [Diagnostic] = []
        var firstFile: [String: String] = [:]
        for file in files {
            let parsed = ScenarioParser.parse(file.bytes, file: file.name)
            let scenario = parsed.scenario
            diagnostics += parsed.diagnostics
            diagnostics += ScenarioValidator.validate(scenario, keyLines: parsed.keyLines, routines: routines)
            if !scenario.id.isEmpty, let other = firstFile[scenario.id] {
                diagnostics.append(Diagnostic(file: file.name, line: scenario.line, message: "Scenario id '\(scenario.id)' is also used by \(other)."))
            }
            firstFile[scenario.id] = firstFile[scenario.id] ?? file.name
            if parsed.keyLines["", "legal-review"] != nil, RoutineLoader.legalReviewIsOld(scenario.legalReview, today: today) {
                diagnostics.append(Diagnostic(file: file.name, line: parsed.keyLines["", "legal-review"] ?? 1,
                    message: "The legal review (\(scenario.legalReview)) is more than 12 months old; have the rationales reviewed.",
                    severity: .warning))
            }
            scenarios.append(scenario)
        }
        return (scenarios, diagnostics)
    }

    /// Loads the scenarios built into the binary.
    public static func bundled(routines: RoutineLibrary, today: CalendarDate? = nil) throws(HandlaggError) -> ScenarioLibrary {
        try library(from: bundledFiles(), routines: routines, today: today)
    }

    /// Loads every `*.scenario` file in `directory`, refusing all of them if any has an error.
    public static func load(directory: URL, routines: RoutineLibrary, today: CalendarDate? = nil) throws(HandlaggError) -> ScenarioLibrary {
        try library(from: scenarioFiles(in: directory), routines: routines, today: today)
    }

    private static func library(from files: [(name: String, bytes: [UInt8])], routines: RoutineLibrary,
                                today: CalendarDate?) throws(HandlaggError) -> ScenarioLibrary {
        let (scenarios, diagnostics) = check(files, routines: routines.routines, today: today)
        let errors = diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw .invalidScenario(errors) }
        return ScenarioLibrary(scenarios: scenarios, warnings: diagnostics.filter { $0.severity == .warning })
    }
}
