import Testing
@testable import RoutineEngine

@Suite("Text templates")
struct TemplateTests {
    @Test("%@ and %d take the values in order")
    func fills() {
        #expect(Template.fill("Steg %d av %d", 3, 10) == "Steg 3 av 10")
        #expect(Template.fill("Nytt ärende %@ (%@).", "HL-ABC123", "Akut ärende") == "Nytt ärende HL-ABC123 (Akut ärende).")
        #expect(Template.fill("%@%@", "å", "ö") == "åö")
        #expect(Template.fill("Inga platshållare") == "Inga platshållare")
        #expect(Template.fill("") == "")
    }

    @Test("Anything else with % is kept, as is a placeholder without a value")
    func keepsTheRest() {
        #expect(Template.fill("100 % klart, %x, %", 1) == "100 % klart, %x, %")
        #expect(Template.fill("%@ och %@", "a") == "a och %@")
        #expect(Template.fill("%d", -5) == "-5")
    }
}
