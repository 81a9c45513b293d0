/// A step file to load: its name for messages, its bytes, and its SHA-256 when already known
/// (files built into the binary were fingerprinted when it was built).
struct SourceFile {
    let name: String
    let bytes: [UInt8]
    let fingerprint: String?
}
