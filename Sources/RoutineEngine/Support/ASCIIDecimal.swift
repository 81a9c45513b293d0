extension UnsafeBufferPointer<UInt8> {
    /// The number written in `count` ASCII digits from `start`, or nil if one of them is not a
    /// digit or they run past the end. (Dates and times are read on bytes: review reads thousands.)
    func decimal(at start: Int, count: Int) -> Int? {
        guard start >= 0, start + count <= self.count else { return nil }
        var value = 0
        for index in start..<(start + count) {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self[index]) else { return nil }
            value = value * 10 + Int(self[index] - UInt8(ascii: "0"))
        }
        return value
    }
}
