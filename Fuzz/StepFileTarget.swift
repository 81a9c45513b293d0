// libFuzzer target: the step-file parser and validator must never trap, whatever the bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStepFile(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let result = RoutineLoader.check([(name: "fuzz.steps", bytes: bytes)])
    for diagnostic in result.diagnostics where diagnostic.line < 1 || diagnostic.message.isEmpty {
        fatalError("a diagnostic without a line or message: \(diagnostic)")
    }
    if let routine = result.routines.first, result.diagnostics.allSatisfy({ $0.severity == .warning }) {
        _ = PathExplorer(routine: routine).paths()
        _ = Manual(routine: routine, language: .english).markdown()
    }
    return 0
}
