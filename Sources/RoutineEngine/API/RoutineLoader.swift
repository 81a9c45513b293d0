import Foundation

/// The routines loaded from a folder of step files, with any warnings.
public struct RoutineLibrary: Sendable {
    /// The routines, in file-name order.
    public let routines: [Routine]
    /// Problems that do not stop the routines from being used.
    public let warnings: [Diagnostic]
    /// Where the routines were read from, for messages.
    public let origin: String
    /// The document templates, for all routines, in file-name order.
    public var templates: [DocumentTemplate] = []

    public init(routines: [Routine], warnings: [Diagnostic], origin: String, templates: [DocumentTemplate] = []) {
        self.routines = routines
        self.warnings = warnings
        self.origin = origin
        self.templates = templates
    }

    /// The templates of the routine with `id`.
    public func templates(for id: String) -> [DocumentTemplate] {
        templates.filter { $0.routineID == id }
    }

    /// The routine with `id`; when `id` is nil, the intake if there is one, else the first routine.
    public func routine(_ id: String?) throws(HandlaggError) -> Routine {
        if let id {
            guard let found = routines.first(where: { $0.id == id }) else {
                throw .unknownRoutine(id, known: routines.map(\.id))
            }
            return found
        }
        if let intake { return intake }
        guard let first = routines.first else { throw .noRoutines(origin) }
        return first
    }

    /// The intake that chooses the routine for a new case, if the library has one.
    public var intake: Routine? { routines.first { $0.isIntake } }

    /// The routines cases are walked in (every routine but the intake).
    public var caseRoutines: [Routine] { routines.filter { !$0.isIntake } }
}

/// Loads and validates step files.
public enum RoutineLoader {
    /// The extension of step files.
    public static let fileExtension = "steps"

    /// Loads every `*.steps` file in `directory`, refusing all of them if any has an error.
    public static func load(directory: URL, today: CalendarDate? = nil) throws(HandlaggError) -> RoutineLibrary {
        let files = try routineFiles(in: directory).map { SourceFile(name: $0.name, bytes: $0.bytes, fingerprint: nil) }
        return try library(from: files, origin: directory.path, today: today)
    }

    /// Loads the routines built into the binary.
    public static func bundled(today: CalendarDate? = nil) throws(HandlaggError) -> RoutineLibrary {
        try library(from: bundledSources(), origin: "the bundled routines", today: today)
    }

    /// The step files built into the binary, named by their path in the source tree.
    public static func bundledFiles() -> [(name: String, bytes: [UInt8])] {
        bundledSources().map { (name: $0.name, bytes: $0.bytes) }
    }

    private static func bundledSources() -> [SourceFile] {
        (BundledContent.files(under: "routines/", endingWith: "." + fileExtension)
            + BundledContent.files(under: "routines/", endingWith: "." + TemplateParser.fileExtension))
            .map { SourceFile(name: "Resources/" + $0.path, bytes: $0.bytes, fingerprint: $0.sha256) }
    }

    /// Whether content reviewed on `reviewed` is due for a new legal review by `today` (more than
    /// 12 months ago); false without a `today`. Routines and scenarios follow the same rule.
    static func legalReviewIsOld(_ reviewed: CalendarDate, today: CalendarDate?) -> Bool {
        guard let today else { return false }
        return reviewed < today.addingMonths(-12)
    }

    /// Parses and validates step files (and `*.template` document templates) given as bytes;
    /// returns what could be read and every problem. With `today`, a routine whose legal review
    /// is more than 12 months old gets a warning.
    public static func check(_ files: [(name: String, bytes: [UInt8])], today: CalendarDate? = nil)
        -> (routines: [Routine], diagnostics: [Diagnostic]) {
        let result = check(sources: files.map { SourceFile(name: $0.name, bytes: $0.bytes, fingerprint: nil) }, today: today)
        return (result.routines, result.diagnostics)
    }

    /// The same, with the templates read as well.
    public static func checkAll(_ files: [(name: String, bytes: [UInt8])], today: CalendarDate? = nil)
        -> (routines: [Routine], templates: [DocumentTemplate], diagnostics: [Diagnostic]) {
        check(sources: files.map { SourceFile(name: $0.name, bytes: $0.bytes, fingerprint: nil) }, today: today)
    }

