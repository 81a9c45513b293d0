/// A command line split into command, positional arguments, options with values and flags.
///
/// Accepts `--option value`, `--option=value`, and `--` to end options.
struct Arguments: Equatable {
    var command: String?
    var positionals: [String] = []
    var options: [String: String] = [:]
    var flags: Set<String> = []

    /// Options that take a value.
    static let valueOptions: Set<String> = ["--routines", "--cases", "--lang", "--now", "--routine", "--caseworker", "--answers", "--output", "--scenarios", "--at", "--format"]
    /// Options that stand alone.
    static let flagOptions: Set<String> = ["--json", "--csv", "--help", "-h", "--version", "--markdown", "--anonymize", "--practice", "--final", "--documents"]

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
                guard inlineValue == nil else { throw UsageError(sv: "'\(name)' tar inget värde.", en: "'\(name)' takes no value.", command: result.command) }
                result.flags.insert(name == "-h" ? "--help" : name)
            } else if valueOptions.contains(name) {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard index < arguments.count else {
                        throw UsageError(sv: "'\(name)' behöver ett värde.", en: "'\(name)' needs a value.", command: result.command)
                    }
                    value = arguments[index]
                    index += 1
                }
                guard result.options[name] == nil else {
                    throw UsageError(sv: "'\(name)' anges två gånger.", en: "'\(name)' is given twice.", command: result.command)
                }
                result.options[name] = value
            } else {
                throw UsageError(sv: "Okänd flagga '\(name)'.", en: "Unknown option '\(name)'.", command: result.command)
            }
        }
        return result
    }

    /// Refuses options the command does not take and extra positional arguments.
    func check(command: String, options allowed: Set<String>, positionals range: ClosedRange<Int>) throws(UsageError) {
        let global: Set<String> = ["--routines", "--cases", "--lang", "--now", "--help"]
        for name in Set(options.keys).union(flags) where !allowed.contains(name) && !global.contains(name) {
            throw UsageError(sv: "'\(name)' är ingen flagga för '\(command)'.", en: "'\(name)' is not an option of '\(command)'.", command: command)
        }
        // An empty folder would mean the current folder: cases would be written wherever the
        // command happened to run.
        for name in ["--cases", "--routines", "--scenarios", "--answers", "--output"] where options[name]?.isEmpty == true {
            throw UsageError(sv: "'\(name)' behöver en sökväg, inte en tom text.", en: "'\(name)' needs a path, not an empty text.", command: command)
        }
        if positionals.count < range.lowerBound {
            throw UsageError(sv: "'\(command)' behöver fler argument.", en: "'\(command)' needs more arguments.", command: command)
        }
        if positionals.count > range.upperBound {
            throw UsageError(sv: "Oväntat argument '\(positionals[range.upperBound])'.", en: "Unexpected argument '\(positionals[range.upperBound])'.", command: command)
        }
    }
}
