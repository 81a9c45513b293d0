import Foundation
import Testing
@testable import RoutineEngine

/// Whole logs of the child routine for the three legal situations the routine tells apart:
/// a child under 18 (6 § LVU), a young adult of 18–20 (3 § only) and a child whose case
/// Swedish courts cannot try (6 a § LVU). Each log carries the deadlines the law sets.
@Suite("Logs of an under-18, an 18–20 and a 6 a § case, with their deadlines")
struct CaseLogsByAgeTests {
    let routine: Routine

    init() throws {
        routine = try BinaryRunner.bundledRoutine()
    }

    static func at(_ time: String) -> AnswerValue { .dateTime(Fixtures.date("2026-11-22T\(time):00+01:00")) }

    /// The times every case shares: arrival 01:40, decision 02:30; the custody was carried out
    /// the next morning, so the 7 § and 8 § deadlines count from different days.
    static let times: [String: AnswerValue] = ["arrived-at": at("01:40"), "decision-time": at("02:30"),
                                               "carried-out": .dateTime(Fixtures.date("2026-11-23T10:00:00+01:00")),
                                               "investigation-decision": .choice("opened")]

    func log(_ deciding: [String: AnswerValue]) throws -> String {
        let record = try BundledRoutineTests.completeRecord(routine, language: .swedish, deciding: Self.times.merging(deciding) { $1 })
        let log = CaseLogRenderer(routine: routine, record: record, timeZone: Fixtures.stockholm).render()
        return log
    }

    @Test("Under 18, 6 §: 7 § from the decision, 8 § from when custody was carried out, the investigation within 4 months; OSL 10:21")
    func underEighteen() throws {
        let log = try log(["assessed-age": .choice("under-18"), "lvu6": .choice("yes"), "lvu-actions": .choices(["board-meeting"])])
        #expect(log.contains("| 2026-11-29 | 7 § LVU | Öppen |"))
        #expect(log.contains("| 2026-12-21 | 8 § LVU | Öppen |"), "28 days from 23 November, when custody was carried out")
        #expect(log.contains("| 2027-03-22 | 20 kap. 3 § SoL | Öppen |"))
        #expect(log.contains(#""report-decision","reported-under-18","2026-11-22T02:11:00+01:00","OSL 10 kap. 21 §""#))
        #expect(log.contains("- [x] Beslutet anmält vid nämndens nästa sammanträde"))
        #expect(!log.contains("9 a §§ LVU |"), "no 9 a § deadline after a 6 § decision")
    }

    @Test("18–20, 3 §: 7 § and 8 §, no child-only question, OSL 10:23")
    func youngAdult() throws {
        let log = try log(["assessed-age": .choice("18-20"), "lvu6": .choice("yes"), "lvu-ground-young-adult": .choice("behaviour"),
                           "young-adult-suitability": .choice("yes"), "report-decision": .choice("reported-18-plus"),
                           "police-wish": .choice("cooperating"), "suspected-crime": .choice("trafficking"), "lvu-actions": .choices(["board-meeting"])])
        #expect(log.contains("| 2026-11-29 | 7 § LVU | Öppen |") && log.contains("| 2026-12-21 | 8 § LVU | Öppen |"))
        #expect(!log.contains("20 kap. 3 § SoL |"), "the four-month limit is for investigations about children")
        #expect(log.contains(#""report-decision","reported-18-plus","2026-11-22T02:11:00+01:00","OSL 10 kap. 23 §""#))
        for childOnly in ["lvu-ground", "habitual-residence", "consent-under-18", "unaccompanied"] {
            let text = try #require(routine.question(childOnly)).text.text(in: .swedish)
            #expect(!log.contains(text), "an 18–20 log asks «\(text)»")
        }
    }

    @Test("6 a §: the competent state informed, the application for continued custody under 9 a §, no 8 § application")
    func noJurisdiction() throws {
        let log = try log(["assessed-age": .choice("under-18"), "habitual-residence": .choice("eu"), "lvu6": .choice("yes-6a"),
                           "lvu-actions": .choices(["board-meeting", "continued-custody"]), "continued-custody-court-at": .dateTime(Fixtures.date("2026-12-10T11:00:00+01:00"))])
        #expect(log.contains("| 2026-11-29 | 7 § LVU | Öppen |"))
        #expect(log.contains("| 2026-12-21 | 8, 9 a §§ LVU | Klar |"))
        #expect(log.contains("| 2027-02-10 | 9 a, 9 b §§ LVU | Öppen |"), "two months from the court's decision of 10 December")
        #expect(!log.contains("| 8 § LVU |"), "no application for care under 8 § after 6 a §")
        let alerts = try #require(log.components(separatedBy: "## Observera").dropFirst().first?.components(separatedBy: "\n## ").first)
        #expect(alerts.contains("den behöriga staten ska informeras genom UD"))
    }
}
