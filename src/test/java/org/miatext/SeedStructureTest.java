package org.miatext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.miatext.ast.Citation;
import org.miatext.ast.Document;
import org.miatext.ast.Entry;
import org.miatext.ast.Note;
import org.miatext.eval.Evaluation;
import org.miatext.eval.MiniJson;
import org.miatext.eval.Truth;
import org.miatext.render.TextRenderer;

/**
 * The seed chapter against its expected structure, reviewed by hand: headings, notes,
 * references, footer and markers exactly; quotes with precision and recall of at least 0.95.
 */
class SeedStructureTest {

    static final Path SEED = Path.of("seeds/000_69c2650609e06f78.txt");
    static String text;
    static String truthJson;
    static Document document;
    static Evaluation.Result result;

    @BeforeAll
    static void parse() throws IOException {
        text = MiaText.readUtf8(SEED);
        try (InputStream in = SeedStructureTest.class.getResourceAsStream("/seed.json")) {
            truthJson = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        document = MiaText.parse(SEED);
        // The seed is seed-style: its notes headings were dropped, only blank lines are left.
        result = Evaluation.compare(document, Truth.read(truthJson, text, true), true);
    }

    @Test
    void rebuildsTheSourceExactly() {
        assertThat(TextRenderer.render(document)).isEqualTo(text);
    }

    @Test
    void everyHeadingIsFound() {
        assertExact("headings", 11);
    }

    @Test
    void everyNoteAndReferenceIsFoundWithItsLabel() {
        assertExact("notes", 3);
        assertExact("references", 60);
        assertThat(document.notes()).extracting(Note::label).containsExactly("1*", "2*", "3*");
        assertThat(document.references()).hasSize(60);
        assertThat(document.references().get(59).label()).isEqualTo("60");
    }

    @Test
    void theFooterIsFound() {
        assertExact("footer", 1);
        assertThat(document.footer()).hasValueSatisfying(f -> assertThat(f.dateText()).isEqualTo("5 August 2009"));
    }

    @Test
    void everyMarkerIsFoundAtItsLineAndColumn() {
        assertExact("markers", 63);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyMarkerPointsWhereThePageLinksIt() {
        List<Object> markers = (List<Object>) ((Map<String, Object>) MiniJson.parse(truthJson)).get("markers");
        List<String> expected = new ArrayList<>();
        for (Object o : markers) {
            Map<String, Object> m = (Map<String, Object>) o;
            expected.add(m.get("line") + ":" + m.get("column") + " -> " + m.get("target_kind") + " " + m.get("target_label"));
        }
        List<String> actual = new ArrayList<>();
        for (Citation c : document.citations()) {
            Entry entry = document.entryFor(c).orElseThrow(() -> new AssertionError("no entry for " + c));
            actual.add(c.span().line() + ":" + c.span().column() + " -> "
                    + (entry instanceof Note ? "note" : "reference") + " " + entry.label());
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    /**
     * Precision and recall of at least 0.95 each. The quote model is trained on the corpus, not
     * on the seed. (It finds 42 of the 43; the one it misses, line 81, is a second quotation that
     * follows the first with no introduction: "What is needed?")
     */
    @Test
    void quotesAreFoundWithPrecisionAndRecallOfAtLeast095() {
        Evaluation.Score quotes = result.scores().get("quotes");
        assertThat(quotes.expected()).isEqualTo(43);
        assertThat(quotes.precision()).as("quote precision, extra: %s", result.extra().get("quotes")).isGreaterThanOrEqualTo(0.95);
        assertThat(quotes.recall()).as("quote recall, missed: %s", result.missed().get("quotes")).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theSeedHasNoParseProblems() {
        assertThat(document.problems()).isEmpty();
    }

    private static void assertExact(String kind, int expected) {
        Evaluation.Score score = result.scores().get(kind);
        assertThat(score.expected()).as(kind + " expected").isEqualTo(expected);
        assertThat(result.missed().get(kind)).as(kind + " missed").isEmpty();
        assertThat(result.extra().get(kind)).as(kind + " found but not expected").isEmpty();
    }
}
