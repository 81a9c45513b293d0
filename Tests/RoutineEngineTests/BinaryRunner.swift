import Foundation
@testable import RoutineEngine

/// Runs the built `handlagg` binary with arguments, standard input and environment, as a user would.
struct BinaryRunner {
    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary next to the test bundle (what `swift test` just built).
    static let binary: URL = {
        let beside = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("handlagg")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return packageRoot.appendingPathComponent(".build/debug/handlagg")
    }()

    let cases: URL
    var environment: [String: String]

    init() throws {
        cases = try Fixtures.temporaryFolder()
        environment = ["HOME": cases.path, "TZ": "Europe/Stockholm", "PATH": "/usr/bin:/bin"]
    }

    func run(_ arguments: [String], input: String = "", environment extra: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.environment = environment.merging(["HANDLAGG_CASES": cases.path]) { $1 }.merging(extra) { $1 }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self))
    }

    /// The one case in the store.
    func onlyCase() throws -> (id: String, folder: URL, log: String) {
        let folder = cases.appendingPathComponent("cases")
        let ids = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("HL-") }
        guard ids.count == 1 else { throw HandlaggError.noRoutines("expected one case, found \(ids.count)") }
        let caseFolder = folder.appendingPathComponent(ids[0])
        let logName = try FileManager.default.contentsOfDirectory(atPath: caseFolder.path).first { $0.hasSuffix(".md") } ?? ""
        let log = try String(contentsOf: caseFolder.appendingPathComponent(logName), encoding: .utf8)
        return (ids[0], caseFolder, log)
    }

    /// The bundled routine read from the source tree.
    static func bundledRoutine() throws -> Routine {
        try RoutineLoader.load(directory: packageRoot.appendingPathComponent("Resources/routines")).routine("akut-barn")
    }

    /// What a worker would type, line by line, to answer every question of `routine` in order,
    /// taking `typed` answers where given and a plausible default otherwise.
    static func script(for routine: Routine, typed: [String: String], now: Date) -> [String] {
        var values: [String: AnswerValue] = [:]
        var lines: [String] = []
        let input = AnswerInput(now: now, timeZone: Fixtures.stockholm)
        while true {
            let walk = Walk(routine: routine, values: values)
            guard let question = walk.questions.first(where: { values[$0.id] == nil }) else { return lines }
            // A typed answer the question does not take would be asked again: a script must not
            // loop on it, so the plain default is typed instead, and the script ends if that fails too.
            var parsed: AnswerValue?
            for text in [typed[question.id], defaultAnswer(question)].compactMap({ $0 }) where parsed == nil {
                if question.kind == .list {
                    let items = text.split(separator: "\n").map(String.init)
                    parsed = try? input.parse(lines: items, for: question).get()
                    if parsed != nil { lines += items + [""] }
                } else {
                    parsed = try? input.parse(text, for: question).get()
                    if parsed != nil { lines.append(text) }
                }
            }
            guard let parsed else { return lines }
            values[question.id] = parsed
        }
    }

    private static func defaultAnswer(_ question: Question) -> String {
        switch question.kind {
        case .yesNo: "n"
        case .choice, .decision: "1"
        case .multi, .actions: "1"
        case .text: "uppgift för \(question.id)"
        case .dateTime: "nu"
        case .list: "första\nandra"
        case .scale: "3"
        case .acknowledgement: ""
        }
    }
}
