import RoutineEngine

/// A mistake on the command line, worded in Swedish and English; printed with the command's
/// usage, exit code 64.
struct UsageError: Error, Equatable {
    let swedish: String
    let english: String
    /// The command whose usage to show, if known.
    var command: String?

    init(sv swedish: String, en english: String, command: String? = nil) {
        self.swedish = swedish
        self.english = english
        self.command = command
    }

    /// A message already in the user's language.
    init(message: String, command: String? = nil) {
        self.init(sv: message, en: message, command: command)
    }

    func message(in language: Language) -> String {
        language == .english ? english : swedish
    }
}
