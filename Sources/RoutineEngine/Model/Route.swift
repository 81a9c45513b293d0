/// Where an intake sends a case: the routine that applies when the condition holds, and why.
/// Declared in an intake routine (`intake: yes`) as `route ROUTINE-ID`.
public struct Route: Equatable, Sendable {
    /// The routine the case continues in.
    public let target: String
    /// When this routine applies; routes are tried in order and the first that holds is taken.
    public var condition: Condition?
    /// Why the routine applies, recorded in the log.
    public var reason: LocalizedText
    /// Line in the step file where the route starts.
    public let line: Int
}
