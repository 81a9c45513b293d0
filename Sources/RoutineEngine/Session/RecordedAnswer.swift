import Foundation

/// The current answer to a question, when it was given, and what it replaced.
public struct RecordedAnswer: Equatable, Sendable {
    public let value: AnswerValue
    public let at: Date
    public let by: String
    /// Earlier answers to the same question, oldest first.
    public let previous: [AnswerValue]
}

/// A warning the worker confirmed: with which answer, why, when and by whom.
public struct Confirmation: Equatable, Sendable {
    public let question: String
    public let reason: String
    public let at: Date
    public let by: String
}

/// An optional question skipped on purpose.
public struct Skip: Equatable, Sendable {
    public let reason: String
    public let at: Date
    public let by: String
}