    private static func check(sources allFiles: [SourceFile], today: CalendarDate?)
        -> (routines: [Routine], templates: [DocumentTemplate], diagnostics: [Diagnostic]) {
        let templateFiles = allFiles.filter { $0.name.hasSuffix("." + TemplateParser.fileExtension) }
        let files = allFiles.filter { !$0.name.hasSuffix("." + TemplateParser.fileExtension) }
        var routines: [Routine] = []
        var diagnostics: [Diagnostic] = []
        var firstFile: [String: String] = [:]
        var intakes: [(Routine, KeyLines)] = []
        for file in files {
            let parsed = StepFileParser.parse(file.bytes, file: file.name, fingerprint: file.fingerprint)
            if parsed.routine.isIntake { intakes.append((parsed.routine, parsed.keyLines)) }
            diagnostics += parsed.diagnostics
            diagnostics += RoutineValidator.validate(parsed.routine, keyLines: parsed.keyLines)
            let routine = parsed.routine
            if !routine.id.isEmpty, let other = firstFile[routine.id] {
                diagnostics.append(Diagnostic(file: file.name, line: 1, message: "Routine id '\(routine.id)' is also used by \(other)."))
            }
            firstFile[routine.id] = firstFile[routine.id] ?? file.name
            if legalReviewIsOld(routine.legalReview, today: today) {
                diagnostics.append(Diagnostic(file: file.name, line: parsed.keyLines["", "legal-review"] ?? 1,
                    message: "The legal review (\(routine.legalReview)) is more than 12 months old; have the legal content reviewed.",
                    severity: .warning))
            }
            routines.append(routine)
        }
        for (intake, keyLines) in intakes {
            diagnostics += IntakeValidator.validate(intake, keyLines: keyLines, routines: routines)
        }
        if intakes.count > 1, let second = intakes.dropFirst().first?.0 {
            diagnostics.append(Diagnostic(file: second.file, line: 1, message: "Only one intake can be used; \(intakes[0].0.file) is one already."))
        }
        var templates: [DocumentTemplate] = []
        for file in templateFiles {
            let parsed = TemplateParser.parse(file.bytes, file: file.name, routines: routines)
            diagnostics += parsed.diagnostics
            guard let template = parsed.template else { continue }
            if let other = templates.first(where: { $0.id == template.id && $0.routineID == template.routineID }) {
                diagnostics.append(Diagnostic(file: file.name, line: 1, message: "Template id '\(template.id)' is also used by \(other.file)."))
            }
            templates.append(template)
        }
        return (routines, templates, diagnostics)
    }

    /// Reads the `*.steps` and `*.template` files of `directory`, sorted by name.
    public static func routineFiles(in directory: URL) throws(HandlaggError) -> [(name: String, bytes: [UInt8])] {
        try files(in: directory, withExtension: fileExtension) + files(in: directory, withExtension: TemplateParser.fileExtension)
    }

    /// Reads the `*.steps` files of `directory`, sorted by name.
    public static func stepFiles(in directory: URL) throws(HandlaggError) -> [(name: String, bytes: [UInt8])] {
        try files(in: directory, withExtension: fileExtension)
    }

    /// Reads the files of `directory` whose names end in `.ext`, sorted by name.
    static func files(in directory: URL, withExtension ext: String) throws(HandlaggError) -> [(name: String, bytes: [UInt8])] {
        guard let names = FileSystem.names(in: directory.path) else {
            throw .fileSystem(FileProblem(path: directory.path, action: .listFolder,
                                          cause: FileSystem.exists(directory.path) ? .permissionDenied : .missing))
        }
        var files: [(name: String, bytes: [UInt8])] = []
        for name in names.sorted() where name.hasSuffix("." + ext) {
            let url = directory.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw .fileSystem(FileProblem(path: url.path, action: .read, cause: .permissionDenied))
            }
            files.append((name: url.path, bytes: [UInt8](data)))
        }
        return files
    }

    private static func library(from files: [SourceFile], origin: String,
                                today: CalendarDate?) throws(HandlaggError) -> RoutineLibrary {
        guard !files.isEmpty else { throw .noRoutines(origin) }
        let (routines, templates, diagnostics) = check(sources: files, today: today)
        let errors = diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw .invalidRoutine(errors) }
        return RoutineLibrary(routines: routines, warnings: diagnostics.filter { $0.severity == .warning }, origin: origin, templates: templates)
    }
}

extension CalendarDate {
    /// The same day `months` months away, clamped to the month's last day.
    func addingMonths(_ months: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12
        let newMonth = total % 12 + 1
        return CalendarDate(year: newYear, month: newMonth, day: min(day, CalendarDate.daysIn(month: newMonth, year: newYear)))
    }
}
