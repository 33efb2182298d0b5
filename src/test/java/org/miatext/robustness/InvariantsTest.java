package org.miatext.robustness;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.miatext.MiaText;
import org.miatext.ast.BlankLines;
import org.miatext.ast.Document;
import org.miatext.ast.Paragraph;
import org.miatext.ast.SourceSpan;
import org.miatext.ast.Text;

/** The checks the fuzz and property tests rely on do fail on bad trees. */
class InvariantsTest {

    @Test
    void aSoundDocumentPasses() {
        String text = "\uFEFFA\uD83D\uDE00[1]\r\n\r\nB\rC\n";
        assertThatCode(() -> Invariants.all(MiaText.parse(text), text)).doesNotThrowAnyException();
    }

    @Test
    void aGapBetweenBlocksFails() {
        String source = "ab\n\ncd";
        Document document = new Document(source, "t", List.of(
                paragraph("ab", 0, 1, 1, 1, 3),
                paragraph("cd", 4, 3, 1, 3, 3)), List.of());
        assertThatThrownBy(() -> Invariants.spansAreSound(document)).hasMessageContaining("starts at 4, expected 2");
    }

    @Test
    void aWrongColumnFails() {
        String source = "\uD83D\uDE00x";
        // x is at column 2: the emoji is one code point, though two chars.
        Document document = new Document(source, "t", List.of(
                new Paragraph(List.of(new Text("\uD83D\uDE00", new SourceSpan(0, 2, 1, 1, 1, 2)),
                        new Text("x", new SourceSpan(2, 1, 1, 3, 1, 4))), new SourceSpan(0, 3, 1, 1, 1, 3))),
                List.of());
        assertThatThrownBy(() -> Invariants.positionsAgree(document)).hasMessageContaining("expected 1:2");
    }

    @Test
    void aLeafWhoseTextDiffersFromItsSpanFails() {
        String source = "ab";
        Document document = new Document(source, "t", List.of(new BlankLines("xy", new SourceSpan(0, 2, 1, 1, 1, 3))),
                List.of());
        assertThatThrownBy(() -> Invariants.spansAreSound(document)).hasMessageContaining("text differs");
        assertThatThrownBy(() -> Invariants.roundTrips(document, source)).hasMessageContaining("differs from the source");
    }

    @Test
    void positionsCountCodePointsAndEveryLineEnding() {
        Invariants.Positions positions = new Invariants.Positions("\uFEFFa\r\nb\rc\nd\uD83D\uDE00e");
        // a at 1:1 (the BOM takes no column); b at 2:1; c at 3:1; d at 4:1; e at 4:3.
        assertThatCode(() -> positions.check(new SourceSpan(1, 1, 1, 1, 1, 2), "a")).doesNotThrowAnyException();
        assertThatCode(() -> positions.check(new SourceSpan(4, 1, 2, 1, 2, 2), "b")).doesNotThrowAnyException();
        assertThatCode(() -> positions.check(new SourceSpan(6, 1, 3, 1, 3, 2), "c")).doesNotThrowAnyException();
        assertThatCode(() -> positions.check(new SourceSpan(8, 4, 4, 1, 4, 4), "d..e")).doesNotThrowAnyException();
    }

    @Test
    void fuzzTextReachesLoneSurrogatesAndKeepsUtf8() {
        org.assertj.core.api.Assertions.assertThat(FuzzText.decode("Zinoviev \u201cq\u201d \uD83D\uDE00".getBytes(
                java.nio.charset.StandardCharsets.UTF_8))).isEqualTo("Zinoviev \u201cq\u201d \uD83D\uDE00");
        org.assertj.core.api.Assertions.assertThat(FuzzText.decode(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80,
            (byte) 0xFF, 0})).isEqualTo("\uD800\uDCFF\u0000");
    }

    private static Paragraph paragraph(String text, int offset, int line, int column, int endLine, int endColumn) {
        SourceSpan span = new SourceSpan(offset, text.length(), line, column, endLine, endColumn);
        return new Paragraph(List.of(new Text(text, span)), span);
    }
}
