import Foundation

/// The current answer to a question, when it was given, and what it replaced.
public struct RecordedAnswer: Equatable, Sendable {
    public let value: AnswerValue
    public let at: Date
    public let by: String
    /// Earlier answers to the same question, oldest first.
    public let previous: [AnswerValue]
    /// What the answer meant when it was given, if the journal says (journals since December 2026).
    public var facts: AnswerFacts? = nil
}

/// A warning the worker confirmed: with which answer, why, when and by whom.
public struct Confirmation: Equatable, Sendable {
    public let question: String
    public let reason: String
    public let at: Date
    public let by: String
}

/// Which routine an intake chose for a case, and why.
public struct IntakeChoice: Equatable, Sendable {
    /// The intake the case began with, and the version of it.
    public let intakeID: String
    public let intakeFingerprint: String
    /// The routine chosen.
    public let routineID: String
    /// Why, as the intake's route says it in the case's language.
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

/// Something done after it was left open: when it was really done, and who recorded it when.
public struct Completion: Equatable, Sendable {
    public let doneAt: Date
    public let recordedAt: Date
    public let by: String
}

/// A follow-up written into the case after the night: a note, a handover, a closing or a reopening.
public struct FollowUp: Equatable, Sendable {
    public enum Kind: String, Sendable {
        case note, handover, closing, reopening
    }
    public let kind: Kind
    public let text: String
    public let at: Date
    public let by: String
}

/// A document written from the case: which, in what format, when, by whom, draft or final.
public struct WrittenDocument: Equatable, Sendable {
    public let template: String
    public let format: String
    public let isFinal: Bool
    public let at: Date
    public let by: String
}
