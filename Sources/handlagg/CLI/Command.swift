/// One subcommand of the CLI.
protocol Command {
    static var name: String { get }
    /// Options the command takes besides the global ones.
    static var options: Set<String> { get }
    /// How many positional arguments it takes.
    static var positionals: ClosedRange<Int> { get }
    static func run(_ context: Context) throws -> ExitCode
}
