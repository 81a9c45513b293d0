import Foundation
import Testing
@testable import RoutineEngine

/// Every rule and alert of the bundled routines, with answers that make it hold and answers
/// that do not. The table is the specification: a rule or alert added to a step file without
/// a row here fails the test, and so does a row whose answers could not be given in a real
/// walk (a question the walk would not ask does not count).
@Suite("Every bundled rule and alert, with answers that trigger it and answers that do not")
struct RuleTriggerTests {
    /// A typed answer: a string is one choice (or yes/no), an array is a multiple-choice answer.
    struct Given: ExpressibleByStringLiteral, ExpressibleByArrayLiteral {
        let value: AnswerValue
        init(stringLiteral value: String) { self.value = .choice(value) }
        init(arrayLiteral elements: String...) { self.value = .choices(elements) }
    }

    /// Answers that make the rule or alert hold (`fires`), and the nearest answers that do not (`quiet`).
    struct Row {
        let fires: [String: Given]
        let quiet: [String: Given]
    }

    // Shorthands for the paths most rows start from.
    static let child: [String: Given] = ["assessed-age": "under-18"]
    static let youngAdult: [String: Given] = ["assessed-age": "18-20"]
    /// A 6 § decision of a child whose case Swedish courts can try, both conditions met.
    static let custody: [String: Given] = child.merging(["habitual-residence": "sweden", "lvu-ground": "home", "consent-under-18": "no",
                                                         "likely-care": "yes", "cannot-wait": "yes", "lvu6": "yes",
                                                         "decider-role": "chair"]) { $1 }
    /// A child habitually resident in another EU state (Brussels IIb): 6 a § applies.
    static let foreign: [String: Given] = child.merging(["habitual-residence": "eu", "lvu-ground": "home", "consent-under-18": "no",
                                                         "foreign-cannot-wait": "yes", "temporary-care": "yes", "lvu6": "yes-6a",
                                                         "decider-role": "chair"]) { $1 }
    static let youngCustody: [String: Given] = youngAdult.merging(["lvu-ground-young-adult": "behaviour", "young-adult-suitability": "yes",
                                                                   "likely-care": "yes", "cannot-wait": "yes", "lvu6": "yes",
                                                                   "decider-role": "chair"]) { $1 }
    static let voluntary: [String: Given] = child.merging(["habitual-residence": "sweden", "lvu6": "no", "unaccompanied": "no"]) { $1 }

    static func with(_ base: [String: Given], _ more: [String: Given]) -> [String: Given] { base.merging(more) { $1 } }

