/// The formats a document is written in.
public enum DocumentFormat: String, CaseIterable, Sendable {
    /// Markdown (CommonMark with GFM).
    case markdown = "md"
    /// One self-contained HTML page with print styles.
    case html
    /// Plain text to paste into the municipality's journal system.
    case text = "txt"
}
