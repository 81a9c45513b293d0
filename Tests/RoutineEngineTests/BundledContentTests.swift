import Digest
import Foundation
import Testing
@testable import RoutineEngine

/// The files built into the binary are exactly those under Resources/, byte for byte, with the
/// fingerprints the build took of them (a bundled routine's fingerprint is not taken again).
@Suite("Files built into the binary")
struct BundledContentTests {
    @Test("Every file under Resources/ is built in with the same bytes and their SHA-256")
    func sameBytesAndFingerprints() throws {
        let resources = BinaryRunner.packageRoot.appendingPathComponent("Resources")
        let onDisk = try #require(FileManager.default.subpaths(atPath: resources.path)).filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: resources.appendingPathComponent(path).path, isDirectory: &isFolder) && !isFolder.boolValue
        }.sorted()
        let builtIn = BundledContent.files(under: "")
        #expect(builtIn.map(\.path) == onDisk)
        for file in builtIn {
            let bytes = [UInt8](try Data(contentsOf: resources.appendingPathComponent(file.path)))
            #expect(file.bytes == bytes, "\(file.path) differs from the file on disk")
            #expect(file.sha256 == SHA256.hex(of: bytes), "\(file.path) has a wrong fingerprint")
        }
        // The texts are Swedish, so the comparison above covers the escapes of non-ASCII text.
        #expect(builtIn.contains { String(decoding: $0.bytes, as: UTF8.self).contains("å") })
    }

    @Test("A bundled routine carries the fingerprint of its file")
    func routineFingerprint() throws {
        let file = try #require(BundledContent.files(under: "routines/", endingWith: ".steps").first)
        let routine = try RoutineLoader.bundled().routines[0]
        #expect(routine.fingerprint == SHA256.hex(of: file.bytes))
    }
}
