import Foundation
import Testing
@testable import RoutineEngine

/// A case after the night, through the binary: what is open, ticking it off with the time it
/// was really done, notes, a handover, closing and reopening, several caseworkers, and what
/// `list` and `review` make of it.
@Suite("Follow-up: the case lives until it is closed")
struct FollowUpTests {
    /// The test routine with a todo: a safety scale under 8 leaves a safety plan to make within 48 hours.
    static let routineText = Fixtures.miniRoutine.replacingOccurrences(of: "source: 004 §6\n\nstep intake", with: """
    source: 004 §6

    statistic to-decision
      text.sv: Från ankomst till 6 §-beslut
      text.en: From arrival to the 6 § decision
      from: arrived
      to: lvu6

    step intake
    """) + """


      todo safety-plan
        when: scale < 8
        text.sv: Gör en säkerhetsplan
        text.en: Make a safety plan
        within: 48 hours
        source: 004 §6
    """

    let runner: BinaryRunner
    let routines: URL

    init() throws {
        runner = try BinaryRunner()
        routines = runner.cases.appendingPathComponent("routines")
        try FileManager.default.createDirectory(at: routines, withIntermediateDirectories: true)
        try Self.routineText.write(to: routines.appendingPathComponent("mini.steps"), atomically: true, encoding: .utf8)
    }

    /// Runs a command as `worker`; commands that only read take no caseworker.
    private func run(_ arguments: [String], _ now: String, by worker: String = "Bo Berg", input: String = "") throws -> BinaryRunner.Output {
        let reads = ["status", "list", "review", "show", "stats"].contains(arguments[0])
        return try runner.run(arguments + ["--routines", routines.path, "--now", now] + (reads ? [] : ["--caseworker", worker]), input: input)
    }

