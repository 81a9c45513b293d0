import Foundation
import RoutineEngine

/// Dispatches a command line to its command and turns every error into a message and an exit code.
enum Handlagg {
    static let version = "0.1.0"

    /// The commands, in the order `--help` lists them.
    static var commands: [any Command.Type] { [
        NewCommand.self, ResumeCommand.self, StatusCommand.self, DoneCommand.self, NoteCommand.self, ChangeCommand.self,
        HandoverCommand.self, CloseCommand.self, ReopenCommand.self, RepairCommand.self, DocumentsCommand.self, DocumentCommand.self, ListCommand.self, ShowCommand.self,
        ExportCommand.self, ManualCommand.self, ReviewCommand.self, StatsCommand.self, PracticeCommand.self, RoutinesCommand.self, LintCommand.self,
    ] }

    static func run(_ argumentList: [String], environment: Environment) -> ExitCode {
        let console = Console(environment: environment)
        let arguments: Arguments
        let context: Context
        do {
            arguments = try Arguments.parse(argumentList)
            context = try Context(arguments: arguments, environment: environment, console: console)
        } catch {
            return usage(error, console: console, language: languageHint(argumentList, environment))
        }
        if arguments.flags.contains("--version") && arguments.command == nil {
            console.line("handlagg \(version)")
            return .success
        }
        guard let name = arguments.command else {
            if arguments.flags.contains("--help") {
                console.line(HelpText.overview(context.language))
                return .success
            }
            return usage(UsageError(sv: "Inget kommando angivet.", en: "No command given."), console: console, language: context.language)
        }
        if name == "help" {
            guard let topic = arguments.positionals.first else {
                console.line(HelpText.overview(context.language))
                return .success
            }
            guard let text = HelpText.command(topic, context.language) else {
                return usage(UsageError(sv: "Okänt kommando '\(topic)'.", en: "Unknown command '\(topic)'."), console: console, language: context.language)
            }
            console.line(text)
            return .success
        }
        guard let command = commands.first(where: { $0.name == name }) else {
            return usage(UsageError(sv: "Okänt kommando '\(name)'.", en: "Unknown command '\(name)'."), console: console, language: context.language)
        }
        if arguments.flags.contains("--help") {
            console.line(HelpText.command(name, context.language) ?? HelpText.overview(context.language))
            return .success
        }
        do {
            try arguments.check(command: name, options: command.options, positionals: command.positionals)
            return try command.run(context)
        } catch let error as UsageError {
            return usage(error, console: console, language: context.language)
        } catch let error as HandlaggError {
            return context.fail(error)
        } catch {
            console.error("handlagg: \(error)")
            return .failure
        }
    }

    private static func usage(_ error: any Error, console: Console, language: Language) -> ExitCode {
        let usageError = error as? UsageError ?? UsageError(message: "\(error)")
        console.error("handlagg: \(usageError.message(in: language))")
        console.error(usageError.command.flatMap { HelpText.usage($0, language) } ?? HelpText.shortUsage(language))
        return .usage
    }

    private static func languageHint(_ arguments: [String], _ environment: Environment) -> Language {
        if let index = arguments.firstIndex(of: "--lang"), index + 1 < arguments.count, let language = Language(code: arguments[index + 1]) {
            return language
        }
        return environment["HANDLAGG_LANG"].flatMap(Language.init(code:)) ?? .swedish
    }
}