    static let childRoutine: [String: Row] = [
        "age-uncertain": Row(fires: ["assessed-age": "uncertain"], quiet: ["assessed-age": "under-18"]),
        "claimed-parents": Row(fires: with(child, ["documents": "from-adults"]), quiet: with(child, ["documents": "own", "arrival-reason": ["begging"]])),
        "claimed-parents-adult": Row(fires: with(youngAdult, ["documents": "from-adults"]), quiet: with(child, ["documents": "from-adults"])),
        "guardian-involved": Row(fires: with(child, ["arrival-reason": ["guardian-involved"]]), quiet: with(child, ["arrival-reason": ["begging"]])),
        "interpreter-tied": Row(fires: with(child, ["interpreter": "tied"]), quiet: with(child, ["interpreter": "booked"])),

        "report-below-threshold": Row(fires: with(youngAdult, ["police-filed": "no", "police-wish": "cooperating", "report-decision": "reported-18-plus", "suspected-crime": "exploitation"]),
                                      quiet: with(youngAdult, ["police-filed": "no", "police-wish": "cooperating", "report-decision": "reported-18-plus", "suspected-crime": "trafficking"])),
        "report-threshold-unclear": Row(fires: with(youngAdult, ["police-filed": "no", "police-wish": "cooperating", "report-decision": "reported-18-plus", "suspected-crime": "unclear"]),
                                        quiet: with(youngAdult, ["police-filed": "no", "police-wish": "cooperating", "report-decision": "not-reported", "suspected-crime": "unclear"])),
        "report-against-wish": Row(fires: with(youngAdult, ["police-filed": "no", "police-wish": "declines", "report-decision": "reported-18-plus", "suspected-crime": "trafficking"]),
                                   quiet: with(youngAdult, ["police-filed": "no", "police-wish": "cooperating", "report-decision": "reported-18-plus", "suspected-crime": "trafficking"])),
        "report-age-uncertain": Row(fires: ["assessed-age": "uncertain", "police-filed": "no", "report-decision": "reported-under-18"],
                                    quiet: ["assessed-age": "under-18", "police-filed": "no", "report-decision": "reported-under-18"]),

        "lvu6-conditions": Row(fires: with(custody, ["cannot-wait": "no"]), quiet: custody),
        "lvu6a-conditions": Row(fires: with(foreign, ["temporary-care": "no"]), quiet: foreign),
        "lvu6a-needs-foreign-jurisdiction": Row(fires: with(custody, ["lvu6": "yes-6a"]), quiet: foreign),
        "lvu6-foreign-jurisdiction": Row(fires: with(foreign, ["lvu6": "yes"]), quiet: custody),
        "lvu-needs-ground": Row(fires: with(custody, ["lvu-ground": "none"]), quiet: custody),
        "lvu-voluntary-possible": Row(fires: with(custody, ["consent-under-18": "yes"]), quiet: custody),
        "lvu6-by-official": Row(fires: with(custody, ["decider-role": "official"]), quiet: custody),
        "young-adult-needs-3": Row(fires: with(youngCustody, ["lvu-ground-young-adult": "none"]), quiet: youngCustody),
        "young-adult-unsuitable": Row(fires: with(youngCustody, ["young-adult-suitability": "no"]), quiet: youngCustody),
        "foreign-jurisdiction": Row(fires: foreign, quiet: custody),
        "jurisdiction-unclear": Row(fires: with(child, ["habitual-residence": "unknown", "swedish-jurisdiction": "unclear"]),
                                    quiet: with(child, ["habitual-residence": "unknown", "swedish-jurisdiction": "yes"])),
        "custody-in-force": Row(fires: with(custody, ["lvu6": "in-force"]), quiet: custody),

        "sis-needs-3": Row(fires: with(custody, ["placement-kind": "sis"]), quiet: with(custody, ["lvu-ground": "behaviour", "placement-kind": "sis"])),
        "sis-without-lvu": Row(fires: with(voluntary, ["lvu-ground": "behaviour", "placement-kind": "sis-locked"]),
                               quiet: with(custody, ["lvu-ground": "behaviour", "placement-kind": "sis-locked"])),
        "supported-housing-under-16": Row(fires: with(custody, ["placement-kind": "supported-housing", "young-age": "15"]),
                                          quiet: with(custody, ["placement-kind": "supported-housing", "young-age": "16-17"])),
        "supported-housing-16-17": Row(fires: with(custody, ["placement-kind": "supported-housing", "young-age": "16-17"]),
                                       quiet: with(custody, ["placement-kind": "hvb"])),
        "supported-housing-age-unclear": Row(fires: with(custody, ["placement-kind": "supported-housing", "young-age": "unclear"]),
                                             quiet: with(custody, ["placement-kind": "supported-housing", "young-age": "16-17"])),
        "placement-by-official": Row(fires: with(voluntary, ["placement-kind": "emergency-foster", "young-age": "under-15", "guardian-consent": "yes", "placement-decider-role": "official"]),
                                     quiet: with(voluntary, ["placement-kind": "emergency-foster", "young-age": "under-15", "guardian-consent": "yes", "placement-decider-role": "board"])),
        "protected-needs-guardian": Row(fires: with(custody, ["unaccompanied": "yes", "placement-kind": "protected"]),
                                        quiet: with(custody, ["unaccompanied": "no", "placement-kind": "protected", "protected-with-guardian": "yes"])),
        "custody-at-home": Row(fires: with(custody, ["placement-kind": "guardian"]), quiet: with(voluntary, ["placement-kind": "emergency-foster"])),
        "in-force-at-home": Row(fires: with(child, ["habitual-residence": "sweden", "lvu6": "in-force", "placement-kind": "guardian"]),
                                quiet: with(child, ["habitual-residence": "sweden", "lvu6": "in-force", "placement-kind": "emergency-foster"])),
        "custody-without-placement": Row(fires: with(custody, ["placement-kind": "none"]), quiet: with(custody, ["placement-kind": "emergency-foster"])),
        "voluntary-refused": Row(fires: with(voluntary, ["placement-kind": "hvb", "young-age": "under-15", "guardian-consent": "no"]),
                                 quiet: with(voluntary, ["placement-kind": "hvb", "young-age": "under-15", "guardian-consent": "yes"])),
        "voluntary-without-consent": Row(fires: with(voluntary, ["placement-kind": "hvb", "young-age": "under-15", "guardian-consent": "not-reached"]),
                                         quiet: with(voluntary, ["placement-kind": "hvb", "young-age": "under-15", "guardian-consent": "yes"])),
        "child-refuses-placement": Row(fires: with(voluntary, ["placement-kind": "hvb", "young-age": "16-17", "guardian-consent": "yes", "young-person-consent": "no"]),
                                       quiet: with(voluntary, ["placement-kind": "hvb", "young-age": "16-17", "guardian-consent": "yes", "young-person-consent": "yes"])),
        "child-refuses-placement-age-unclear": Row(fires: with(voluntary, ["placement-kind": "hvb", "young-age": "unclear", "guardian-consent": "yes", "young-person-consent": "no"]),
                                                   quiet: with(voluntary, ["placement-kind": "hvb", "young-age": "unclear", "guardian-consent": "yes", "young-person-consent": "yes"])),
        "young-adult-placement-without-consent": Row(fires: with(youngAdult, ["lvu6": "no", "placement-kind": "hvb", "young-person-consent": "no"]),
                                                     quiet: with(youngAdult, ["lvu6": "no", "placement-kind": "hvb", "young-person-consent": "yes"])),
        "guardian-placement-risk": Row(fires: with(voluntary, ["documents": "from-adults", "document-check": "not-yet", "placement-kind": "guardian"]),
                                       quiet: with(voluntary, ["documents": "own", "arrival-reason": ["begging"], "placement-kind": "guardian"])),
        "custody-without-investigation": Row(fires: with(custody, ["investigation-decision": "not-opened"]), quiet: with(custody, ["investigation-decision": "opened"])),
        "home-contact-without-consent": Row(fires: with(youngAdult, ["contact-status": "reached", "home-contact-consent": "no"]),
                                            quiet: with(youngAdult, ["contact-status": "reached", "home-contact-consent": "yes"])),
        "home-contact-child": Row(fires: with(child, ["contact-status": "reached"]), quiet: with(child, ["contact-status": "reached-central"])),
        "reflection-without-signs": Row(fires: with(child, ["arrival-reason": ["theft"], "reflection-period": "applied-board"]),
                                        quiet: with(child, ["arrival-reason": ["labour"], "reflection-period": "applied-board"])),
        "reflection-without-investigation": Row(fires: with(child, ["arrival-reason": ["labour"], "police-filed": "no", "report-decision": "not-reported", "reflection-period": "applied-board"]),
                                                quiet: with(child, ["arrival-reason": ["labour"], "police-filed": "no", "report-decision": "reported-under-18", "reflection-period": "applied-board"])),
        "still-missing": Row(fires: with(voluntary, ["absconded": "yes"]), quiet: with(voluntary, ["absconded": "no"])),
        "missing-in-custody": Row(fires: with(custody, ["absconded": "yes"]), quiet: with(voluntary, ["absconded": "yes"])),
    ]

