extension Array where Element == UInt8 {
    /// The number written in `count` ASCII digits from `start`, or nil if one of them is not a
    /// digit or they run past the end. (Dates and times in the shape handlagg writes them.)
    func decimal(at start: Int, count: Int) -> Int? {
        guard start >= 0, count > 0, start + count <= self.count else { return nil }
        var value = 0
        for byte in self[start..<(start + count)] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
