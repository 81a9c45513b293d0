import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The exclusive right to write one case, held from opening it until the process ends. It is
/// an advisory `flock` on the file `lock` in the case's folder: the operating system releases it
/// when the process exits or is killed, so a crash never leaves a stale lock. The file itself
/// says who holds the case and since when, for the message a second writer gets; it is only
/// read when the lock is taken, so a leftover file from a dead process means nothing.
///
/// Works where the file system passes `flock` on to a shared lock manager: local disks, NFSv4
/// and NFSv3 with lockd (Linux maps `flock` to POSIX locks over NFS), and SMB/CIFS mounts with
/// byte-range locks. On a file system without working locks (`nolock` NFS mounts, some FUSE
/// file systems) `flock` succeeds for everyone and two writers are not kept apart.
public final class CaseLock: @unchecked Sendable {
    /// Who holds a case, as the lock file says.
    public struct Holder: Equatable, Sendable {
        public let worker: String
        public let since: String
    }

    static let fileName = "lock"
    private var path: String

    /// The locks this process holds, by path, with how many `CaseLock`s share each: one process
    /// is one writer, so opening a case it already holds shares the lock instead of refusing it.
    private static let held = Mutex<[String: (descriptor: Int32, count: Int)]>([:])

    private init(path: String) { self.path = path }

    deinit {
        Self.held.withLock { held in
            guard let entry = held[path] else { return }
            if entry.count > 1 {
                held[path] = (entry.descriptor, entry.count - 1)
            } else {
                close(entry.descriptor)
                held[path] = nil
            }
        }
    }

    /// Takes the lock of the case in `folder` for `worker`, or throws `.caseInUse` naming who has it.
    static func acquire(in folder: URL, worker: String, at moment: Date) throws(HandlaggError) -> CaseLock {
        let path = folder.appendingPathComponent(fileName).filePath
        let shared = held.withLock { held -> Bool in
            guard let entry = held[path] else { return false }
            held[path] = (entry.descriptor, entry.count + 1)
            return true
        }
        if shared { return CaseLock(path: path) }
        let fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, FileSystem.fileMode)
        guard fd >= 0 else { throw .fileSystem(FileProblem(path: path, action: .write, cause: .permissionDenied)) }
        // A refused writer names who holds the case. When the file names no live holder, the
        // holder has just taken the lock and not yet written its name, or has just ended and left
        // its line behind (so the lock may be free again): try again for a moment, up to 100 ms
        // (the load test found both).
        var tries = 0
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let holder = Self.holder(fd)
            tries += 1
            guard holder == nil, tries <= 20 else {
                close(fd)
                throw .caseInUse(worker: holder?.worker ?? "?", since: holder?.since ?? "?")
            }
            usleep(5_000)
        }
        let line = Array("\(worker.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " "))\t\(Timestamp.display(moment, in: .current))\t\(getpid())\n".utf8)
        // Written over the old line, then cut to length, so the file is never empty in between
        // (a reader takes the first line only).
        _ = pwrite(fd, line, line.count, 0)
        _ = ftruncate(fd, off_t(line.count))
        held.withLock { $0[path] = (fd, 1) }
        return CaseLock(path: path)
    }

    /// The case's folder was moved into place (from its staging folder): the lock goes with it.
    func moved(to folder: URL) {
        let newPath = folder.appendingPathComponent(Self.fileName).filePath
        Self.held.withLock { held in
            if let entry = held.removeValue(forKey: path) { held[newPath] = entry }
        }
        path = newPath
    }

    /// Whether someone holds the lock of the case in `folder` (for cleaning up abandoned new cases).
    static func isHeld(in folder: URL) -> Bool {
        let fd = open(folder.appendingPathComponent(fileName).filePath, O_RDWR | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { return true }
        flock(fd, LOCK_UN)
        return false
    }

    private static func holder(_ fd: Int32) -> Holder? {
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = pread(fd, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        let fields = String(decoding: buffer[..<count], as: UTF8.self).split(separator: "\n").first?.split(separator: "\t") ?? []
        guard fields.count >= 2 else { return nil }
        // A line whose process has ended is an earlier holder's, not yet overwritten.
        if fields.count >= 3, let pid = pid_t(fields[2]), kill(pid, 0) != 0, errno == ESRCH { return nil }
        return Holder(worker: String(fields[0]), since: String(fields[1]))
    }
}
