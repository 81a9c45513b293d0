/// The checks every key gets in step and scenario files alike: where a key that does not belong
/// to its block belongs instead; once it belongs, a language suffix exactly on the keys that take
/// one, no key given twice in a block (except repeatable ones such as `source`), and a value; and
/// that a block's text is given in Swedish (required) and English (advised).
struct KeyRules {
    // Key lists are short arrays: comparing a few short strings is quicker than hashing one,
    // and this runs for every line of every routine loaded (the block key lists likewise).
    /// Keys written per language (`title.sv:`).
    let localized: [String]
    /// Keys that may be given more than once in a block.
    let repeatable: [String]
    /// Keys written either once for both languages (`basis: 7 § LVU`) or per language (`basis.en:`).
    var eitherWay: [String] = []

    /// What a key line comes to: its language (nil for keys without one), or why it is refused.
    enum Verdict: Equatable {
        case accepted(Language?)
        case refused(String)
    }

    /// The keys given so far in one block, with their lines. A block has a dozen keys at most, so
    /// a short list is quicker than a dictionary (this runs for every line of every routine loaded).
    struct Seen {
        private var keys: [(key: String, code: String?, line: Int)] = []

        func line(of key: String, code: String?) -> Int? { keys.first { $0.key == key && $0.code == code }?.line }

        mutating func add(_ key: String, code: String?, line: Int) { keys.append((key, code, line)) }
    }

    /// Checks one `key[.code]: value` line of a block; `seen` holds the keys already given in it.
    func check(key: String, code: String?, value: String, line: Int, blockName: String, seen: inout Seen) -> Verdict {
        var language: Language?
        if localized.contains(key) {
            guard let code else { return .refused("'\(key)' needs a language: write '\(key).sv:' or '\(key).en:'.") }
            guard let parsed = Language(rawValue: code) else { return .refused("Unknown language '\(code)' in '\(key).\(code)'; use 'sv' or 'en'.") }
            language = parsed
        } else if eitherWay.contains(key), let code {
            guard let parsed = Language(rawValue: code) else { return .refused("Unknown language '\(code)' in '\(key).\(code)'; use 'sv' or 'en'.") }
            language = parsed
        } else if let code {
            return .refused("'\(key)' takes no language suffix; write '\(key):' instead of '\(key).\(code):'.")
        }
        var written: String { code.map { key + "." + $0 } ?? key }
        if !repeatable.contains(key), let first = seen.line(of: key, code: code) {
            return .refused("'\(written)' is given twice in \(blockName) (first on line \(first)).")
        }
        seen.add(key, code: code, line: line)
        guard !value.isEmpty else { return .refused("'\(written)' has no value.") }
        return .accepted(language)
    }

    /// Why `key` may not stand in the block named `blockName`: the kind of block it belongs to,
    /// with `hint` saying where to write it, or, if no kind of block has it, the keys `allowed` here.
    static func misplaced(_ key: String, in blockName: String, allowed: [String],
                          owners: [(name: String, keys: [String])], hint: (_ owner: String) -> String) -> String {
        guard let owner = owners.first(where: { $0.keys.contains(key) }) else {
            return "Unknown key '\(key)' in \(blockName); known keys here: \(allowed.sorted().joined(separator: ", "))."
        }
        return "'\(key)' belongs to \(owner.name), not \(blockName).\(hint(owner.name))"
    }

    /// What is missing from a block's `text` (its `key`, in the block described by `what`): the
    /// Swedish text is an error, the English one a warning.
    /// `what` is built only when something is missing (for most blocks, nothing is).
    static func missingLanguages(_ text: LocalizedText, _ key: String, of what: () -> String) -> [(message: String, severity: Diagnostic.Severity)] {
        var missing: [(message: String, severity: Diagnostic.Severity)] = []
        if !text.has(.swedish) { missing.append(("The \(what()) has no Swedish text ('\(key).sv:').", .error)) }
        if !text.has(.english) { missing.append(("The \(what()) has no English text ('\(key).en:').", .warning)) }
        return missing
    }
}
