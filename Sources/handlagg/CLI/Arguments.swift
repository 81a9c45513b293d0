/// A command line split into command, positional arguments, options with values and flags.
///
/// Accepts `--option value`, `--option=value`, and `--` to end options.
struct Arguments: Equatable {
    var command: String?
    var positionals: [String] = []
    var options: [String: String] = [:]
    var flags: Set<String> = []

    /// Options that take a value.
    static let valueOptions: Set<String> = ["--routines", "--cases", "--lang", "--now", "--routine", "--caseworker", "--answers", "--output"]
    /// Options that stand alone.
    static let flagOptions: Set<String> = ["--json", "--csv", "--help", "-h", "--version", "--markdown", "--anonymize"]

    /// Parses the arguments after the program name.
    static func parse(_ arguments: [String]) throws(UsageError) -> Arguments {
        var result = Arguments()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                if result.command == nil { result.command = argument } else { result.positionals.append(argument) }
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if flagOptions.contains(name) {
                guard inlineValue == nil else { throw UsageError(message: "'\(name)' takes no value.", command: result.command) }
                result.flags.insert(name == "-h" ? "--help" : name)
            } else if valueOptions.contains(name) {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard index < arguments.count else {
                        throw UsageError(message: "'\(name)' needs a value.", command: result.command)
                    }
                    value = arguments[index]
                    index += 1
                }
                guard result.options[name] == nil else {
                    throw UsageError(message: "'\(name)' is given twice.", command: result.command)
                }
                result.options[name] = value
            } else {
                throw UsageError(message: "Unknown option '\(name)'.", command: result.command)
            }
        }
        return result
    }

    /// Refuses options the command does not take and extra positional arguments.
    func check(command: String, options allowed: Set<String>, positionals range: ClosedRange<Int>) throws(UsageError) {
        let global: Set<String> = ["--routines", "--cases", "--lang", "--now", "--help"]
        for name in Set(options.keys).union(flags) where !allowed.contains(name) && !global.contains(name) {
            throw UsageError(message: "'\(name)' is not an option of '\(command)'.", command: command)
        }
        if positionals.count < range.lowerBound {
            throw UsageError(message: "'\(command)' needs more arguments.", command: command)
        }
        if positionals.count > range.upperBound {
            throw UsageError(message: "Unexpected argument '\(positionals[range.upperBound])'.", command: command)
        }
    }
}
