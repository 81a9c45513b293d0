// libFuzzer target: a damaged journal is read up to its damage or refused, never a trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJournal(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let contents = try? Journal.parse(bytes, path: "fuzz.jsonl") {
        _ = try? CaseRecord(entries: contents.entries)
    }
    return 0
}
