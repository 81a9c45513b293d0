import Foundation

/// Counts per year across logs, like the unit once compiled by hand from its journals.
/// Practice logs are never counted.
public struct LogStatistics: Equatable, Sendable {
    /// One column: a statistic, or a statistic split by kind (placements).
    public struct Column: Hashable, Sendable {
        public let statistic: String
        public let category: String
        public let label: LocalizedText
        public let categoryLabel: LocalizedText
        /// The routine the column counts alone, where routines name the statistic differently.
        public var routine = LocalizedText()

        init(statistic: String, category: String, label: LocalizedText, categoryLabel: LocalizedText, routine: LocalizedText = LocalizedText()) {
            self.statistic = statistic
            self.category = category
            self.label = label
            self.categoryLabel = categoryLabel
            self.routine = routine
        }

        public static func == (lhs: Column, rhs: Column) -> Bool { lhs.key == rhs.key }
        public func hash(into hasher: inout Hasher) { hasher.combine(key) }

        /// `placement:sis`, or `lvu6`.
        public var key: String { Self.key(statistic: statistic, category: category) }

        static func key(statistic: String, category: String) -> String {
            category.isEmpty ? statistic : "\(statistic):\(category)"
        }

        /// The heading in `language`.
        public func heading(_ language: Language) -> String {
            let heading = categoryLabel.isEmpty ? label.text(in: language) : "\(label.text(in: language)): \(categoryLabel.text(in: language))"
            return routine.isEmpty ? heading : "\(heading) (\(routine.text(in: language)))"
        }
    }

    /// One year's counts.
    public struct Year: Equatable, Sendable {
        public let year: Int
        public var cases: Int
        public var counts: [String: Int]
        /// Per time measured (statistic id): every case's minutes, in log order.
        public var minutes: [String: [Int]] = [:]
        /// Per deadline (by legal basis): how many fell due or were met, and how many of those in time.
        public var deadlinesDue: [String: Int] = [:]
        public var deadlinesMet: [String: Int] = [:]

        /// The median of a time, in minutes (the lower middle value of an even count).
        public func median(_ id: String) -> Int? {
            guard let values = minutes[id]?.sorted(), !values.isEmpty else { return nil }
            return values[(values.count - 1) / 2]
        }
    }

    /// A time the routines measure, as a column.
    public struct TimingColumn: Equatable, Sendable {
        public let id: String
        public let label: LocalizedText
    }

    public private(set) var columns: [Column] = []
    /// The times measured (medians per year), in the order first seen.
    public private(set) var timingColumns: [TimingColumn] = []
    /// The deadlines' legal bases (share met in time per year), in the order first seen.
    public private(set) var deadlineColumns: [String] = []
    public private(set) var years: [Year] = []
    /// How many practice logs were left out.
    public private(set) var practiceSkipped = 0

    /// Counts `summaries`. With logs of several routines, each year also counts the cases per
    /// routine; a statistic counts in one column across routines where they name it the same way,
    /// and in a column per routine where they do not (the same id meaning different things).
    /// A deadline counts towards the share met when it was met, or when it had passed unmet at
    /// `now`; one still running does not count yet.
    public init(_ summaries: [CaseLogSummary], now: Date = Date(), timeZone: TimeZone = .current) {
        let counted = summaries.filter { !$0.isPractice }
        practiceSkipped = summaries.count - counted.count
        // The names each statistic has in each routine, to see where routines agree.
        var names: [String: Set<String>] = [:]
        for summary in counted {
            for fact in summary.counts {
                names[Column.key(statistic: fact.statistic, category: fact.category), default: []].insert(fact.label.text(in: .swedish) + "\u{0}" + fact.categoryLabel.text(in: .swedish))
            }
        }
        let routines = Set(counted.map(\.routineID))
        var byYear: [Int: Year] = [:]
        var seen = Set<String>()
        func count(_ column: Column, in year: inout Year) {
            if seen.insert(column.key).inserted { columns.append(column) }
            year.counts[column.key, default: 0] += 1
        }
        for summary in counted {
            var year = byYear[summary.year] ?? Year(year: summary.year, cases: 0, counts: [:])
            year.cases += 1
            if routines.count > 1 {
                count(Column(statistic: "routine", category: summary.routineID, label: Self.casesPerRoutine,
                             categoryLabel: LocalizedText([.swedish: summary.routineID, .english: summary.routineID])), in: &year)
            }
            for fact in summary.counts {
                let key = Column.key(statistic: fact.statistic, category: fact.category)
                if names[key, default: []].count > 1 {
                    let routine = LocalizedText([.swedish: summary.routineID, .english: summary.routineID])
                    count(Column(statistic: summary.routineID + "/" + fact.statistic, category: fact.category,
                                 label: fact.label, categoryLabel: fact.categoryLabel, routine: routine), in: &year)
                } else {
                    count(Column(statistic: fact.statistic, category: fact.category, label: fact.label, categoryLabel: fact.categoryLabel),
                          in: &year)
                }
            }
            for timing in summary.timings {
                if !timingColumns.contains(where: { $0.id == timing.id }) { timingColumns.append(TimingColumn(id: timing.id, label: timing.label)) }
                year.minutes[timing.id, default: []].append(timing.minutes)
            }
            for deadline in summary.deadlines {
                let last = deadline.due.lastMoment(in: timeZone)
                let settled = deadline.isDone || last < now
                guard settled else { continue }
                if !deadlineColumns.contains(deadline.basis) { deadlineColumns.append(deadline.basis) }
                year.deadlinesDue[deadline.basis, default: 0] += 1
                // A log from before follow-up says only "done": it counts as met.
                if deadline.isDone, (deadline.doneAt ?? last) <= last { year.deadlinesMet[deadline.basis, default: 0] += 1 }
            }
            byYear[summary.year] = year
        }
        years = byYear.values.sorted { $0.year < $1.year }
    }

    private static let casesPerRoutine = LocalizedText([.swedish: "Ärenden", .english: "Cases"])
}
