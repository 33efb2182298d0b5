package org.miatext.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miatext.MiaText;
import org.miatext.MiaTextException;
import org.miatext.ParseOptions;
import org.miatext.ast.BlankLines;
import org.miatext.ast.Block;
import org.miatext.ast.Citation;
import org.miatext.ast.Document;
import org.miatext.ast.EditorialBracket;
import org.miatext.ast.Paragraph;
import org.miatext.ast.SourceSpan;
import org.miatext.ast.Text;
import org.miatext.ast.TextBlock;
import org.miatext.diagnostic.Diagnostic;
import org.miatext.diagnostic.Severity;

/**
 * Hostile and odd inputs, one named test each, asserting the behaviour README documents under
 * "Robustness". Big inputs are made in memory. Every test also checks the general invariants
 * (lossless, spans and positions sound).
 */
class HostileInputTest {

    @TempDir
    Path dir;

    private static Document parse(String text) {
        return EntryPoints.parse(text);
    }

    private static Document parseAll(String text) {
        Document document = MiaText.parse(text, EntryPoints.NAME);
        Invariants.all(document, text);
        return document;
    }

    // ------------------------------------------------------------------ sizes and repetition

    @Test
    void emptyInputGivesAnEmptyDocument() {
        Document document = parseAll("");
        assertThat(document.blocks()).isEmpty();
        assertThat(document.problems()).isEmpty();
    }

    @Test
    void onlyBlankLinesGiveOneBlankLinesBlock() {
        String text = "\n \n\t\r\n\r\n";
        Document document = parseAll(text);
        assertThat(document.blocks()).singleElement().isInstanceOf(BlankLines.class);
        assertThat(document.problems()).isEmpty();
    }

    @Test
    void aTenMegabyteSingleLineIsOneParagraph() {
        String text = "word ".repeat(2_000_000);
        Document document = parse(text);
        assertThat(document.blocks()).singleElement().isInstanceOf(Paragraph.class);
        SourceSpan span = document.blocks().get(0).span();
        assertThat(span.endLine()).isEqualTo(1);
        assertThat(span.endColumn()).isEqualTo(10_000_001);
    }

    @Test
    void aHundredThousandBlankLinesParseInLinearTime() {
        Document document = parse("\n".repeat(100_000));
        assertThat(document.blocks()).singleElement().isInstanceOfSatisfying(BlankLines.class,
                blank -> assertThat(blank.span().endLine()).isEqualTo(100_001));
        Document withText = parse("\r\n".repeat(100_000) + "Text.\n" + "\n".repeat(100_000));
        assertThat(withText.blocks()).extracting(b -> b.getClass().getSimpleName() + "@" + b.span().line())
                .containsExactly("BlankLines@1", "Heading@100001", "BlankLines@100001");
    }

    @Test
    void aHundredThousandNotesEachCitingTheNextAreReadInOrderWithoutOverflow() {
        // The checker once read a note's markers by recursion: a StackOverflowError here.
        StringBuilder text = new StringBuilder("Text [1*]\n\n");
        for (int i = 1; i < 100_000; i++) {
            text.append(i).append("*. See [").append(i + 1).append("*].\n\n");
        }
        text.append("100000*. The end.\n");
        Document document = parse(text.toString());
        List<Citation> order = document.readingOrder();
        assertThat(order).hasSize(100_000);
        assertThat(order.get(99_999).label()).isEqualTo("100000*");
        assertThat(org.miatext.check.Checker.check(document)).isEmpty();
        assertThat(org.miatext.fix.Renumbering.of(document).changesText()).isFalse();
    }

