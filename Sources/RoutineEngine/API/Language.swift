/// The languages handlagg speaks: Swedish first, English available.
public enum Language: String, CaseIterable, Sendable, Codable {
    case swedish = "sv"
    case english = "en"

    /// Parses a language code such as `sv`, `en`, `sv_SE.UTF-8` or `en-GB`.
    public init?(code: String) {
        let prefix = code.lowercased().prefix(2)
        guard let language = Language(rawValue: String(prefix)) else { return nil }
        self = language
    }
}
