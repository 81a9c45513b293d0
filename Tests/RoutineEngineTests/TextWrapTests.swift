import Testing
@testable import RoutineEngine

@Suite("Word wrap for terminals")
struct TextWrapTests {
    @Test("Long lines break between words; short ones stay")
    func wraps() {
        #expect(TextWrap.wrap("ett två tre fyra fem sex sju åtta nio tio elva tolv", width: 20)
            == "ett två tre fyra fem\nsex sju åtta nio tio\nelva tolv")
        #expect(TextWrap.wrap("kort", width: 20) == "kort")
    }

    @Test("List items continue under their text; paragraphs stay apart")
    func listItems() {
        #expect(TextWrap.wrap("- ring polisen och be om registerkontroll\n\nslut", width: 22)
            == "- ring polisen och be\n  om registerkontroll\n\nslut")
    }

    @Test("A word longer than the width stands on its own line")
    func longWord() {
        #expect(TextWrap.wrap("a Rättsmedicinalverketsåldersbedömning b", width: 20) == "a\nRättsmedicinalverketsåldersbedömning\nb")
    }
}
