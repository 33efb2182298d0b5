package org.miatext.robustness;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import org.miatext.MiaText;
import org.miatext.MiaTextException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.miatext.ast.Document;
import org.miatext.check.Checker;
import org.miatext.check.FileReport;
import org.miatext.check.Rule;
import org.miatext.diagnostic.Diagnostic;
import org.miatext.eval.MiniJson;
import org.miatext.render.DiagnosticJsonRenderer;
import org.miatext.render.DiagnosticTextRenderer;
import org.miatext.render.GithubAnnotationsRenderer;
import org.miatext.render.JUnitXmlRenderer;
import org.miatext.render.SarifRenderer;
import org.xml.sax.InputSource;
import org.miatext.render.JsonRenderer;
import org.miatext.render.OutlineRenderer;
import org.miatext.render.TextRenderer;

/**
 * Every public entry point that takes untrusted input, each with the properties it must keep on
 * any input. The Jazzer fuzz tests, the generated-chapter properties and the seed-corpus test all go through
 * here. An entry point added to the library (the checker, fix) is one more method here and one
 * more {@code @FuzzTest} in {@link FuzzTests}.
 */
final class EntryPoints {

    /** The name documents get in these tests. */
    static final String NAME = "fuzz.txt";

    private EntryPoints() {
    }

    /** {@code MiaText.parse}: never throws; lossless; spans and positions sound. */
    static Document parse(String text) {
        Document document = MiaText.parse(text, NAME);
        Invariants.roundTrips(document, text);
        Invariants.spansAreSound(document);
        Invariants.positionsAgree(document);
        return document;
    }

    /** {@link TextRenderer}: gives the input back exactly. */
    static void textRenderer(String text) {
        Document document = MiaText.parse(text, NAME);
        Invariants.check(TextRenderer.render(document).equals(text), "TextRenderer did not give the input back");
    }

    /** {@link JsonRenderer}: valid JSON whose leaves give the input back. */
    static void jsonRenderer(String text) {
        Invariants.jsonIsSound(MiaText.parse(text, NAME));
    }

    /** {@link OutlineRenderer}: one line per block and problem. */
    static void outlineRenderer(String text) {
        Invariants.outlineIsSound(MiaText.parse(text, NAME));
    }

    /**
     * {@link org.miatext.render.HtmlRenderer}: ids unique, every link lands, a link per resolved
     * citation, an element per entry and quotation, the source's words exactly (jsoup reads it).
     */
    static void htmlRenderer(String text) {
        Document document = MiaText.parse(text, NAME);
        org.miatext.render.RenderedChecks.html(document, org.miatext.render.HtmlRenderer.render(document));
    }

    /**
     * {@link org.miatext.render.MarkdownRenderer}: no markup the chapter did not call for, a
     * footnote per resolved citation and cited entry, the chapter's words kept and none added
     * (commonmark-java reads it).
     */
    static void markdownRenderer(String text) {
        Document document = MiaText.parse(text, NAME);
        org.miatext.render.RenderedChecks.markdown(document, org.miatext.render.MarkdownRenderer.render(document));
    }

    /**
     * {@link org.miatext.render.TeiRenderer}: well-formed XML in the TEI namespace, ids unique and
     * targets landing, a ref per citation, a note per entry, the TEI content model of divisions,
     * the source's words exactly in its text.
     */
    static void teiRenderer(String text) {
        Document document = MiaText.parse(text, NAME);
        org.miatext.render.RenderedChecks.tei(document, org.miatext.render.TeiRenderer.render(document));
    }

    /**
     * {@code Checker.check} and the report renderers: no exception; every diagnostic has a rule id
     * of {@link Rule}, its rule's severity, the document's file name, a span inside the source
     * whose line and column agree with {@link Invariants.Positions}; diagnostics come sorted by
     * position and the same twice; the JSON and SARIF reports are valid JSON, the JUnit report
     * well-formed XML.
     */
    static void check(String text) {
        Document document = MiaText.parse(text, NAME);
        List<Diagnostic> diagnostics = Checker.check(document);
        Invariants.check(diagnostics.equals(Checker.check(document)), "check is not deterministic");
        Map<String, Rule> rules = new HashMap<>();
        for (Rule rule : Rule.values()) {
            rules.put(rule.id(), rule);
        }
        Invariants.Positions positions = new Invariants.Positions(text);
        int previous = -1;
        String previousRule = "";
        for (Diagnostic d : diagnostics) {
            Rule rule = rules.get(d.ruleId());
            Invariants.check(rule != null, "unknown rule id " + d.ruleId());
            Invariants.check(d.severity() == rule.severity(), d + ": severity is not its rule's");
            Invariants.check(d.file().equals(NAME), d + ": wrong file name");
            Invariants.check(d.span().end() <= text.length(), d + ": span outside the source");
            positions.check(d.span(), d.toString());
            Invariants.check(d.span().offset() >= previous, "diagnostics not sorted by position");
            Invariants.check(d.span().offset() > previous || d.ruleId().compareTo(previousRule) >= 0,
                    "diagnostics at one position not sorted by rule id");
            previous = d.span().offset();
            previousRule = d.ruleId();
        }
        List<FileReport> reports = List.of(FileReport.checked(NAME, diagnostics));
        DiagnosticTextRenderer.render(reports);
        GithubAnnotationsRenderer.render(reports);
        for (String json : List.of(DiagnosticJsonRenderer.render(reports), SarifRenderer.render(reports))) {
            try {
                MiniJson.parse(json);
            } catch (RuntimeException e) {
                throw new AssertionError("report is not valid JSON: " + e.getMessage(), e);
            }
        }
        String xml = JUnitXmlRenderer.render(reports, Optional.of(org.miatext.diagnostic.Severity.ERROR));
        try {
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("JUnit XML report is not well-formed: " + e.getMessage(), e);
        }
    }

