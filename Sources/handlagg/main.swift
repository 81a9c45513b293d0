import Foundation

// The thin CLI over RoutineEngine: parse the command line, run one command, exit with its code.
let code = Handlagg.run(Array(CommandLine.arguments.dropFirst()), environment: Environment())
exit(code.rawValue)