    static let adult: [String: Given] = ["assessed-age": "over-20"]
    static let reportPath: [String: Given] = with(adult, ["police-aware": "no", "police-wish": "cooperating", "suspected-crime": "trafficking", "report-decision": "report"])

    static let adultRoutine: [String: Row] = [
        "interpreter-tied": Row(fires: with(adult, ["interpreter": "tied"]), quiet: with(adult, ["interpreter": "booked"])),
        "protected-without-consent": Row(fires: with(adult, ["housing-wish": "not-yet", "accommodation": "protected"]),
                                         quiet: with(adult, ["housing-wish": "protected", "accommodation": "protected"])),
        "exploiters-know-location": Row(fires: with(adult, ["exploiters-know": "possibly"]), quiet: with(adult, ["exploiters-know": "no"])),
        "report-below-threshold": Row(fires: with(reportPath, ["suspected-crime": "exploitation"]), quiet: reportPath),
        "report-threshold-unclear": Row(fires: with(reportPath, ["suspected-crime": "other"]), quiet: with(reportPath, ["suspected-crime": "gross-exploitation"])),
        "report-against-wish": Row(fires: with(reportPath, ["police-wish": "not-yet"]), quiet: with(reportPath, ["police-wish": "not-yet", "report-decision": "later"])),
        "not-ready-for-police": Row(fires: with(adult, ["police-wish": "declines"]), quiet: with(adult, ["police-wish": "wants-contact"])),
        "reflection-without-signs": Row(fires: with(adult, ["exploitation-forms": ["unclear"], "citizenship": "foreign", "reflection-period": "applied-board"]),
                                        quiet: with(adult, ["exploitation-forms": ["unclear"], "signs": ["controlled"], "citizenship": "foreign", "reflection-period": "applied-board"])),
        "reflection-without-investigation": Row(fires: with(adult, ["citizenship": "foreign", "police-aware": "no", "police-wish": "declines", "suspected-crime": "trafficking",
                                                                    "report-decision": "no-report", "reflection-period": "applied-board"]),
                                                quiet: with(adult, ["citizenship": "foreign", "police-aware": "knows", "police-wish": "declines", "suspected-crime": "trafficking",
                                                                    "report-decision": "no-report", "reflection-period": "applied-board"])),
    ]