    @Test
    void twoHundredThousandCitationsOfOneEntryEachGetAnIdOfTheirOwn() {
        // Ids were once found by trying -2, -3, ... from the start each time: quadratic, minutes here.
        Document document = parse("Text" + "[1]".repeat(200_000) + "\n\n1. Trotsky, Challenge, p.12.\n");
        String html = org.miatext.render.HtmlRenderer.renderBody(document);
        assertThat(html).contains("id=\"cite-ref-1\"", "id=\"cite-ref-1-2\"", "id=\"cite-ref-1-200000\"")
                .doesNotContain("cite-ref-1-200001");
        assertThat(org.miatext.render.MarkdownRenderer.render(document)).endsWith("[^ref-1]: Trotsky, Challenge, p.12.\n\n");
        assertThat(org.miatext.render.TeiRenderer.render(document)).contains("<note xml:id=\"ref-1\"");
    }

    @Test
    void aMillionMarkersAreAMillionCitations() {
        Document document = parse("Text" + "[7]".repeat(1_000_000));
        assertThat(document.citations()).hasSize(1_000_000);
        Citation last = document.citations().get(999_999);
        assertThat(last.label()).isEqualTo("7");
        assertThat(last.span().column()).isEqualTo(3_000_002);
        // Lists this long are kept in small arrays (ChunkedList), and stay unmodifiable.
        assertThatThrownBy(() -> document.citations().add(last)).isInstanceOf(UnsupportedOperationException.class);
        TextBlock block = (TextBlock) document.blocks().get(0);
        assertThat(block.content()).hasSize(1_000_001).element(1_000_000).isSameAs(last);
        assertThatThrownBy(() -> block.content().set(0, last)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMillionOpeningBracketsAreText() {
        Document document = parse("[".repeat(1_000_000));
        assertThat(document.citations()).isEmpty();
        assertThat(onlyBlockContent(document)).singleElement().isInstanceOf(Text.class);
    }

    @Test
    void aMillionClosingBracketsAreText() {
        Document document = parse("]".repeat(1_000_000));
        assertThat(document.citations()).isEmpty();
        assertThat(onlyBlockContent(document)).singleElement().isInstanceOf(Text.class);
    }

    /**
     * A gap of a hundred million numbers is reported by its ends, not listed: the checker once
     * collected every missing number and ran out of memory on this six-line chapter.
     */
    @Test
    void aHundredMillionWideGapIsReportedByItsEnds() {
        Document document = parseAll("Text [1] and [99999999] here.\n\nNotes\n\n1. Ibid.\n\n99999999. Ibid.\n");
        assertThat(org.miatext.check.Checker.check(document)).extracting(Diagnostic::ruleId, Diagnostic::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("numbering/skipped",
                                "[99999999] follows [1]: [2] to [99999998] are neither cited nor listed"),
                        org.assertj.core.groups.Tuple.tuple("notes/list-order",
                                "The numbered list skips from 1 to 99999999 (no 2 to 99999998)"));
    }

    /**
     * 100,000 markers cited in swapped pairs (2, 1, 4, 3, ...) against a list of 100,000 entries:
     * half of them are out of order. Checking stays n log n (choosing which markers stand in their
     * place, and the hint for each marker out of place, were quadratic: about 10^10 steps here).
     */
    @Test
    void aHundredThousandMarkersInSwappedPairsAreChecked() {
        int n = 100_000;
        StringBuilder text = new StringBuilder("Text");
        for (int i = 1; i <= n; i += 2) {
            text.append(" [").append(i + 1).append("] [").append(i).append(']');
        }
        text.append(".\n\nNotes\n\n");
        for (int i = 1; i <= n; i++) {
            text.append(i).append(". Ibid.\n\n");
        }
        Document document = MiaText.parse(text.toString());
        List<Diagnostic> problems = org.miatext.check.Checker.check(document);
        assertThat(problems).hasSize(n / 2).allSatisfy(d -> assertThat(d.ruleId()).isEqualTo("numbering/out-of-order"));
        assertThat(problems.get(0).message()).isEqualTo("[1] is cited out of order: it first appears after [2] (line 1)");
    }

    // ------------------------------------------------------------------ odd markers

    @Test
    void aHugeMarkerNumberIsKeptAsAString() {
        Document document = parseAll("Text[99999999999999999999999].\n\nNotes\n\n99999999999999999999999. Ibid.\n");
        Citation citation = document.citations().get(0);
        assertThat(citation.label()).isEqualTo("99999999999999999999999");
        assertThat(new BigInteger(citation.label())).isEqualTo(new BigInteger("99999999999999999999999"));
        assertThat(document.entryFor(citation)).hasValueSatisfying(
                entry -> assertThat(entry.label()).isEqualTo("99999999999999999999999"));
    }

    @Test
    void markersWithSignsSpacesOrZero() {
        Document document = parseAll("Text[-1] and[0] and[ 12 ] and[12 ] end.");
        // [-1] is no marker (a marker holds digits only): an editorial bracket, kept as text.
        assertThat(document.citations()).extracting(Citation::text).containsExactly("[0]", "[ 12 ]", "[12 ]");
        assertThat(document.citations()).extracting(Citation::label).containsExactly("0", "12", "12");
        assertThat(onlyBlockContent(document)).filteredOn(EditorialBracket.class::isInstance)
                .extracting(org.miatext.ast.Inline::text).containsExactly("[-1]");
    }

    // ------------------------------------------------------------------ characters

    @Test
    void nulAndControlCharactersAreKeptAsText() {
        String text = "Tony Cliff\n\nThe party\u0000 met[1] in\u0007 1924\u001b[0m and\u000b\u000c decided.\u007f\n\n"
                + "Notes\n\n1. Ibid.\u0000\n";
        Document document = parseAll(text);
        assertThat(document.problems()).isEmpty();
        assertThat(document.citations()).extracting(Citation::label).containsExactly("1");
        assertThat(document.references()).extracting(r -> r.label()).containsExactly("1");
    }

    @Test
    void everyControlCharacterAloneIsLossless() {
        for (char c = 0; c < 0x20; c++) {
            parseAll("a" + c + "[1]" + c + c + "\n" + c);
        }
    }

    @Test
    void loneSurrogatesAreKeptAndTakeOneColumnEach() {
        String text = "a\uD800[1]\uDC00[2]\uDBFF";
        Document document = parseAll(text);
        List<Citation> citations = document.citations();
        assertThat(citations).extracting(c -> c.span().offset()).containsExactly(2, 6);
        assertThat(citations).extracting(c -> c.span().column()).containsExactly(3, 7);
    }

    @Test
    void charactersOutsideTheBmpAroundMarkersKeepOffsetsAndColumnsRight() {
        // U+1F600 and U+1D49C are two chars each but one column each.
        String text = "\uD83D\uDE00[1]\uD83D\uDE00 \uD835\uDC9C[2]\n\uD83D\uDE00\uD83D\uDE00[3]";
        Document document = parseAll(text);
        List<Citation> citations = document.citations();
        assertThat(citations).extracting(c -> c.span().offset()).containsExactly(2, 10, 18);
        assertThat(citations).extracting(c -> c.span().line() + ":" + c.span().column() + "-" + c.span().endColumn())
                .containsExactly("1:2-5", "1:8-11", "2:3-6");
    }

    @Test
    void rightToLeftTextIsKeptInLogicalOrder() {
        String text = "\u05e9\u05dc\u05d5\u05dd[1] \u0645\u0631\u062d\u0628\u0627 \u202e[2]\u202c \u200f\n";
        Document document = parseAll(text);
        assertThat(document.citations()).extracting(Citation::label).containsExactly("1", "2");
        assertThat(document.citations().get(0).span().column()).isEqualTo(5);
        assertThat(document.problems()).isEmpty();
    }

    @Test
    void mixedLineEndingsEachEndALine() {
        String text = "First\r\nsecond\nthird\rfourth[1]\r\n\nNext\r\rLast\n";
        Document document = parseAll(text);
        Citation citation = document.citations().get(0);
        assertThat(citation.span().line()).isEqualTo(4);
        assertThat(document.blocks()).filteredOn(b -> !(b instanceof BlankLines)).extracting(b -> b.span().line())
                .containsExactly(1, 6, 8);
    }

    @Test
    void aByteOrderMarkTakesNoColumnAndIsKept() {
        String text = "\uFEFF[1] Text[2]\n";
        Document document = parseAll(text);
        assertThat(document.hasByteOrderMark()).isTrue();
        assertThat(document.blocks().get(0).span().offset()).isEqualTo(1);
        assertThat(document.blocks().get(0).span().column()).isEqualTo(1);
    }

    // ------------------------------------------------------------------ not a chapter at all

    @Test
    void anHtmlPageIsReportedAsInputHtml() throws Exception {
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Chapter 4</title></head>\n"
                + "<body><p>Text<sup>[1]</sup></p></body></html>\n";
        Document document = parseAll(page);
        assertThat(document.problems()).extracting(Diagnostic::ruleId).containsExactly("input/html");
        assertThat(document.problems().get(0).severity()).isEqualTo(Severity.ERROR);
        Path file = Files.writeString(dir.resolve("page.html"), "\uFEFF  \n" + page);
        assertThat(MiaText.parse(file).problems()).extracting(Diagnostic::ruleId).containsExactly("input/html");
    }

    @Test
    void aChapterThatMentionsTagsIsNoHtmlPage() {
        Document document = parseAll("The <html> tag and <body> are not in this chapter's first character.\n");
        assertThat(document.problems()).isEmpty();
    }

    @Test
    void aPdfIsReportedAsInputPdfOrRefusedWhenItIsNotUtf8() throws Exception {
        Document document = parseAll("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
        assertThat(document.problems()).extracting(Diagnostic::ruleId).containsExactly("input/pdf");
        Path file = dir.resolve("chapter.pdf");
        Files.write(file, new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', '\n', '%', (byte) 0xE2, (byte) 0xE3});
        assertThatThrownBy(() -> MiaText.parse(file)).isInstanceOf(MiaTextException.class)
                .hasMessage(file + ": not valid UTF-8: bad byte 0xE2 at byte offset 10 (the file is a PDF, not plain text)");
    }

    @Test
    void binaryDataIsReportedAsInputBinary() {
        StringBuilder binary = new StringBuilder();
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 4000; i++) {
            binary.append((char) random.nextInt(0x80));
        }
        Document document = parseAll(binary.toString());
        assertThat(document.problems()).extracting(Diagnostic::ruleId).contains("input/binary");
    }

    @Test
    void utf16WithoutByteOrderMarkIsReportedAsInputBinary() throws Exception {
        Path file = Files.write(dir.resolve("utf16.txt"), "Tony Cliff\n\nText[1].\n".getBytes(StandardCharsets.UTF_16LE));
        Document document = MiaText.parse(file);
        assertThat(document.problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo("input/binary");
            assertThat(p.message()).contains("UTF-16");
        });
        Invariants.all(document, document.source());
    }

    @Test
    void binaryFileThatIsNotUtf8IsRefusedWithTheByteOffset() throws Exception {
        Path file = Files.write(dir.resolve("image.bin"), new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 0, (byte) 0xFF});
        assertThatThrownBy(() -> MiaText.parse(file)).isInstanceOf(MiaTextException.class)
                .hasMessage(file + ": not valid UTF-8: bad byte 0xFF at byte offset 8 (the file looks binary: it has NUL bytes)");
    }

    // ------------------------------------------------------------------ files

    @Test
    void aUtf16FileWithByteOrderMarkIsRefusedByName() throws Exception {
        Path file = Files.write(dir.resolve("utf16.txt"), "\uFEFFText".getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> MiaText.parse(file)).isInstanceOf(MiaTextException.class)
                .hasMessageStartingWith(file + ": the file is UTF-16").hasMessageContaining("convert it to UTF-8");
        Path bigEndian = Files.write(dir.resolve("utf16be.txt"), "\uFEFFText".getBytes(StandardCharsets.UTF_16BE));
        assertThatThrownBy(() -> MiaText.parse(bigEndian)).hasMessageStartingWith(bigEndian + ": the file is UTF-16");
    }

    @Test
    void invalidUtf8IsRefusedWithTheByteOffset() throws Exception {
        byte[] bytes = "Zinoviev \u2019s text".getBytes(StandardCharsets.UTF_8);
        bytes[11] = 'x'; // breaks the three-byte quote at offset 9: 0xE2 0x80 'x'
        Path file = Files.write(dir.resolve("latin.txt"), bytes);
        assertThatThrownBy(() -> MiaText.parse(file)).isInstanceOf(MiaTextException.class)
                .hasMessageStartingWith(file + ": not valid UTF-8: bad byte 0xE2 at byte offset 9");
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 society".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> MiaText.parse(latin1))
                .hasMessage(latin1 + ": not valid UTF-8: bad byte 0xE9 at byte offset 3"
                        + " (if the file is Latin-1 or Windows-1252, convert it to UTF-8)");
    }

    @Test
    void aFileOverTheMaximumSizeIsRefusedNamingTheLimit() throws Exception {
        Path file = Files.writeString(dir.resolve("big.txt"), "x".repeat(1001));
        assertThatThrownBy(() -> MiaText.parse(file, ParseOptions.defaults().withMaxInputSize(1000)))
                .isInstanceOf(MiaTextException.class)
                .hasMessage(file + ": file is too large (more than 1000 bytes is the maximum input size)");
        assertThat(MiaText.parse(file, ParseOptions.defaults().withMaxInputSize(1001)).source()).hasSize(1001);
        assertThatThrownBy(() -> MiaText.parse(new StringReader("x".repeat(9000)), new ParseOptions(8192)))
                .isInstanceOf(MiaTextException.class).hasMessageContaining("maximum input size of 8192 characters");
        assertThat(ParseOptions.DEFAULT_MAX_INPUT_SIZE).isEqualTo(64L * 1024 * 1024)
                .isEqualTo(ParseOptions.defaults().maxInputSize());
        assertThatThrownBy(() -> new ParseOptions(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pathsThatAreNoChapterFilesAreRefusedByName() throws Exception {
        Path missing = dir.resolve("missing.txt");
        assertThatThrownBy(() -> MiaText.parse(missing)).hasMessage(missing + ": no such file");
        assertThatThrownBy(() -> MiaText.parse(dir)).hasMessage(dir + ": is a directory, not a chapter file");
        Path loop = dir.resolve("loop");
        Files.createSymbolicLink(loop, dir.resolve("loop2"));
        Files.createSymbolicLink(dir.resolve("loop2"), loop);
        assertThatThrownBy(() -> MiaText.parse(loop)).hasMessageStartingWith(loop + ": symbolic link loop");
        Path fifo = dir.resolve("fifo");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        // Nothing writes to the FIFO: reading it would block for ever, so it must not be read.
        assertThatThrownBy(() -> MiaText.parse(fifo))
                .hasMessage(fifo + ": is not a regular file (a device, FIFO or socket): not read");
        assertThatThrownBy(() -> MiaText.parse(Path.of("/dev/zero")))
                .hasMessage("/dev/zero: is not a regular file (a device, FIFO or socket): not read");
    }

    // ------------------------------------------------------------------ helpers

    private static List<org.miatext.ast.Inline> onlyBlockContent(Document document) {
        List<Block> blocks = document.blocks().stream().filter(b -> !(b instanceof BlankLines)).toList();
        assertThat(blocks).hasSize(1);
        return ((TextBlock) blocks.get(0)).content();
    }
}
