import Foundation

// libFuzzer target: the case-log reader must never trap; it reads a log or says why not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLogReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    if let summary = try? CaseLogReader.parse(bytes, path: "fuzz.md") {
        _ = LogReview(summary, now: Date(timeIntervalSince1970: 1_800_000_000), timeZone: TimeZone(secondsFromGMT: 3600) ?? .gmt)
        _ = LogStatistics([summary])
    }
    return 0
}
