#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Reading on bytes: step files at every start, and thousands of logs in review, are read this way.
extension UnsafeBufferPointer<UInt8> {
    /// Where `byte` first occurs in `self[from..<to]` (`to` defaults to the end). memchr finds it
    /// much faster than a byte loop.
    func offset(of byte: UInt8, from: Int, to: Int? = nil) -> Int? {
        let start = Swift.max(from, 0)
        let end = Swift.min(to ?? count, count)
        guard start < end, let base = baseAddress, let hit = memchr(base + start, Int32(byte), end - start) else { return nil }
        return UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
    }

    /// Where `needle` first occurs in `self[from..<to]` (`to` defaults to the end).
    func offset(of needle: [UInt8], from: Int, to: Int? = nil) -> Int? {
        let end = Swift.min(to ?? count, count)
        guard let first = needle.first, let base = baseAddress else { return nil }
        var position = Swift.max(from, 0)
        // Each candidate is where the needle's first byte is, with room for the rest.
        while let index = offset(of: first, from: position, to: end - needle.count + 1) {
            if needle.withUnsafeBufferPointer({ memcmp(base + index, $0.baseAddress!, needle.count) }) == 0 { return index }
            position = index + 1
        }
        return nil
    }

    /// The number written in `count` ASCII digits from `start`, or nil if one of them is not a
    /// digit or they run past the end.
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
