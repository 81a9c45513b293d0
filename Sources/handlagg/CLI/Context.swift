import Foundation
import RoutineEngine

/// What every command needs: streams, settings from options and environment, and the clock.
struct Context: Sendable {
    let console: Console
    let environment: Environment
    let arguments: Arguments
    let language: Language
    let timeZone: TimeZone
    private let fixedNow: Date?

    var ui: UIText { UIText.forLanguage(language) }

    init(arguments: Arguments, environment: Environment, console: Console) throws(UsageError) {
        self.console = console
        self.environment = environment
        self.arguments = arguments
        let code = arguments.options["--lang"] ?? environment["HANDLAGG_LANG"] ?? "sv"
        guard let language = Language(rawValue: code.lowercased()) else {
            throw UsageError(sv: "Okänt språk '\(code)'; använd 'sv' eller 'en'.", en: "Unknown language '\(code)'; use 'sv' or 'en'.", command: arguments.command)
        }
        self.language = language
        if let zone = environment["TZ"].flatMap({ TimeZone(identifier: $0.hasPrefix(":") ? String($0.dropFirst()) : $0) }) {
            timeZone = zone
        } else {
            timeZone = TimeZone(identifier: "Europe/Stockholm") ?? .current
        }
        if let now = arguments.options["--now"] {
            guard let date = Timestamp.parse(now) else {
                throw UsageError(sv: "'--now' behöver en tid i ISO 8601 med tidszon, t.ex. 2026-11-22T03:15:00+01:00.",
                                 en: "'--now' needs an ISO 8601 time with offset, e.g. 2026-11-22T03:15:00+01:00.", command: arguments.command)
            }
            fixedNow = date
        } else {
            fixedNow = nil
        }
    }

    /// The current time, or the time fixed with `--now`.
    var now: Date { fixedNow ?? Date() }

    /// The folder of routines the user chose, if any (`--routines`, then `HANDLAGG_ROUTINES`).
    var routinesFolder: URL? {
        (arguments.options["--routines"] ?? environment["HANDLAGG_ROUTINES"].flatMap { $0.isEmpty ? nil : $0 })
            .map { URL(fileURLWithPath: $0, isDirectory: true) }
    }

    /// The routines in use: the user's folder, or those built into the binary.
    func routines() throws(HandlaggError) -> RoutineLibrary {
        let today = Timestamp.date(now, in: timeZone)
        if let folder = routinesFolder { return try RoutineLoader.load(directory: folder, today: today) }
        return try RoutineLoader.bundled(today: today)
    }

    /// The folder of practice scenarios the user chose, if any (`--scenarios`, then `HANDLAGG_SCENARIOS`).
    var scenariosFolder: URL? {
        (arguments.options["--scenarios"] ?? environment["HANDLAGG_SCENARIOS"].flatMap { $0.isEmpty ? nil : $0 })
            .map { URL(fileURLWithPath: $0, isDirectory: true) }
    }

    /// The practice scenarios in use, checked against `routines`: the user's folder, or those built in.
    func scenarios(_ routines: RoutineLibrary) throws(HandlaggError) -> ScenarioLibrary {
        let today = Timestamp.date(now, in: timeZone)
        if let folder = scenariosFolder { return try ScenarioLoader.load(directory: folder, routines: routines, today: today) }
        return try ScenarioLoader.bundled(routines: routines, today: today)
    }

    /// The store `--practice` points at: practice cases, else real ones.
    var chosenStore: CaseStore { store(arguments.flags.contains("--practice") ? .practice : .cases) }

    /// The case store (`--cases`, then `HANDLAGG_CASES`, then the XDG data folder).
    func store(_ kind: CaseStore.Kind = .cases) -> CaseStore {
        let root = (arguments.options["--cases"] ?? environment["HANDLAGG_CASES"].flatMap { $0.isEmpty ? nil : $0 })
            .map { URL(fileURLWithPath: $0, isDirectory: true) } ?? CaseStore.defaultRoot { environment[$0] }
        return CaseStore(root: root, kind: kind, timeZone: timeZone)
    }

    /// Reports an engine error and returns the matching exit code.
    func fail(_ error: HandlaggError) -> ExitCode {
        console.error("handlagg: \(ErrorText.describe(error, language))")
        switch error {
        case .invalidRoutine, .invalidScenario, .invalidJournal, .invalidAnswers, .noRoutines, .caseRoutineMissing: return .invalidData
        case .invalidCaseID, .unknownCase, .unknownRoutine, .unknownScenario: return .usage
        case .fileSystem: return .failure
        case .caseInUse: return .caseInUse
        case .followUp(.unknownItem): return .usage
        case .followUp: return .failure
        }
    }
}