    /**
     * {@code Renumbering} ({@code miatext fix}): either refuses with a {@link org.miatext.fix.FixException}
     * (a list with a label twice or a label that is no number, input that is no chapter) or gives
     * a text that parses losslessly; when it parses to the same blocks as before (the usual case:
     * only labels changed), the checker finds no citation out of order and no list out of order
     * in it. (That a second fix changes nothing is tested on real chapters and their mutants in
     * {@code RenumberingTest}; on garbled input a fix can reorder entries whose own text is
     * unreadable, so the fuzzer does not hold it.)
     */
    static void fix(String text) {
        Document document = MiaText.parse(text, NAME);
        org.miatext.fix.Renumbering renumbering;
        try {
            renumbering = org.miatext.fix.Renumbering.of(document);
        } catch (org.miatext.fix.FixException refused) {
            return;
        }
        String fixed = renumbering.text();
        Document after = MiaText.parse(fixed, NAME);
        Invariants.roundTrips(after, fixed);
        if (!sameShape(document, after)) {
            // Renumbering changed which labels are cited where, and with it the parser's reading
            // of a garbled page (a numbered paragraph now reads as a list): nothing more to hold.
            return;
        }
        for (Diagnostic d : Checker.check(after)) {
            boolean numbering = d.ruleId().equals("numbering/out-of-order") || d.ruleId().equals("notes/list-order");
            Invariants.check(!numbering || !inNumberedList(after, d), "after fix: " + d);
        }
    }

    /**
     * True when a diagnostic is about the numbered list, the one {@code fix} renumbers: it starts
     * at a reference citation or at a reference entry (asterisked and lettered notes keep their
     * numbers).
     */
    private static boolean inNumberedList(Document document, Diagnostic d) {
        int at = d.span().offset();
        boolean citation = document.citations().stream()
                .anyMatch(c -> c.span().offset() == at && c.kind() == org.miatext.ast.Citation.Kind.REFERENCE);
        boolean entry = document.references().stream().anyMatch(r -> r.span().offset() == at);
        return citation || entry;
    }

    /** The same blocks of the same kinds at the same lines. */
    private static boolean sameShape(Document a, Document b) {
        return shape(a).equals(shape(b));
    }

    private static List<String> shape(Document d) {
        return d.blocks().stream().map(block -> block.getClass().getSimpleName() + "@" + block.span().line()).toList();
    }

    /**
     * {@code MiaText.decodeUtf8}: valid UTF-8 decodes exactly as the JDK decodes it; anything else
     * is a {@link MiaTextException} that names the source and, for a bad byte, gives the offset of
     * the first byte a strict decoder rejects; a UTF-16 byte order mark is refused by name.
     */
    static void decodeUtf8(byte[] bytes) {
        boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        int firstBad = firstInvalidUtf8(bytes);
        String decoded;
        try {
            decoded = MiaText.decodeUtf8(bytes, NAME);
        } catch (MiaTextException e) {
            String message = e.getMessage();
            Invariants.check(message.startsWith(NAME + ": "), "error does not name the source: " + message);
            if (utf16) {
                Invariants.check(message.contains("UTF-16"), "UTF-16 input not named as such: " + message);
            } else {
                Invariants.check(firstBad >= 0, "valid UTF-8 refused: " + message);
                Invariants.check(message.contains("byte offset " + firstBad), "wrong byte offset, expected "
                        + firstBad + ": " + message);
            }
            return;
        }
        Invariants.check(!utf16, "UTF-16 byte order mark accepted");
        Invariants.check(firstBad < 0, "invalid UTF-8 accepted (first bad byte at " + firstBad + ")");
        Invariants.check(decoded.equals(new String(bytes, StandardCharsets.UTF_8)), "decoding differs from the JDK's");
    }

    /**
     * Offset of the first byte where strict UTF-8 decoding fails, or -1 if valid: the JDK's
     * decoder, fed the bytes one prefix at a time, is the independent judge.
     */
    static int firstInvalidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return -1;
        } catch (CharacterCodingException e) {
            // Find the longest valid prefix: the first bad byte lies just after a complete sequence.
            int i = 0;
            while (i < bytes.length) {
                int b = bytes[i] & 0xFF;
                int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3
                        : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
                if (length == 0 || i + length > bytes.length) {
                    return i;
                }
                int c1 = length > 1 ? bytes[i + 1] & 0xFF : 0x80;
                int lo = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
                int hi = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
                if (length > 1 && (c1 < lo || c1 > hi)) {
                    return i;
                }
                for (int k = 2; k < length; k++) {
                    if ((bytes[i + k] & 0xC0) != 0x80) {
                        return i;
                    }
                }
                i += length;
            }
            return i;
        }
    }
}
