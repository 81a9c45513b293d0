import Foundation
import RoutineEngine

/// `handlagg stats PATH...`: counts per year across logs, as a Markdown table, JSON or CSV.
/// Practice logs are never counted; logs that cannot be read are named on standard error.
enum StatsCommand: Command {
    static let name = "stats"
    static let options: Set<String> = ["--json", "--csv"]
    static let positionals = 1...Int.max

    static func run(_ context: Context) throws -> ExitCode {
        var summaries: [CaseLogSummary] = []
        var unreadable = 0
        let (files, ignored) = LogReview.logFiles(at: context.arguments.positionals)
        ErrorText.report(ignored, context)
        let read = CaseLogReader.readAll(files, for: .statistics)
        for result in read {
            switch result {
            case .success(let summary) where summary.hasChecksum && !summary.checksumMatches:
                // A log changed after it was written (its checksum no longer matches) is not counted.
                unreadable += 1
                context.console.error("handlagg: \(summary.path): " + (context.language == .english
                    ? "not counted: the log was changed after it was written (its checksum does not match; see 'handlagg review')."
                    : "räknas inte: loggen har ändrats efter att den skrevs (kontrollsumman stämmer inte; se 'handlagg review')."))
            case .success(let summary):
                summaries.append(summary)
            case .failure(let error):
                unreadable += 1
                context.console.error("handlagg: \(error)")
            }
        }
        // Two copies of one case's log count once (the one updated last); the others are named.
        var latest: [String: CaseLogSummary] = [:]
        for summary in summaries {
            if let other = latest[summary.caseID] {
                let (kept, dropped) = summary.updated > other.updated ? (summary, other) : (other, summary)
                latest[summary.caseID] = kept
                context.console.error("handlagg: \(dropped.path): " + (context.language == .english
                    ? "another log of case \(summary.caseID) (\(kept.path)) is counted instead."
                    : "en annan logg för ärende \(summary.caseID) (\(kept.path)) räknas i stället."))
            } else {
                latest[summary.caseID] = summary
            }
        }
        summaries = summaries.filter { latest[$0.caseID]?.path == $0.path }
        let statistics = LogStatistics(summaries, now: context.now, timeZone: context.timeZone)
        let language = context.language
        let english = language == .english
        let headings = [english ? "Year" : "År", english ? "Cases" : "Ärenden"]
            + statistics.columns.map { $0.heading(language) }
            + statistics.timingColumns.map { "Median: " + $0.label.text(in: language) }
            + statistics.deadlineColumns.map { (english ? "Met in time: " : "Uppfyllda i tid: ") + $0 }
        let rows = statistics.years.map { year in
            [String(year.year), String(year.cases)] + statistics.columns.map { String(year.counts[$0.key] ?? 0) }
                + statistics.timingColumns.map { column in year.median(column.id).map(duration) ?? "–" }
                + statistics.deadlineColumns.map { basis in share(year.deadlinesMet[basis] ?? 0, of: year.deadlinesDue[basis] ?? 0, english) }
        }
        if context.arguments.flags.contains("--json") {
            let objects: [[String: Any]] = statistics.years.map { year in
                ["year": year.year, "cases": year.cases,
                 "counts": Dictionary(uniqueKeysWithValues: statistics.columns.map { ($0.key, year.counts[$0.key] ?? 0) }),
                 "medianMinutes": Dictionary(uniqueKeysWithValues: statistics.timingColumns.compactMap { column in year.median(column.id).map { (column.id, $0) } }),
                 "deadlines": Dictionary(uniqueKeysWithValues: statistics.deadlineColumns.map { basis in
                     (basis, ["due": year.deadlinesDue[basis] ?? 0, "metInTime": year.deadlinesMet[basis] ?? 0]) })]
            }
            let columns = statistics.columns.map { ["key": $0.key, "heading": $0.heading(language)] }
            let data = try JSONSerialization.data(withJSONObject: ["years": objects, "columns": columns, "practiceLogsLeftOut": statistics.practiceSkipped],
                                                  options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            context.console.line(String(decoding: data, as: UTF8.self))
        } else if context.arguments.flags.contains("--csv") {
            context.console.lines(([headings] + rows).map { $0.map(csvField).joined(separator: ",") })
        } else {
            context.console.lines(["| " + headings.joined(separator: " | ") + " |", "|" + String(repeating: "---|", count: headings.count)]
                + rows.map { "| " + $0.joined(separator: " | ") + " |" })
        }
        return unreadable == 0 ? .success : .invalidData
    }

    /// Minutes as `2 h 05 min`.
    private static func duration(_ minutes: Int) -> String {
        minutes < 60 ? "\(minutes) min" : "\(minutes / 60) h \(String(format: "%02d", minutes % 60)) min"
    }

    /// `3 av 4 (75 %)`, or `–` when none fell due.
    private static func share(_ met: Int, of due: Int, _ english: Bool) -> String {
        guard due > 0 else { return "–" }
        return "\(met) \(english ? "of" : "av") \(due) (\(met * 100 / due) %)"
    }

    /// RFC 4180: quote fields with commas, quotes or line breaks.
    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
