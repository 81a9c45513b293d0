/// Where keys that others refer to were written, so later checks can name the line.
struct KeyLines {
    private var lines: [String: Int] = [:]

    subscript(owner: String, key: String) -> Int? {
        get { lines[owner + "\u{0}" + key] }
        set { lines[owner + "\u{0}" + key] = newValue }
    }
}
