/// A piece of routine text in one or more languages.
public struct LocalizedText: Equatable, Sendable {
    /// The text per language; a routine must give Swedish, English is optional.
    public private(set) var values: [Language: String]

    /// Creates text from per-language values.
    public init(_ values: [Language: String] = [:]) {
        self.values = values
    }

    /// True when no language has text.
    public var isEmpty: Bool { values.isEmpty }

    /// The text in `language`, falling back to Swedish, then to any language.
    public func text(in language: Language) -> String {
        values[language] ?? values[.swedish] ?? values.values.first ?? ""
    }

    /// Whether the text exists in `language` itself, without fallback.
    public func has(_ language: Language) -> Bool { values[language] != nil }

    mutating func set(_ text: String, for language: Language) {
        values[language] = text
    }
}
