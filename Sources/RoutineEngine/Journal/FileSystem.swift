import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file operations handlagg needs, done so that case files are private (0600,
/// folders 0700) whatever the umask, and durable (fsync) before the call returns.
enum FileSystem {
    static let fileMode: mode_t = 0o600
    static let folderMode: mode_t = 0o700

    /// Creates `url` and its missing parents as private folders.
    static func makePrivateFolder(_ url: URL) throws(HandlaggError) {
        // Paths as strings: URL's standardizing and path arithmetic cost hundreds of thousands of
        // instructions on first use, and a case's folder is made before its first question.
        // Only `.` and `..` components need standardizing.
        let path = url.filePath
        let needsStandardizing = path.split(separator: "/").contains { $0 == "." || $0 == ".." }
        var current = needsStandardizing ? url.standardizedFileURL.filePath : path
        var missing: [String] = []
        while !exists(current) {
            missing.append(current)
            guard let slash = current.lastIndex(of: "/"), slash != current.startIndex else { break }
            current = String(current[..<slash])
        }
        for folder in missing.reversed() {
            if mkdir(folder, folderMode) != 0 && errno != EEXIST {
                throw failure(folder, .createFolder)
            }
            if chmod(folder, folderMode) != 0 {
                throw failure(folder, .makePrivate)
            }
        }
    }

    /// The names in the folder at `path` (without `.` and `..`), in no order; nil if it cannot be read.
    static func names(in path: String) -> [String]? {
        entries(in: path)?.map(\.name)
    }

    /// The entries of the folder at `path` (without `.` and `..`), in no order, each with whether
    /// it is a folder (a symbolic link is not one); nil if the folder cannot be read.
    static func entries(in path: String) -> [(name: String, isFolder: Bool)]? {
        kinds(in: path)?.map { ($0.name, $0.kind == .folder) }
    }

    /// What an entry of a folder is, not following symbolic links.
    enum EntryKind { case folder, file, symbolicLink, other }

    /// The names in the folder at `path` with what each is (a link is not followed).
    static func kinds(in path: String) -> [(name: String, kind: EntryKind)]? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return nil }
        return names.map { name in
            var info = stat()
            guard lstat(path + "/" + name, &info) == 0 else { return (name, .other) }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: return (name, .folder)
            case S_IFREG: return (name, .file)
            case S_IFLNK: return (name, .symbolicLink)
            default: return (name, .other)
            }
        }
    }

    /// Appends `bytes` to the file at `path` (created private if missing) and waits until they are on disk.
    /// If the write fails part-way (a full disk), the file is cut back to its old length, so a later
    /// append never continues a half-written line.
    static func appendDurably(_ bytes: [UInt8], to path: String) throws(HandlaggError) {
        let created = !exists(path)
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, fileMode)
        guard fd >= 0 else { throw failure(path, .write) }
        defer { close(fd) }
        if created { fchmod(fd, fileMode) }
        var info = stat()
        let oldLength = fstat(fd, &info) == 0 ? info.st_size : -1
        do throws(HandlaggError) {
            try writeAll(bytes, to: fd, path: path)
            guard fsync(fd) == 0 else { throw failure(path, .sync) }
        } catch {
            if oldLength >= 0 { ftruncate(fd, oldLength) }
            throw error
        }
        if created { syncFolder(of: path) }
    }

    /// Creates a private file at `path` holding `bytes`, without waiting for the disk; `sync`
    /// makes it durable later. Fails if the file exists.
    static func createFile(_ bytes: [UInt8], at path: String) throws(HandlaggError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, fileMode)
        guard fd >= 0 else { throw failure(path, .write) }
        defer { close(fd) }
        guard fchmod(fd, fileMode) == 0 else { throw failure(path, .makePrivate) }
        try writeAll(bytes, to: fd, path: path)
    }

    /// Waits until the file or folder at `path` is on disk.
    static func sync(_ path: String) throws(HandlaggError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path, .sync) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw failure(path, .sync) }
    }

    /// Replaces the file at `path` with `bytes` atomically: a private temporary file is written,
    /// synced and renamed over the old one, then the folder is synced. The temporary file is
    /// created new (`O_EXCL`), never through a symbolic link, with a name nobody can guess ahead,
    /// so a file planted in a shared folder is never written into.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(HandlaggError) {
        let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, fileMode)
        guard fd >= 0 else { throw failure(temporary, .write) }
        do throws(HandlaggError) {
            guard fchmod(fd, fileMode) == 0 else { throw failure(temporary, .makePrivate) }
            try writeAll(bytes, to: fd, path: temporary)
            guard fsync(fd) == 0 else { throw failure(temporary, .sync) }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        close(fd)
        guard rename(temporary, path) == 0 else {
            let problem = failure(path, .replace)
            unlink(temporary)
            throw problem
        }
        syncFolder(of: path)
    }

    /// Renames a folder into place and syncs the folder that holds it.
    static func move(_ source: URL, to destination: URL) throws(HandlaggError) {
        guard rename(source.filePath, destination.filePath) == 0 else { throw failure(destination.filePath, .createFolder) }
        syncFolder(of: destination.filePath)
    }

    /// Cuts the file at `path` to its first `length` bytes and syncs it.
    static func truncate(_ path: String, to length: Int) throws(HandlaggError) {
        let fd = open(path, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0, ftruncate(fd, off_t(length)) == 0, fsync(fd) == 0 else {
            if fd >= 0 { close(fd) }
            throw failure(path, .repair)
        }
        close(fd)
    }

    /// The file's bytes, or nil if it does not exist.
    static func read(_ path: String) throws(HandlaggError) -> [UInt8]? {
        guard exists(path) else { return nil }
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path, .read) }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        do {
            return [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            throw failure(path, .read)
        }
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws(HandlaggError) {
        var offset = 0
        while offset < bytes.count {
            let rest = Array(bytes[offset...])
            let written = write(fd, rest, rest.count)
            if written < 0 {
                if errno == EINTR { continue }
                throw failure(path, .write)
            }
            offset += written
        }
    }

    /// Syncs the folder holding `path`, as far as the system allows (the file itself is already
    /// on disk when this is called; this makes its name durable too).
    private static func syncFolder(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        try? sync(folder.isEmpty ? "." : folder)
    }

    /// An error naming the path, what failed and why, from `errno`.
    private static func failure(_ path: String, _ action: FileProblem.Action) -> HandlaggError {
        let code = errno
        let cause: FileProblem.Cause
        switch code {
        case ENOSPC, EDQUOT: cause = .diskFull
        case EACCES, EPERM: cause = .permissionDenied
        case EROFS: cause = .readOnly
        case ENOENT: cause = .missing
        case ELOOP: cause = .symbolicLink
        default: cause = .other(String(cString: strerror(code)))
        }
        return .fileSystem(FileProblem(path: path, action: action, cause: cause))
    }
}
