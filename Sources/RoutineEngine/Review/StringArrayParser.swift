/// Reads a JSON array of strings (`["a","b\"c"]`), the only JSON the log metadata holds,
/// directly from bytes. Nil for anything else. The bytes must already be valid UTF-8
/// (`CaseLogReader` checks the whole metadata first).
enum StringArrayParser {
    static func parse(_ b: UnsafeBufferPointer<UInt8>) -> [String]? {
        var i = skipSpaces(b, 0)
        guard i < b.count, b[i] == 0x5B else { return nil }
        i = skipSpaces(b, i + 1)
        var result: [String] = []
        result.reserveCapacity(6) // the longest entries a log writes have six fields
        if i < b.count, b[i] == 0x5D { return trailing(b, i + 1) ? result : nil }
        while true {
            i = skipSpaces(b, i)
            guard let string = readString(b, &i) else { return nil }
            result.append(string)
            i = skipSpaces(b, i)
            guard i < b.count else { return nil }
            if b[i] == 0x2C {
                i += 1
                continue
            }
            guard b[i] == 0x5D else { return nil }
            return trailing(b, i + 1) ? result : nil
        }
    }

    private static func skipSpaces(_ b: UnsafeBufferPointer<UInt8>, _ from: Int) -> Int {
        var i = from
        while i < b.count, b[i] == 0x20 { i += 1 }
        return i
    }

    private static func trailing(_ b: UnsafeBufferPointer<UInt8>, _ from: Int) -> Bool {
        skipSpaces(b, from) == b.count
    }

    /// Where the run of bytes from `from` that needs no unescaping ends: at the first quote,
    /// backslash or control character, or the end. Eight bytes at a time while none is among them
    /// (the standard "has a zero byte" and "has a byte less than n" word tricks).
    static func plainEnd(_ b: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var i = from
        if let base = b.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            while i + 8 <= b.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
                let special = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)
                if special & highs != 0 { break }
                i += 8
            }
        }
        while i < b.count, b[i] != 0x22, b[i] != 0x5C, b[i] >= 0x20 { i += 1 }
        return i
    }

    private static func readString(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> String? {
        guard i < b.count, b[i] == 0x22 else { return nil }
        i += 1
        // Most values have no escapes: take the bytes up to the closing quote as they are.
        let close = plainEnd(b, from: i)
        if close < b.count, b[close] == 0x22 {
            defer { i = close + 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: b[i..<close]), as: UTF8.self)
        }
        var bytes: [UInt8] = []
        var pendingHigh: UInt32?
        while i < b.endIndex {
            let byte = b[i]
            i += 1
            switch byte {
            case 0x22:
                guard pendingHigh == nil else { return nil }
                return String(decoding: bytes, as: UTF8.self)
            case 0x5C:
                guard i < b.endIndex else { return nil }
                let escape = b[i]
                i += 1
                switch escape {
                case 0x22, 0x5C, 0x2F: bytes.append(escape)
                case 0x6E: bytes.append(0x0A)
                case 0x74: bytes.append(0x09)
                case 0x72: bytes.append(0x0D)
                case 0x62: bytes.append(0x08)
                case 0x66: bytes.append(0x0C)
                case 0x75:
                    guard i + 4 <= b.endIndex, let unit = UInt32(String(decoding: b[i..<(i + 4)], as: UTF8.self), radix: 16) else { return nil }
                    i += 4
                    var scalarValue = unit
                    if (0xD800...0xDBFF).contains(unit) {
                        guard pendingHigh == nil else { return nil }
                        pendingHigh = unit
                        continue
                    } else if (0xDC00...0xDFFF).contains(unit) {
                        guard let high = pendingHigh else { return nil }
                        scalarValue = 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00)
                        pendingHigh = nil
                    }
                    guard let scalar = Unicode.Scalar(scalarValue) else { return nil }
                    bytes += Array(String(Character(scalar)).utf8)
                default:
                    return nil
                }
            default:
                guard byte >= 0x20, pendingHigh == nil else { return nil }
                bytes.append(byte)
            }
        }
        return nil
    }
}
