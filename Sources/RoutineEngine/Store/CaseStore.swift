import Foundation

/// The folder where cases live: one private folder per case, named by its pseudonymous id.
/// Practice cases live in a separate folder of their own and are never listed with real ones.
public struct CaseStore: Sendable {
    /// Real cases or practice cases.
    public enum Kind: String, Sendable {
        case cases
        case practice
    }

    static let journalName = "journal.jsonl"
    /// New cases are prepared in a folder with this prefix and renamed into place when whole.
    static let stagingPrefix = ".new-"

    /// The store's root, e.g. `~/.local/share/handlagg`.
    public let root: URL
    public let kind: Kind
    public let timeZone: TimeZone

    /// The folder holding this kind's case folders.
    public var folder: URL { root.appendingPathComponent(kind.rawValue, isDirectory: true) }

    public init(root: URL, kind: Kind = .cases, timeZone: TimeZone) {
        self.root = root
        self.kind = kind
        self.timeZone = timeZone
    }

    /// The default root: `$XDG_DATA_HOME/handlagg`, else `~/.local/share/handlagg`;
    /// `environment` looks up a variable.
    public static func defaultRoot(environment: (String) -> String?) -> URL {
        if let data = environment("XDG_DATA_HOME"), data.hasPrefix("/") {
            return URL(fileURLWithPath: data).appendingPathComponent("handlagg")
        }
        let home = environment("HOME").map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".local/share/handlagg")
    }

    /// Opens a new case with a fresh id, in place and on disk when this returns; a practice case
    /// names the scenario it runs.
    public func create(routine: Routine, library: [Routine] = [], language: Language, scenario: String? = nil, at moment: Date,
                       by worker: String) throws(HandlaggError) -> CaseFile {
        var file = try start(routine: routine, library: library, language: language, scenario: scenario, at: moment, by: worker)
        try file.completeOpening()
        return file
    }

    /// Starts a new case with a fresh id but leaves syncing it and moving it into place to
    /// `CaseFile.completeOpening()`, which its first change also runs. A session calls it after
    /// showing the first question, so the worker does not wait for the disk.
    /// When `routine` is an intake, `library` holds the routines it can choose.
    public func start(routine: Routine, library: [Routine] = [], language: Language, scenario: String? = nil, at moment: Date,
                      by worker: String) throws(HandlaggError) -> CaseFile {
        try refuseSymbolicLink(folder)
        try FileSystem.makePrivateFolder(folder)
        removeAbandonedNewCases()
        var id = CaseID.random()
        while FileSystem.exists(caseFolder(id).filePath) || FileSystem.exists(staging(id).filePath) { id = CaseID.random() }
        return try CaseFile.start(folder: caseFolder(id), staging: staging(id), routine: routine, library: library, id: id, language: language,
                                  practice: kind == .practice, scenario: scenario, at: moment, by: worker, timeZone: timeZone)
    }

    private func staging(_ id: CaseID) -> URL {
        folder.appendingPathComponent(Self.stagingPrefix + id.description, isDirectory: true)
    }

    /// Opens an existing case to write to it: takes its lock (a second writer is refused at
    /// once with who holds it), repairs an interrupted last journal line and rewrites its log.
    public func open(_ id: CaseID, routines: RoutineLibrary, by worker: String = "", at moment: Date = Date()) throws(HandlaggError) -> CaseFile {
        let lock = try CaseLock.acquire(in: try existingCaseFolder(id), worker: worker.isEmpty ? "handlagg" : worker, at: moment)
        let record = try read(id)
        let routine = try routine(of: record.record, id, in: routines)
        let intake = record.record.intake.flatMap { try? routines.routine($0.intakeID) }
        var file = CaseFile(folder: caseFolder(id), routine: routine, record: record.record, timeZone: timeZone,
                            repairedJournal: record.repaired, library: routines.caseRoutines, intake: intake)
        file.lock = lock
        file.writeLog()
        return file
    }

    /// A case to look at, not to change: no lock is taken and nothing is written, so it never
    /// waits for a writer (it sees the journal up to its last complete entry).
    public func openForReading(_ id: CaseID, routines: RoutineLibrary) throws(HandlaggError) -> CaseFile {
        let record = try record(id)
        let routine = try routine(of: record, id, in: routines)
        let intake = record.intake.flatMap { try? routines.routine($0.intakeID) }
        return CaseFile(folder: caseFolder(id), routine: routine, record: record, timeZone: timeZone, repairedJournal: false,
                        library: routines.caseRoutines, intake: intake)
    }

    /// Recovers a journal damaged in the middle (a second writer from an older version, a disk
    /// fault): keeps every complete entry in order, sets every other line aside in a file beside
    /// the journal, keeps a copy of the journal as it was, and records the repair as a note in
    /// the journal. Nothing is deleted and nothing is guessed; a whole journal is left unchanged.
    public func repair(_ id: CaseID, by worker: String, at moment: Date) throws(HandlaggError) -> RepairReport {
        let caseFolder = try existingCaseFolder(id)
        let lock = try CaseLock.acquire(in: caseFolder, worker: worker, at: moment)
        defer { withExtendedLifetime(lock) {} }
        let path = caseFolder.appendingPathComponent(Self.journalName).filePath
        guard let bytes = try FileSystem.read(path) else {
            throw .fileSystem(FileProblem(path: path, action: .read, cause: .missing))
        }
        let repair = try JournalRepair(bytes, path: path)
        let lines = repair.setAside.map { RepairReport.Line(number: $0.line, reason: $0.reason) }
        guard !repair.isWhole else {
            return RepairReport(kept: repair.kept.count, setAside: [], blankLines: [], renumbered: false, setAsideFile: nil, originalCopy: nil)
        }
        let stamp = Timestamp.iso(moment, in: .utc).filter { $0.isNumber }.prefix(14)
        let setAsidePath = caseFolder.appendingPathComponent("journal.damaged-\(stamp).txt").filePath
        let copyPath = caseFolder.appendingPathComponent("journal.before-repair-\(stamp).jsonl").filePath
        var setAsideBytes: [UInt8] = []
        for line in repair.setAside {
            setAsideBytes += Array("# line \(line.line): \(line.reason)\n".utf8) + line.bytes + [0x0A]
        }
        try FileSystem.createFile(setAsideBytes, at: setAsidePath)
        try FileSystem.sync(setAsidePath)
        try FileSystem.createFile(bytes, at: copyPath)
        try FileSystem.sync(copyPath)
        var note = JournalEntry(seq: repair.kept.count + 1, at: moment, event: .note, by: worker)
        note.text = "Journalen reparerad / journal repaired: \(repair.kept.count) entries kept, \(lines.count) lines set aside in "
            + "\((setAsidePath as NSString).lastPathComponent), the journal before repair in \((copyPath as NSString).lastPathComponent)."
        var rebuilt: [UInt8] = []
        for entry in repair.kept + [note] { rebuilt += try Journal.line(for: entry, path: path) }
        // The repaired journal must read as a whole case before it replaces the damaged one.
        _ = try CaseRecord(entries: try Journal.parse(rebuilt, path: path).entries)
        try FileSystem.writeAtomically(rebuilt, to: path)
        return RepairReport(kept: repair.kept.count, setAside: lines, blankLines: repair.blankLines, renumbered: repair.renumbered,
                            setAsideFile: setAsidePath, originalCopy: copyPath)
    }

    /// Reads a case's journal without opening it for writing (nothing is changed).
    public func record(_ id: CaseID) throws(HandlaggError) -> CaseRecord {
        let path = try existingCaseFolder(id).appendingPathComponent(Self.journalName).filePath
        return try CaseRecord(entries: Journal(path: path).read().entries)
    }

    /// The routine a case is walked in. A journal naming a routine that is not loaded is invalid
    /// data (exit 65), not a wrong command: the case is named with the routines there are.
    public func routine(of record: CaseRecord, _ id: CaseID, in routines: RoutineLibrary) throws(HandlaggError) -> Routine {
        do {
            return try routines.routine(record.routineID)
        } catch {
            let path = caseFolder(id).appendingPathComponent(Self.journalName).filePath
            throw .caseRoutineMissing(path: path, routine: record.routineID, known: routines.routines.map(\.id))
        }
    }

    /// A symbolic link in the store, as its folder of cases or as a case, is never followed: it
    /// could lead anywhere.
    private func refuseSymbolicLink(_ url: URL) throws(HandlaggError) {
        if FileSystem.isSymbolicLink(url.filePath) {
            throw .fileSystem(FileProblem(path: url.filePath, action: .read, cause: .symbolicLink))
        }
    }

    /// The folder of case `id` if it exists in the store as a real folder (a symbolic link could
    /// lead outside the store, so it counts as no case).
    private func existingCaseFolder(_ id: CaseID) throws(HandlaggError) -> URL {
        try refuseSymbolicLink(self.folder)
        let folder = caseFolder(id)
        try refuseSymbolicLink(folder)
        guard FileSystem.exists(folder.filePath) else { throw .unknownCase(id.description) }
        return folder
    }

    /// A case's log rendered from its journal, changing nothing on disk.
    public func log(_ id: CaseID, routines: RoutineLibrary) throws(HandlaggError) -> String {
        let record = try record(id)
        let routine = try routine(of: record, id, in: routines)
        let intake = record.intake.flatMap { try? routines.routine($0.intakeID) }
        return CaseLogRenderer(routine: routine, record: record, timeZone: timeZone, intake: intake).render()
    }

    /// The ids of the cases in the store, oldest folder name first.
    public func caseIDs() throws(HandlaggError) -> [CaseID] {
        guard FileSystem.exists(folder.filePath) else { return [] }
        try refuseSymbolicLink(folder)
        guard let names = FileSystem.names(in: folder.filePath) else {
            throw .fileSystem(FileProblem(path: folder.filePath, action: .listFolder, cause: .permissionDenied))
        }
        return names.sorted().compactMap { try? CaseID(parsing: $0) }
    }

    /// Checks a path given with `--output` before anything is written there: it must not lie
    /// in the store's case folders (a journal or log could be replaced) and, if something is there already,
    /// it must be a regular file (a folder, device or pipe is never replaced; a symbolic link is
    /// never followed).
    public func checkOutput(_ path: String) throws(HandlaggError) {
        let target = URL(fileURLWithPath: path)
        var info = stat()
        if lstat(target.filePath, &info) == 0 {
            let kind = info.st_mode & S_IFMT
            if kind == S_IFLNK { throw .fileSystem(FileProblem(path: path, action: .write, cause: .symbolicLink)) }
            if kind != S_IFREG { throw .fileSystem(FileProblem(path: path, action: .write, cause: .notRegularFile)) }
        }
        // Compare real folders, so that `..` or a link to the store in the path changes nothing.
        let parent = target.deletingLastPathComponent().resolvingSymlinksInPath().standardizedFileURL.filePath
        for kind in [Kind.cases, .practice] {
            let cases = root.appendingPathComponent(kind.rawValue).resolvingSymlinksInPath().standardizedFileURL.filePath
            if parent == cases || parent.hasPrefix(cases + "/") {
                throw .fileSystem(FileProblem(path: path, action: .write, cause: .insideStore))
            }
        }
    }

    /// What else lies in the store's folder: names that are no case id (a stray file or folder),
    /// leaving out the hidden staging folders of cases being opened. They are never read.
    public func strayNames() -> [String] {
        (FileSystem.names(in: folder.filePath) ?? []).filter { !$0.hasPrefix(".") && (try? CaseID(parsing: $0)) == nil }.sorted()
    }

    /// The folder of case `id`. The id has been checked, so the path stays inside the store.
    func caseFolder(_ id: CaseID) -> URL {
        folder.appendingPathComponent(id.description, isDirectory: true)
    }

    /// Deletes staging folders of cases whose creation was interrupted before they were whole:
    /// only those whose lock nobody holds (another `new` may be opening its case right now).
    private func removeAbandonedNewCases() {
        for name in FileSystem.names(in: folder.filePath) ?? [] where name.hasPrefix(Self.stagingPrefix) {
            let staging = folder.appendingPathComponent(name)
            // A folder made in the last minute may be one whose `new` has not yet taken its lock.
            let made = (try? FileManager.default.attributesOfItem(atPath: staging.filePath)[.modificationDate] as? Date) ?? nil
            guard !FileSystem.isSymbolicLink(staging.filePath), !CaseLock.isHeld(in: staging),
                  let made, made < Date().addingTimeInterval(-60) else { continue }
            try? FileManager.default.removeItem(at: staging)
        }
    }

    /// Deletes temporary files left by a log rewrite that was interrupted (they hold case data).
    private func removeInterruptedWrites(in folder: URL) {
        for name in FileSystem.names(in: folder.filePath) ?? [] where name.contains(".md.tmp-") {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    private func read(_ id: CaseID) throws(HandlaggError) -> (record: CaseRecord, repaired: Bool) {
        let caseFolder = try existingCaseFolder(id)
        removeInterruptedWrites(in: caseFolder)
        let journal = Journal(path: caseFolder.appendingPathComponent(Self.journalName).filePath)
        let contents = try journal.read()
        if contents.hadTruncatedTail {
            try FileSystem.truncate(journal.path, to: contents.validLength)
        } else if contents.lacksFinalNewline {
            try FileSystem.appendDurably([UInt8(ascii: "\n")], to: journal.path)
        }
        return (try CaseRecord(entries: contents.entries), contents.hadTruncatedTail)
    }
}
