/// A pseudonymous case id such as `HL-7K3QXR`: random, carrying no personal data,
/// and safe as a folder name (it is checked before it touches a path).
public struct CaseID: Hashable, Sendable, CustomStringConvertible {
    /// Crockford's base-32 alphabet without I, L, O and U, so ids read aloud unambiguously.
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    static let prefix = "HL-"
    static let length = 6

    public let description: String

    /// Parses a case id as typed; lower case is accepted. Anything else (paths, `..`) is refused.
    public init(parsing text: String) throws(HandlaggError) {
        let upper = text.uppercased()
        guard upper.hasPrefix(Self.prefix) else { throw .invalidCaseID(text) }
        let code = upper.dropFirst(Self.prefix.count)
        guard code.count == Self.length, code.allSatisfy({ Self.alphabet.contains($0) }) else {
            throw .invalidCaseID(text)
        }
        description = upper
    }

    /// A new random id.
    public static func random() -> CaseID {
        var generator = SystemRandomNumberGenerator()
        let code = String((0..<length).map { _ in alphabet[Int(generator.next(upperBound: UInt(alphabet.count)))] })
        return CaseID(unchecked: prefix + code)
    }

    private init(unchecked: String) {
        description = unchecked
    }
}
