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
        public var key: String { category.isEmpty ? statistic : "\(statistic):\(category)" }

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
                let column = Column(statistic: fact.statistic, category: fact.category, label: fact.label, categoryLabel: fact.categoryLabel)
                if seen.insert(column.key).inserted { columns.append(column) }
                year.counts[column.key, default: 0] += 1
            }
            byYear[summary.year] = year
        }
        years = byYear.values.sorted { $0.year < $1.year }
    }
}
