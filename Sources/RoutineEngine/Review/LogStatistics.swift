/// Counts per year across logs, like the unit once compiled by hand from its journals.
/// Practice logs are never counted.
public struct LogStatistics: Equatable, Sendable {
    /// One column: a statistic, or a statistic split by kind (placements).
    public struct Column: Hashable, Sendable {
        public let statistic: String
        public let category: String
        public let label: LocalizedText
        public let categoryLabel: LocalizedText

        public static func == (lhs: Column, rhs: Column) -> Bool { lhs.key == rhs.key }
        public func hash(into hasher: inout Hasher) { hasher.combine(key) }

        /// `placement:sis`, or `lvu6`.
        public var key: String { Self.key(statistic: statistic, category: category) }

        static func key(statistic: String, category: String) -> String {
            category.isEmpty ? statistic : "\(statistic):\(category)"
        }

        /// The heading in `language`.
        public func heading(_ language: Language) -> String {
            categoryLabel.isEmpty ? label.text(in: language) : "\(label.text(in: language)): \(categoryLabel.text(in: language))"
        }
    }

    /// One year's counts.
    public struct Year: Equatable, Sendable {
        public let year: Int
        public var cases: Int
        public var counts: [String: Int]
    }

    public private(set) var columns: [Column] = []
    public private(set) var years: [Year] = []
    /// How many practice logs were left out.
    public private(set) var practiceSkipped = 0

    public init(_ summaries: [CaseLogSummary]) {
        var byYear: [Int: Year] = [:]
        var seen = Set<String>()
        for summary in summaries {
            if summary.isPractice {
                practiceSkipped += 1
                continue
            }
            var year = byYear[summary.year] ?? Year(year: summary.year, cases: 0, counts: [:])
            year.cases += 1
            for fact in summary.counts {
                let key = Column.key(statistic: fact.statistic, category: fact.category)
                if seen.insert(key).inserted {
                    columns.append(Column(statistic: fact.statistic, category: fact.category, label: fact.label,
                                          categoryLabel: fact.categoryLabel))
                }
                year.counts[key, default: 0] += 1
            }
            byYear[summary.year] = year
        }
        years = byYear.values.sorted { $0.year < $1.year }
    }
}
