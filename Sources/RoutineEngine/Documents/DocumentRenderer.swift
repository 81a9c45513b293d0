/// Writes a filled document as Markdown, HTML or plain text. Typed text is escaped for each
/// format, and control characters and bidirectional overrides never reach the output. A draft
/// says so at the top (and, in HTML, on every printed page); practice documents are marked
/// ÖVNING / PRACTICE the same way.
public enum DocumentRenderer {
    public static func render(_ draft: DocumentDraft, as format: DocumentFormat) -> String {
        switch format {
        case .markdown: markdown(draft)
        case .html: html(draft)
        case .text: text(draft)
        }
    }

    /// The marks above the text: practice, draft, incomplete.
    static func banners(_ draft: DocumentDraft) -> [String] {
        let english = draft.language == .english
        var marks: [String] = []
        if draft.isPractice { marks.append(english ? "PRACTICE – not a real case" : "ÖVNING – inte ett verkligt ärende") }
        if !draft.isFinal { marks.append(english ? "DRAFT – read, adjust and mark final before signing" : "UTKAST – läs, justera och markera som slutligt före underskrift") }
        if !draft.isComplete {
            marks.append((english ? "INCOMPLETE – answers missing: " : "OFULLSTÄNDIGT – svar saknas: ") + draft.missing.joined(separator: ", "))
        }
        return marks
    }

    /// The lines under the text: legal basis, sources, who wrote it and when.
    static func footer(_ draft: DocumentDraft) -> [String] {
        let english = draft.language == .english
        let template = draft.template
        return [(english ? "Legal basis: " : "Rättslig grund: ") + template.basis.text(in: draft.language),
                (english ? "Source: " : "Källa: ") + template.sources.joined(separator: "; "),
                (english ? "Drafted by handlagg from case " : "Utkast av handlagg ur ärende ") + draft.caseID
                    + (english ? ", written " : ", skrivet ") + draft.writtenAt + (english ? " by " : " av ") + draft.writer]
    }

    /// Text without control characters (other than none at all: blocks are single lines) or
    /// bidirectional controls, which could hide or reorder what a reader sees.
    static func clean(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: if out.last != " " { out.append(" ") }
            case 0x00..<0x20, 0x7F..<0xA0, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029:
                out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    // MARK: Markdown

    private static func markdown(_ draft: DocumentDraft) -> String {
        var lines = banners(draft).map { "> **\(MarkdownText.inline(clean($0)))**" }
        if !lines.isEmpty { lines.append("") }
        for block in draft.blocks {
            switch block {
            case .heading(let level, let text): lines += [String(repeating: "#", count: level) + " " + MarkdownText.inline(clean(text)), ""]
            case .paragraph(let text): lines += [MarkdownText.inline(clean(text)), ""]
            case .bullet(let text): lines.append("- " + MarkdownText.inline(clean(text)))
            }
        }
        lines += ["", "---", ""] + footer(draft).map { "_\(MarkdownText.inline(clean($0)))_  " }
        return collapse(lines).joined(separator: "\n") + "\n"
    }

    /// No runs of blank lines; a blank line between a list and what follows it.
    private static func collapse(_ lines: [String]) -> [String] {
        var out: [String] = []
        for line in lines {
            if line.isEmpty && (out.last?.isEmpty ?? true) { continue }
            if !line.isEmpty, !line.hasPrefix("- "), let last = out.last, last.hasPrefix("- ") { out.append("") }
            out.append(line)
        }
        while out.last?.isEmpty == true { out.removeLast() }
        return out
    }

    // MARK: HTML

    static func escapeHTML(_ text: String) -> String {
        var out = ""
        for character in clean(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    private static func html(_ draft: DocumentDraft) -> String {
        let lang = draft.language == .english ? "en" : "sv"
        var body: [String] = []
        var inList = false
        for block in draft.blocks {
            if case .bullet = block {} else if inList { body.append("</ul>"); inList = false }
            switch block {
            case .heading(let level, let text): body.append("<h\(level)>\(escapeHTML(text))</h\(level)>")
            case .paragraph(let text): body.append("<p>\(escapeHTML(text))</p>")
            case .bullet(let text):
                if !inList { body.append("<ul>"); inList = true }
                body.append("<li>\(escapeHTML(text))</li>")
            }
        }
        if inList { body.append("</ul>") }
        let marks = banners(draft).map { "<div class=\"mark\">\(escapeHTML($0))</div>" }
        let printMarks = draft.isPractice || !draft.isFinal
            ? "<div class=\"page-mark\">\(escapeHTML(banners(draft).prefix(draft.isPractice ? 2 : 1).joined(separator: " · ")))</div>" : ""
        return """
        <!DOCTYPE html>
        <html lang="\(lang)">
        <head>
        <meta charset="utf-8">
        <title>\(escapeHTML(draft.title)) – \(escapeHTML(draft.caseID))</title>
        <style>
        body { font-family: "DejaVu Serif", Georgia, serif; font-size: 11pt; line-height: 1.45; max-width: 42em; margin: 2em auto; color: #000; }
        h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 1.4em; } h3 { font-size: 11pt; }
        .mark { border: 2px solid #000; padding: 0.4em 0.6em; margin-bottom: 0.6em; font-weight: bold; }
        .page-mark { display: none; }
        .footer { margin-top: 2em; border-top: 1px solid #000; padding-top: 0.5em; font-size: 9pt; }
        @page { size: A4; margin: 22mm 20mm; }
        @media print {
          body { margin: 0; max-width: none; }
          .page-mark { display: block; position: fixed; top: -14mm; left: 0; right: 0; text-align: center; font-weight: bold; font-size: 9pt; }
        }
        </style>
        </head>
        <body>
        \(printMarks)
        \(marks.joined(separator: "\n"))
        \(body.joined(separator: "\n"))
        <div class="footer">
        \(footer(draft).map { "<p>\(escapeHTML($0))</p>" }.joined(separator: "\n"))
        </div>
        </body>
        </html>

        """
    }

    // MARK: Plain text

    private static func text(_ draft: DocumentDraft) -> String {
        var lines = banners(draft).map { "!!! " + clean($0) + " !!!" }
        if !lines.isEmpty { lines.append("") }
        for block in draft.blocks {
            switch block {
            case .heading(_, let text): lines += ["", clean(text).uppercased(), ""]
            case .paragraph(let text): lines += [clean(text), ""]
            case .bullet(let text): lines.append("• " + clean(text))
            }
        }
        lines += [""] + footer(draft).map(clean)
        var out: [String] = []
        for line in lines where !(line.isEmpty && (out.last?.isEmpty ?? true)) { out.append(line) }
        return out.joined(separator: "\n") + "\n"
    }
}
