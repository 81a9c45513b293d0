import Foundation

/// What `handlagg repair` makes of a damaged journal: every complete entry in the order
/// written, and every line it cannot keep set aside with the reason. It never guesses: a line
/// that cannot be read, or that repeats or goes back on an entry number already kept (a second
/// writer from an older version), is set aside whole, never merged or rewritten.
struct JournalRepair {
    /// A line set aside: where it was, why, and its bytes exactly as they were.
    struct SetAside: Equatable {
        let line: Int
        let reason: String
        let bytes: [UInt8]
    }

    /// The entries kept, numbered 1, 2, 3… again where lines were set aside between them.
    private(set) var kept: [JournalEntry] = []
    private(set) var setAside: [SetAside] = []
    /// Whether any kept entry had to be given a new number.
    private(set) var renumbered = false
    /// Blank lines between entries (they hold nothing, so nothing is set aside for them).
    private(set) var blankLines: [Int] = []

    /// Sorts the journal's lines into kept and set aside. Fails only when the first entry, the
    /// opening of the case, cannot be read: without it there is no case to keep.
    init(_ bytes: [UInt8], path: String) throws(HandlaggError) {
        var lastSeq = 0
        var lineNumber = 0
        let newlines = bytes.filter { $0 == 0x0A }.count
        for raw in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init) {
            lineNumber += 1
            if raw.isEmpty {
                // The newline that ends the file leaves one empty piece at the end; any other is a blank line.
                if lineNumber <= newlines { blankLines.append(lineNumber) }
                continue
            }
            guard let entry = Journal.entry(from: raw) else {
                setAside.append(SetAside(line: lineNumber, reason: "the line cannot be read as an entry", bytes: raw))
                continue
            }
            if kept.isEmpty && entry.event != .opened {
                throw .invalidJournal(path: path, line: lineNumber, reason: "the opening of the case cannot be read, so repair cannot keep the case; the journal is unchanged.")
            }
            guard entry.seq > lastSeq else {
                setAside.append(SetAside(line: lineNumber, reason: "entry number \(entry.seq) comes again after \(lastSeq) (a second writer)", bytes: raw))
                continue
            }
            lastSeq = entry.seq
            var renumberedEntry = entry
            renumberedEntry.seq = kept.count + 1
            if renumberedEntry.seq != entry.seq { renumbered = true }
            kept.append(renumberedEntry)
        }
        if kept.isEmpty {
            throw .invalidJournal(path: path, line: 1, reason: "the journal holds no entry that can be read; it is unchanged.")
        }
    }

    /// Whether the journal needs no repair.
    var isWhole: Bool { setAside.isEmpty && !renumbered && blankLines.isEmpty }
}
