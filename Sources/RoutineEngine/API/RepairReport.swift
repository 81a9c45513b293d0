/// What `handlagg repair` did to a case's journal.
public struct RepairReport: Sendable {
    /// A line set aside, with where it was and why.
    public struct Line: Sendable {
        public let number: Int
        public let reason: String
    }

    /// How many entries were kept.
    public let kept: Int
    public let setAside: [Line]
    /// Blank lines dropped (they held nothing).
    public let blankLines: [Int]
    /// Whether kept entries were numbered again (lines were set aside between them).
    public let renumbered: Bool
    /// The file beside the journal that holds the set-aside lines exactly as they were, and the
    /// copy of the whole journal before the repair; nil when nothing needed repair.
    public let setAsideFile: String?
    public let originalCopy: String?

    /// Whether the journal was whole and nothing was changed.
    public var changedNothing: Bool { setAsideFile == nil }
}
