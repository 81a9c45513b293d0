/// Something the unit counts per year across cases, declared in a step file's header and
/// counted by `count:` on the questions and choices that record it.
///
/// A statistic with `from:` and `to:` is a time instead: how long from one answer to the other
/// (e.g. from the young person's arrival to the police-report decision), reported per year as
/// the median.
public struct Statistic: Equatable, Sendable {
    public let id: String
    /// The column heading.
    public var label: LocalizedText
    /// For a time: the question whose moment starts it (a date-and-time answer, or when it was
    /// answered) and the one that ends it (a decision's time, or when it was answered).
    public var from: String?
    public var to: String?

    /// Whether this is a time from one answer to another rather than a count.
    public var isTiming: Bool { from != nil && to != nil }
    /// Line in the step file where it is declared.
    public let line: Int
}
