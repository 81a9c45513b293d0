/// The process exit codes handlagg uses (see DEVELOPERS.md).
enum ExitCode: Int32 {
    /// Done.
    case success = 0
    /// A failure: a file could not be written, findings in a review.
    case failure = 1
    /// A piped or `--answers` session whose input ran out while required questions were still
    /// unanswered: everything given is saved, but the walk is not complete. (A deliberate `q`
    /// is a pause and exits 0.)
    case incomplete = 3
    /// Another process is writing the case (sysexits EX_TEMPFAIL: try again later).
    case caseInUse = 75
    /// Wrong command line (sysexits EX_USAGE).
    case usage = 64
    /// Invalid data: a broken routine, journal or answers file (sysexits EX_DATAERR).
    case invalidData = 65
    /// Interrupted with Ctrl-C.
    case interrupted = 130
}
