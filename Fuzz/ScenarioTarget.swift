import Foundation

// libFuzzer target: the scenario parser, its check against the bundled routine, the simulated
// clock and the debrief must never trap, whatever the bytes. Run from the package root.
nonisolated(unsafe) private let fuzzRoutines: [Routine] = {
    guard let library = try? RoutineLoader.load(directory: URL(fileURLWithPath: "Resources/routines")) else {
        fatalError("run the scenario fuzzer from the package root (Resources/routines must load)")
    }
    return library.routines
}()

/// Loads the routine before the first input, so its one-time allocations are not taken for leaks.
@_cdecl("LLVMFuzzerInitialize")
public func initializeScenarioFuzzer(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32 {
    _ = fuzzRoutines.count
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let result = ScenarioLoader.check([(name: "fuzz.scenario", bytes: bytes)], routines: fuzzRoutines)
    for diagnostic in result.diagnostics where diagnostic.line < 1 || diagnostic.message.isEmpty {
        fatalError("a diagnostic without a line or message: \(diagnostic)")
    }
    guard let scenario = result.scenarios.first, result.diagnostics.allSatisfy({ $0.severity == .warning }),
          let routine = fuzzRoutines.first(where: { $0.id == scenario.routineID }) else { return 0 }
    let zone = TimeZone(identifier: "Europe/Stockholm") ?? .gmt
    let clock = ScenarioClock(scenario: scenario, routine: routine, today: CalendarDate(year: 2026, month: 3, day: 29), timeZone: zone)
    for step in routine.steps { _ = clock?.time(atStep: step.id) }
    var opened = JournalEntry(seq: 1, at: Date(timeIntervalSince1970: 0), event: .opened, by: "fuzz")
    opened.caseID = "HL-ABCDEF"
    opened.routine = routine.id
    opened.fingerprint = routine.fingerprint
    opened.practice = true
    opened.scenario = scenario.id
    guard let record = try? CaseRecord(entries: [opened]) else { fatalError("a valid opening entry was refused") }
    let debrief = Debrief(scenario: scenario, routine: routine, record: record)
    if debrief.score != 0 || debrief.items.count != scenario.expectations.count { fatalError("an empty case scored") }
    _ = DebriefRenderer(debrief: debrief, routine: routine, record: record, language: .english, timeZone: zone).render()
    return 0
}
