/// The checks every key gets in step and scenario files alike, once it is known to belong to its
/// block: a language suffix exactly on the keys that take one, no key given twice in a block
/// (except repeatable ones such as `source`), and a value.
struct KeyRules {
    /// Keys written per language (`title.sv:`).
    let localized: Set<String>
    /// Keys that may be given more than once in a block.
    let repeatable: Set<String>

    /// What a key line comes to: its language (nil for keys without one), or why it is refused.
    enum Verdict: Equatable {
        case accepted(Language?)
        case refused(String)
    }

    /// The keys given so far in one block, with their lines. A block has a dozen keys at most, so
    /// a short list is quicker than a dictionary (this runs for every line of every routine loaded).
    struct Seen {
        private var keys: [(key: String, line: Int)] = []

        func line(of key: String) -> Int? { keys.first { $0.key == key }?.line }

        mutating func add(_ key: String, line: Int) { keys.append((key, line)) }
    }

    /// Checks one `key[.code]: value` line of a block; `seen` holds the keys already given in it.
    func check(key: String, code: String?, value: String, line: Int, blockName: String, seen: inout Seen) -> Verdict {
        var language: Language?
        if localized.contains(key) {
            guard let code else { return .refused("'\(key)' needs a language: write '\(key).sv:' or '\(key).en:'.") }
            guard let parsed = Language(rawValue: code) else { return .refused("Unknown language '\(code)' in '\(key).\(code)'; use 'sv' or 'en'.") }
            language = parsed
        } else if let code {
            return .refused("'\(key)' takes no language suffix; write '\(key):' instead of '\(key).\(code):'.")
        }
        let seenKey = code.map { key + "." + $0 } ?? key
        if !repeatable.contains(key), let first = seen.line(of: seenKey) {
            return .refused("'\(seenKey)' is given twice in \(blockName) (first on line \(first)).")
        }
        seen.add(seenKey, line: line)
        guard !value.isEmpty else { return .refused("'\(seenKey)' has no value.") }
        return .accepted(language)
    }
}
