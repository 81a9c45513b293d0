import Foundation

/// Which open cases a routine change touches, for `lint --cases`: what each case recorded that
/// the routine now words or counts differently. Nothing is changed; the cases keep what the
/// journal recorded, and this tells the unit where that now differs from the routine.
public struct RoutineChange: Sendable {
    /// One thing in one case that the new routine no longer matches.
    public enum Difference: Equatable, Sendable {
        /// An answered question the routine no longer has (kept as recorded).
        case questionRemoved(id: String, text: String)
        /// An answer naming an option the question no longer offers (kept as recorded).
        case optionRemoved(question: String, answer: String)
        /// A decision whose recorded legal basis differs from the one the routine gives now.
        case basisChanged(question: String, recorded: String, now: String)
        /// A recorded deadline whose rule the routine no longer has, or now sets otherwise.
        case deadlineChanged(id: String, recordedDue: String, now: String?)
    }

    public struct AffectedCase: Sendable {
        public let id: CaseID
        public let openedWith: String
        public let routineNow: String
        public let differences: [Difference]
    }

    /// The open real cases in `store` whose routine (by id, in `routines`) differs from the one they were opened with.
    public static func affected(store: CaseStore, routines: [Routine]) throws(HandlaggError) -> [AffectedCase] {
        var result: [AffectedCase] = []
        for id in try store.caseIDs() {
            guard let record = try? store.record(id), !record.isClosed,
                  let routine = routines.first(where: { $0.id == record.routineID }), routine.fingerprint != record.fingerprint else { continue }
            result.append(AffectedCase(id: id, openedWith: record.fingerprint, routineNow: routine.fingerprint,
                                       differences: differences(record, routine, intake: record.intake.flatMap { choice in routines.first { $0.id == choice.intakeID } },
                                                                timeZone: store.timeZone)))
        }
        return result
    }

    static func differences(_ record: CaseRecord, _ routine: Routine, intake: Routine?, timeZone: TimeZone) -> [Difference] {
        var found: [Difference] = []
        let language = record.language
        for (id, answer) in record.answers.sorted(by: { $0.value.at < $1.value.at }) {
            guard let question = routine.question(id) ?? intake?.question(id) else {
                found.append(.questionRemoved(id: id, text: answer.facts?.question ?? id))
                continue
            }
            if !question.offers(answer.value) {
                found.append(.optionRemoved(question: id, answer: answer.facts?.answer ?? "\(answer.value)"))
            } else if question.kind == .decision, let recorded = answer.facts?.basis, case .choice(let choiceID) = answer.value,
                      let now = question.choice(choiceID)?.basis.text(in: language), now != recorded {
                found.append(.basisChanged(question: id, recorded: recorded, now: now))
            }
        }
        // Deadlines: what the routine would set now, against what the journal recorded.
        var plain = record
        plain.forgetFacts()
        let computed = Dictionary(Deadline.all(routine: routine, record: plain, timeZone: timeZone).map { ($0.rule.id, $0) }) { first, _ in first }
        for (id, fact) in record.deadlineFacts.sorted(by: { $0.key < $1.key }) {
            let now = computed[id]
            let nowDue = now?.due.text(in: timeZone, iso: true)
            if nowDue != fact.due || now?.rule.basis.text(in: language) != fact.basis {
                found.append(.deadlineChanged(id: id, recordedDue: fact.due, now: nowDue))
            }
        }
        return found
    }
}