    static func routine(_ id: String) throws -> Routine {
        try RoutineLoader.load(directory: BinaryRunner.packageRoot.appendingPathComponent("Resources/routines")).routine(id)
    }

    static let tables = ["akut-barn": childRoutine, "akut-vuxen": adultRoutine]

    @Test("Each routine's table names exactly its rules and alerts", arguments: ["akut-barn", "akut-vuxen"])
    func tableIsComplete(id: String) throws {
        let routine = try Self.routine(id), table = try #require(Self.tables[id])
        #expect(Set(table.keys) == Set(routine.rules.map(\.id) + routine.alerts.map(\.id)))
    }

    @Test("Each rule and alert holds for its triggering answers, and not for the others; a worker's change to them is refused, warned or alerted",
          arguments: ["akut-barn", "akut-vuxen"])
    func triggers(id: String) throws {
        let routine = try Self.routine(id), table = try #require(Self.tables[id])
        for (name, row) in table.sorted(by: { $0.key < $1.key }) {
            let fires = Walk(routine: routine, values: row.fires.mapValues(\.value))
            let quiet = Walk(routine: routine, values: row.quiet.mapValues(\.value))
            // Every answer in a row is one the walk really asks for (or derives).
            for (question, given) in row.fires where fires.answers[question] != given.value {
                Issue.record("\(id) \(name): '\(question)' is not asked on the triggering path")
            }
            for (question, given) in row.quiet where quiet.answers[question] != given.value {
                Issue.record("\(id) \(name): '\(question)' is not asked on the quiet path")
            }
            let before = row.quiet.mapValues(\.value), after = row.fires.mapValues(\.value)
            if let rule = routine.rules.first(where: { $0.id == name }) {
                #expect(rule.holds(for: fires.answers), "\(id) rule \(name) does not hold for \(row.fires.keys.sorted())")
                #expect(!rule.holds(for: quiet.answers), "\(id) rule \(name) holds for its quiet answers")
                let check = RuleCheck(routine: routine, before: before, after: after)
                let raised = rule.severity == .refuse ? check.refused : check.warnings
                #expect(raised.contains(where: { $0.id == name }), "\(id) rule \(name) is not raised by the change")
            } else if let alert = routine.alerts.first(where: { $0.id == name }) {
                #expect(alert.holds(for: fires.answers), "\(id) alert \(name) does not hold")
                #expect(!alert.holds(for: quiet.answers), "\(id) alert \(name) holds for its quiet answers")
                #expect(RuleCheck.newAlerts(routine: routine, before: before, after: after).contains(where: { $0.id == name }))
            } else {
                Issue.record("\(id) has no rule or alert '\(name)'")
            }
        }
    }

