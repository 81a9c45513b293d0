/// A mistake on the command line; printed with the command's usage, exit code 64.
struct UsageError: Error, Equatable {
    let message: String
    /// The command whose usage to show, if known.
    var command: String?
}
