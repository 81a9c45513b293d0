/// A piece of routine text in one or more languages; a routine must give Swedish, English is optional.
public struct LocalizedText: Equatable, Sendable {
    // One stored field per language rather than a dictionary: routine texts are read for every
    // question shown and every log line written, and a dictionary costs a hash each time.
    private var swedish: String?
    private var english: String?

    /// Creates text from per-language values.
    public init(_ values: [Language: String] = [:]) {
        swedish = values[.swedish]
        english = values[.english]
    }

    /// True when no language has text.
    public var isEmpty: Bool { swedish == nil && english == nil }

    /// The text in `language`, falling back to Swedish, then to any language.
    public func text(in language: Language) -> String {
        self[language] ?? swedish ?? english ?? ""
    }

    /// Whether the text exists in `language` itself, without fallback.
    public func has(_ language: Language) -> Bool { self[language] != nil }

    mutating func set(_ text: String, for language: Language) {
        switch language {
        case .swedish: swedish = text
        case .english: english = text
        }
    }

    private subscript(language: Language) -> String? {
        switch language {
        case .swedish: swedish
        case .english: english
        }
    }
}