    /// The night walk: arrival at 02:40, a 6 § decision at 03:05 (or `decided`), the court
    /// submission not ticked, the scale at 5.
    private func night(decided: String = "03:05") throws -> String {
        let before = Set((try? FileManager.default.contentsOfDirectory(atPath: runner.cases.appendingPathComponent("cases").path)) ?? [])
        let routine = try Fixtures.routine(Self.routineText)
        let typed = ["arrived": "02:40", "age": "1", "decider": "Eva Ordf", "decided": decided, "lvu6": "1", "scale": "5", "todo": "2"]
        let lines = BinaryRunner.script(for: routine, typed: typed, now: Fixtures.date("2026-11-22T05:00:00+01:00"))
        let result = try run(["new", "--routine", "mini"], "2026-11-22T05:00:00+01:00", by: "Anna Ek", input: lines.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        let after = Set(try FileManager.default.contentsOfDirectory(atPath: runner.cases.appendingPathComponent("cases").path))
        return try #require(after.subtracting(before).first { $0.hasPrefix("HL-") })
    }

    @Test("The walk is complete, the case open: the state block says so, with the next deadline and what is open")
    func stateAfterTheNight() throws {
        _ = try night()
        let log = try runner.onlyCase().log
        #expect(log.contains("## Läge\n\n- **Ärendet:** Öppet\n- **Genomgången:** Klar: alla frågor besvarade\n"
                             + "- **Nästa frist:** 2026-11-29 – Underställ förvaltningsrätten (7 § LVU)\n"), "\(log)")
        #expect(log.contains("- **Öppna åtgärder:** 3"))
        #expect(log.contains("- [ ] Frist: Underställ förvaltningsrätten – senast 2026-11-29 (7 § LVU) `court`"))
        #expect(log.contains("- [ ] Underställt `todo.submitted`"))
        #expect(log.contains("- [ ] Gör en säkerhetsplan – senast 2026-11-24 05:00 (+01:00) `safety-plan`"))
        #expect(log.contains("case-state: open"))
    }

    @Test("status, done, note, handover, close and reopen, each by name and time in the journal and the log")
    func followUpsEndToEnd() throws {
        let id = try night()
        let status = try run(["status", id], "2026-11-23T09:00:00+01:00")
        #expect(status.status == 0)
        #expect(status.stdout.contains("Ärende \(id) (Öppet)") && status.stdout.contains("todo.submitted") && status.stdout.contains("safety-plan"))
        #expect(status.stdout.contains("Anna Ek arbetade senast") == false, "status only reads")

        let unknown = try run(["done", id, "nosuch"], "2026-11-23T09:00:00+01:00")
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("'nosuch' är inte en öppen åtgärd eller frist i ärendet; öppna: court, todo.submitted, safety-plan."))

        let done = try run(["done", id, "todo.submitted", "--at", "2026-11-24 09:00"], "2026-11-24T10:00:00+01:00")
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout.contains("Utfört: todo.submitted (2026-11-24 09:00 (+01:00)). Sparat."))
        let future = try run(["done", id, "safety-plan", "--at", "2026-11-30 09:00"], "2026-11-24T10:00:00+01:00")
        #expect(future.status == 64 && future.stderr.contains("«2026-11-30 09:00» ligger i framtiden."), "\(future.stderr)")

        #expect(try run(["note", id, "Ringde", "förvaltningsrätten"], "2026-11-24T10:05:00+01:00").status == 0)
        #expect(try run(["handover", id, "Stadsdel", "Norr,", "mottagningen"], "2026-11-24T10:10:00+01:00").status == 0)
        #expect(try run(["close", id, "Överlämnat", "och", "underställt"], "2026-11-25T08:00:00+01:00", by: "Cia Chef").status == 0)
        let afterClose = try run(["note", id, "en till"], "2026-11-25T08:05:00+01:00")
        #expect(afterClose.status == 1 && afterClose.stderr.contains("Ärendet är stängt"))

        var log = try runner.onlyCase().log
        #expect(log.contains("| Handläggare | Anna Ek, Bo Berg, Cia Chef |"))
        #expect(log.contains("- **Ärendet:** Stängt 2026-11-25 08:00 av Cia Chef"))
        #expect(log.contains("- **Överlämnat:** Stadsdel Norr, mottagningen (2026-11-24 10:10, Bo Berg)"))
        #expect(log.contains("| Underställ förvaltningsrätten | 2026-11-29 | 7 § LVU | Klar |"), "ticking the item met the deadline")
        #expect(log.contains("– Utfört: Underställt `todo.submitted` (utfört 2026-11-24 09:00 (+01:00)) (av Bo Berg)."), "the item by its text and id")
        #expect(log.contains("– Anteckning: Ringde förvaltningsrätten (av Bo Berg)."))
        #expect(log.contains("– Ärendet stängt: Överlämnat och underställt (av Cia Chef)."))
        #expect(log.contains("- [ ] Gör en säkerhetsplan"), "closing does not erase what is open")

        let reopen = try run(["reopen", id, "Barnet", "har", "kommit", "tillbaka"], "2026-11-26T22:00:00+01:00", by: "Anna Ek")
        #expect(reopen.status == 0)
        log = try runner.onlyCase().log
        #expect(log.contains("- **Ärendet:** Öppet") && log.contains("– Ärendet öppnat igen: Barnet har kommit tillbaka (av Anna Ek)."))
        let journal = try String(contentsOf: runner.onlyCase().folder.appendingPathComponent("journal.jsonl"), encoding: .utf8)
        let events = journal.split(separator: "\n").compactMap { line in line.firstMatch(of: #/"event":"([a-z-]+)"/#).map { String($0.output.1) } }
        #expect(Array(events.suffix(5)) == ["done", "note", "handed-over", "closed", "reopened"])
    }

    @Test("change asks one question again and keeps the earlier answer; resume on a finished case offers follow-up and says who worked last")
    func changeAndResume() throws {
        let id = try night()
        let change = try run(["change", id, "scale"], "2026-11-23T09:00:00+01:00", input: "9\n")
        #expect(change.status == 0, "\(change.stderr)")
        let log = try runner.onlyCase().log
        #expect(log.contains("ändrat från: 5"), "\(log)")
        #expect(!log.contains("`safety-plan`"), "the todo is done once its answer no longer leaves it")
        // A scale of 9 brings a new question; the walk is finished first, then follow-up is offered.
        let walk = try run(["resume", id], "2026-11-23T09:30:00+01:00", input: "n\n")
        #expect(walk.status == 0 && walk.stdout.contains("Skickas hem?"))
        let resume = try run(["resume", id], "2026-11-23T10:00:00+01:00", by: "Cia Chef", input: "2\nTalat med skolan\nq\n")
        #expect(resume.status == 0)
        #expect(resume.stdout.contains("Bo Berg arbetade senast med ärendet, 2026-11-23 09:30"))
        #expect(resume.stdout.contains("Genomgången är klar. Vad vill du göra?") && resume.stdout.contains("Anteckningen är sparad."))
        #expect(try runner.onlyCase().log.contains("– Anteckning: Talat med skolan (av Cia Chef)."))
    }

    @Test("A yes/no answer marked 'standing:' is in the state block, in status and in list, for whoever picks the case up")
    func standingAnswer() throws {
        let text = Self.routineText.replacingOccurrences(of: "    text.en: Sent home?\n", with: "    text.en: Sent home?\n    standing.sv: Hemskickad\n    standing.en: Sent home\n")
        #expect(text != Self.routineText)
        try text.write(to: routines.appendingPathComponent("mini.steps"), atomically: true, encoding: .utf8)
        let routine = try Fixtures.routine(text)
        #expect(routine.question("sent-home")?.standing.text(in: .swedish) == "Hemskickad")
        let typed = ["arrived": "02:40", "age": "1", "decider": "Eva Ordf", "decided": "03:05", "lvu6": "1", "scale": "9", "sent-home": "j", "todo": "2"]
        let lines = BinaryRunner.script(for: routine, typed: typed, now: Fixtures.date("2026-11-22T05:00:00+01:00"))
        let new = try run(["new", "--routine", "mini"], "2026-11-22T05:00:00+01:00", by: "Anna Ek", input: lines.joined(separator: "\n") + "\n")
        #expect(new.status == 0, "\(new.stderr)")
        let log = try runner.onlyCase().log
        #expect(log.contains("- **Hemskickad:** Ja\n- **Överlämnat:** Nej (ingen överlämning registrerad med 'handlagg handover')\n"), "\(log)")
        let id = try runner.onlyCase().id
        #expect(try run(["status", id], "2026-11-22T06:00:00+01:00").stdout.contains("Hemskickad: ja"))
        let list = try run(["list"], "2026-11-22T06:00:00+01:00").stdout
        #expect(list.contains("Öppet, hemskickad"), "\(list)")
        #expect(try run(["handover", id, "Stadsdel Norr"], "2026-11-22T07:00:00+01:00").status == 0)
        #expect(try run(["list"], "2026-11-22T07:00:00+01:00").stdout.contains("Öppet, hemskickad, överlämnat"))
    }

    @Test("list: passed deadlines first, closed cases last; review flags a deadline met late, a week without follow-up and a closed case with open actions")
    func listAndReview() throws {
        let first = try night()
        let second = try night(decided: "04:40")
        // The first case: the court submission ticked late, then closed with the safety plan open.
        #expect(try run(["done", first, "todo.submitted", "--at", "2026-12-01 09:00"], "2026-12-01T10:00:00+01:00").status == 0)
        #expect(try run(["close", first, "Klart"], "2026-12-01T10:05:00+01:00").status == 0)
        let list = try run(["list"], "2026-12-02T12:00:00+01:00")
        let rows = list.stdout.split(separator: "\n").filter { $0.hasPrefix("HL-") }
        try #require(rows.count == 2, "\(list.stdout)")
        #expect(rows[0].hasPrefix(second) && rows[1].hasPrefix(first), "\(list.stdout)")
        #expect(rows[0].contains("! 2026-11-29 (7 § LVU)") && rows[1].contains("Stängt"), "\(list.stdout)")

        let review = try run(["review", runner.cases.appendingPathComponent("cases").path, "--json"], "2026-12-02T12:00:00+01:00")
        #expect(review.status == 1)
        #expect(review.stdout.contains("\"kind\" : \"met-late\"") && review.stdout.contains("\"kind\" : \"closed-with-open-actions\""))
        #expect(review.stdout.contains("\"kind\" : \"stale\""), "the second case has had nothing since 22 November")
    }

    @Test("stats: per year, the median time from arrival to the decision, and the share of deadlines met in time")
    func statsTimings() throws {
        let onTime = try night()                      // 25 minutes; 7 § met on 24 November
        _ = try night(decided: "04:40")               // 2 hours; 7 § passed unmet by 2 December
        _ = try night(decided: "03:40")               // 1 hour; 7 § met on 1 December, too late
        #expect(try run(["done", onTime, "todo.submitted", "--at", "2026-11-24 09:00"], "2026-11-24T10:00:00+01:00").status == 0)
        let late = try #require(Set(try FileManager.default.contentsOfDirectory(atPath: runner.cases.appendingPathComponent("cases").path))
            .first { $0.hasPrefix("HL-") && (try? runner.run(["show", $0, "--routines", routines.path]).stdout.contains("2026-11-22 03:40 (+01:00) (av Anna Ek)")) == true })
        #expect(try run(["done", late, "todo.submitted", "--at", "2026-12-01 09:00"], "2026-12-01T10:00:00+01:00").status == 0)
        let stats = try run(["stats", runner.cases.appendingPathComponent("cases").path], "2026-12-02T12:00:00+01:00")
        #expect(stats.status == 0, "\(stats.stderr) \(stats.stdout)")
        #expect(stats.stdout.contains("| Median: Från ankomst till 6 §-beslut | Uppfyllda i tid: 7 § LVU |"), "\(stats.stdout)")
        #expect(stats.stdout.contains("| 1 h 00 min | 1 av 3 (33 %) |"), "\(stats.stdout)")
    }
}
