// libFuzzer target: a damaged journal is read up to its damage or refused, never a trap; and
// every entry it yields is written back as a line that reads back the same.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJournal(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let contents = try? Journal.parse(bytes, path: "fuzz.jsonl") {
        _ = try? CaseRecord(entries: contents.entries)
        for entry in contents.entries {
            var first = entry
            first.seq = 1
            first.event = .opened
            guard let line = try? Journal.line(for: first), let again = try? Journal.parse(line, path: "again.jsonl"),
                  again.entries.count == 1, again.entries[0] == first else {
                fatalError("a journal entry does not read back as written: \(first)")
            }
        }
    }
    return 0
}
