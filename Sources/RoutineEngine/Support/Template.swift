/// Fills a text template such as `"Steg %d av %d"` with values in order. Only `%@` and `%d`
/// are placeholders (the only ones the interface texts use); any other `%` is kept as written,
/// as is a placeholder left over when the values run out.
///
/// Written out because `String(format:)` goes through C variadic arguments and dynamic casts,
/// whose one-time set-up costs more than a millisecond at every start.
public enum Template {
    public static func fill(_ template: String, _ values: any CustomStringConvertible...) -> String {
        var result = ""
        var rest = template[...]
        var next = 0
        while let percent = rest.utf8.firstIndex(of: UInt8(ascii: "%")) {
            result += rest[..<percent]
            let marker = rest.utf8.index(after: percent)
            let isPlaceholder = marker < rest.endIndex
                && (rest.utf8[marker] == UInt8(ascii: "@") || rest.utf8[marker] == UInt8(ascii: "d"))
            guard isPlaceholder, next < values.count else {
                result += "%"
                rest = rest[marker...]
                continue
            }
            result += values[next].description
            next += 1
            rest = rest[rest.utf8.index(after: marker)...]
        }
        result += rest
        return result
    }
}
