import Foundation
import Synchronization
import Testing
@testable import RoutineEngine

/// One writer per case: a second process is told at once who holds the case and writes
/// nothing; the lock dies with its holder, even under SIGKILL; readers never wait.
@Suite("The case lock across processes")
struct CaseLockTests {
    @Test("A second writer is refused with who holds the case (exit 75); a reader is not; after SIGKILL of the holder the case is free")
    func lockAcrossProcesses() throws {
        let runner = try BinaryRunner()
        let input = try String(contentsOf: BinaryRunner.packageRoot.appendingPathComponent("Tests/Fixtures/full-case-input.txt"), encoding: .utf8)
        #expect(try runner.run(["new", "--caseworker", "Anna Ek", "--now", "2026-11-22T04:05:00+01:00"], input: input).status == 0)
        let id = try runner.onlyCase().id

        // The holder: a resume left waiting at its follow-up menu, its input never closed.
        let holder = Process()
        holder.executableURL = BinaryRunner.binary
        holder.arguments = ["resume", id, "--caseworker", "Anna Ek"]
        holder.environment = runner.environment.merging(["HANDLAGG_CASES": runner.cases.path]) { $1 }
        let stdin = Pipe()
        holder.standardInput = stdin
        holder.standardOutput = FileHandle.nullDevice
        holder.standardError = FileHandle.nullDevice
        try holder.run()
        let lockFile = runner.cases.appendingPathComponent("cases/\(id)/lock").path
        // The lock file names its holder's process once it has the lock (`new` left one behind too).
        let pid = "\t\(holder.processIdentifier)\n"
        for _ in 0..<200 where !((try? String(contentsOfFile: lockFile, encoding: .utf8))?.contains(pid) ?? false) { usleep(50_000) }

        let refused = try runner.run(["note", id, "Ringde", "--caseworker", "Bo Berg"])
        #expect(refused.status == 75)
        #expect(refused.stderr.contains("Ärendet är öppet för skrivning hos Anna Ek sedan"), "\(refused.stderr)")
        let journal = runner.cases.appendingPathComponent("cases/\(id)/journal.jsonl")
        #expect(!(try String(contentsOf: journal, encoding: .utf8)).contains("Ringde"), "the refused writer wrote nothing")
        let reader = try runner.run(["status", id])
        #expect(reader.status == 0, "reading never waits for the writer")

        kill(holder.processIdentifier, SIGKILL)
        holder.waitUntilExit()
        let after = try runner.run(["note", id, "Ringde", "--caseworker", "Bo Berg"])
        #expect(after.status == 0, "the operating system released the killed holder's lock: \(after.stderr)")
    }

    @Test("new racing new: four at once each get their own case, all readable")
    func newRacingNew() throws {
        let runner = try BinaryRunner()
        let input = try String(contentsOf: BinaryRunner.packageRoot.appendingPathComponent("Tests/Fixtures/full-case-input.txt"), encoding: .utf8)
        let group = DispatchGroup()
        let statuses = Mutex<[Int32]>([])
        for _ in 0..<4 {
            DispatchQueue.global().async(group: group) {
                let status = (try? runner.run(["new", "--caseworker", "A", "--now", "2026-11-22T04:05:00+01:00"], input: input).status) ?? -1
                statuses.withLock { $0.append(status) }
            }
        }
        group.wait()
        #expect(statuses.withLock { $0 } == [0, 0, 0, 0])
        let ids = try FileManager.default.contentsOfDirectory(atPath: runner.cases.appendingPathComponent("cases").path).filter { $0.hasPrefix("HL-") }
        #expect(Set(ids).count == 4)
        let list = try runner.run(["list"])
        #expect(list.status == 0 && ids.allSatisfy { list.stdout.contains($0) })
    }
}
