/// Something the unit counts per year across cases, declared in a step file's header and
/// counted by `count:` on the questions and choices that record it.
public struct Statistic: Equatable, Sendable {
    public let id: String
    /// The column heading.
    public var label: LocalizedText
    /// Line in the step file where it is declared.
    public let line: Int
}
