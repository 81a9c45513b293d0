/// A file that could not be read or written: which, doing what, and why, in terms a
/// caller can put into words in any language.
public struct FileProblem: Equatable, Sendable {
    /// What handlagg was doing.
    public enum Action: String, Sendable {
        case createFolder, makePrivate, write, sync, replace, read, repair, listFolder
    }

    /// Why it failed.
    public enum Cause: Equatable, Sendable {
        case diskFull, permissionDenied, readOnly, missing
        /// A symbolic link where a case's own file or folder belongs (never followed).
        case symbolicLink
        /// An `--output` path inside the case store, where only handlagg's own files belong.
        case insideStore
        /// Something other than a regular file (a folder, a device, a pipe) where a file was to be written.
        case notRegularFile
        /// Any other reason, as the system words it.
        case other(String)
    }

    public let path: String
    public let action: Action
    public let cause: Cause

    public init(path: String, action: Action, cause: Cause) {
        self.path = path
        self.action = action
        self.cause = cause
    }
}

extension FileProblem: CustomStringConvertible {
    /// The problem in English: `path: cannot write the file: the disk is full.`
    public var description: String {
        let what = switch action {
        case .createFolder: "cannot create the folder"
        case .makePrivate: "cannot make the folder private"
        case .write: "cannot write the file"
        case .sync: "cannot save the file to disk"
        case .replace: "cannot replace the file"
        case .read: "cannot read"
        case .repair: "cannot repair the file"
        case .listFolder: "cannot read the folder"
        }
        let why = switch cause {
        case .diskFull: "the disk is full"
        case .permissionDenied: "permission denied"
        case .readOnly: "the file system is read-only"
        case .missing: "it does not exist"
        case .symbolicLink: "it is a symbolic link, which is never followed"
        case .insideStore: "it lies inside the case store, where only handlagg writes its own files (use another folder, or - for standard output)"
        case .notRegularFile: "it is not a regular file (a folder, a device or a pipe), so it is not replaced (use - for standard output)"
        case .other(let reason): reason
        }
        return "\(path): \(what): \(why)."
    }
}