    @Test("After the third legal read: no placement without the guardians' consent, none at home while an LVU decision is in force, no hand-over before the documents are checked, no chair's decision on an SoL placement")
    func thirdLegalRead() throws {
        let routine = try Self.routine("akut-barn")
        func refused(_ answers: [String: Given], by rule: String) -> Bool {
            let walk = Walk(routine: routine, values: answers.mapValues(\.value))
            return RuleCheck(routine: routine, before: [:], after: walk.answers).refused.contains { $0.id == rule }
        }
        let notReached = Self.with(Self.voluntary, ["placement-kind": "hvb", "young-age": "under-15", "guardian-consent": "not-reached"])
        #expect(refused(notReached, by: "voluntary-without-consent"), "SoL 2025:400 21 kap. 1 § 4 st.: consent is always required")
        let inForce = Self.with(Self.child, ["habitual-residence": "sweden", "lvu6": "in-force"])
        let inForceHome = Walk(routine: routine, values: Self.with(inForce, ["placement-kind": "guardian"]).mapValues(\.value))
        #expect(RuleCheck(routine: routine, before: [:], after: inForceHome.answers).warnings.contains { $0.id == "in-force-at-home" },
                "the responsible board may let the young person stay at home (11 § 2 st.); the unit may not decide it")
        let inForceNone = Walk(routine: routine, values: Self.with(inForce, ["placement-kind": "none"]).mapValues(\.value))
        #expect(RuleCheck(routine: routine, before: [:], after: inForceNone.answers).warnings.contains { $0.id == "custody-without-placement" })
        let risk = try #require(routine.rule("guardian-placement-risk"))
        let requested = Walk(routine: routine, values: Self.with(Self.voluntary, ["documents": "from-adults", "document-check": "requested", "placement-kind": "guardian"]).mapValues(\.value))
        let checked = Walk(routine: routine, values: Self.with(Self.voluntary, ["documents": "from-adults", "document-check": "checked", "placement-kind": "guardian"]).mapValues(\.value))
        #expect(risk.holds(for: requested.answers), "a check requested but not finished still warns")
        #expect(!risk.holds(for: checked.answers))
        let soLPlacement = Walk(routine: routine, values: Self.with(Self.voluntary, ["placement-kind": "emergency-foster", "young-age": "under-15", "guardian-consent": "yes"]).mapValues(\.value))
        let role = try #require(routine.question("placement-decider-role"))
        let offered = role.choices.filter { $0.condition?.holds(for: soLPlacement.answers) ?? true }.map(\.id)
        #expect(!offered.contains("chair") && !offered.contains("appointed-member") && offered.contains("committee"), "\(offered)")
    }
}
