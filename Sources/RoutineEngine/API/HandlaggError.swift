/// Everything that can go wrong in the engine, each with a full-sentence message.
public enum HandlaggError: Error, Equatable, Sendable {
    /// One or more step files are broken; every problem found is listed.
    case invalidRoutine([Diagnostic])
    /// No step files were found where routines were expected.
    case noRoutines(String)
    /// A routine id that is not among the loaded routines.
    case unknownRoutine(String, known: [String])
    /// A case whose journal names a routine that is not loaded (removed or renamed): invalid data, not a wrong command.
    case caseRoutineMissing(path: String, routine: String, known: [String])
    /// One or more scenario files are broken; every problem found is listed.
    case invalidScenario([Diagnostic])
    /// A scenario id that is not among the loaded scenarios.
    case unknownScenario(String, known: [String])
    /// A file could not be read or written.
    case fileSystem(FileProblem)
    /// A case id that is not of the form handlagg gives out.
    case invalidCaseID(String)
    /// A case id that the store does not have.
    case unknownCase(String)
    /// A case's journal cannot be read.
    case invalidJournal(path: String, line: Int, reason: String)
    /// An answers file that cannot be used.
    case invalidAnswers(path: String, reason: String)
    /// Another process is writing the case (it holds the case's lock): who, and since when.
    case caseInUse(worker: String, since: String)
    /// A follow-up that cannot be recorded as asked (nothing was written).
    case followUp(FollowUpProblem)
}

extension HandlaggError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .invalidRoutine(let diagnostics), .invalidScenario(let diagnostics):
            return diagnostics.map(\.description).joined(separator: "\n")
        case .noRoutines(let place):
            return "No step files (*.steps) found in \(place)."
        case .unknownRoutine(let id, let known):
            return "There is no routine '\(id)'; available: \(known.joined(separator: ", "))."
        case .caseRoutineMissing(let path, let routine, let known):
            return "\(path): the case is walked in routine '\(routine)', which is not among the routines loaded (\(known.joined(separator: ", "))); load the folder that holds it with --routines."
        case .unknownScenario(let id, let known):
            return "There is no practice scenario '\(id)'; available: \(known.joined(separator: ", "))."
        case .fileSystem(let problem):
            return problem.description
        case .invalidCaseID(let id):
            return "'\(id)' is not a case id; case ids look like HL-7K3QXR (see 'handlagg list')."
        case .unknownCase(let id):
            return "There is no case \(id) in the case store (see 'handlagg list')."
        case .invalidJournal(let path, let line, let reason):
            return "\(path):\(line): \(reason)"
        case .followUp(let problem):
            return problem.description
        case .caseInUse(let worker, let since):
            return "The case is open for writing by \(worker) since \(since); nothing was written. Try again when they are done, or read it with 'handlagg show'."
        case .invalidAnswers(let path, let reason):
            return "\(path): \(reason)"
        }
    }
}
