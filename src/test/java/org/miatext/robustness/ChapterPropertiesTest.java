package org.miatext.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.miatext.ast.Citation;
import org.miatext.ast.Document;

/**
 * Property tests: the invariants of {@link EntryPoints} over chapters made by
 * {@link ChapterGenerator}, with and without faults.
 *
 * <p>Each property runs {@value #DEFAULT_TRIES} chapters from a fixed seed in the normal build
 * (a second or two). Run longer, or from another seed, with
 * {@code mvn test -Dtest=ChapterPropertiesTest -Dmiatext.properties.tries=100000 -Dmiatext.properties.seed=7}.
 * A failure names its seed and chapter number and shows the failing chapter, shrunk block by
 * block, as a Java string literal ready for a regression test.
 */
class ChapterPropertiesTest {

    static final int DEFAULT_TRIES = 300;

    private static int tries() {
        return Integer.getInteger("miatext.properties.tries", DEFAULT_TRIES);
    }

    private static long seed() {
        return Long.getLong("miatext.properties.seed", 20240605L);
    }

    @Test
    void wellFormedChaptersKeepEveryInvariant() {
        forAll(false, chapter -> {
            String text = chapter.text();
            EntryPoints.parse(text);
            EntryPoints.jsonRenderer(text);
            EntryPoints.outlineRenderer(text);
            EntryPoints.htmlRenderer(text);
            EntryPoints.markdownRenderer(text);
            EntryPoints.teiRenderer(text);
        });
    }

    @Test
    void faultyChaptersKeepEveryInvariant() {
        forAll(true, chapter -> {
            String text = chapter.text();
            EntryPoints.parse(text);
            EntryPoints.jsonRenderer(text);
            EntryPoints.outlineRenderer(text);
            EntryPoints.htmlRenderer(text);
            EntryPoints.markdownRenderer(text);
            EntryPoints.teiRenderer(text);
        });
    }

    @Test
    void checkingKeepsItsContract() {
        forAll(true, chapter -> EntryPoints.check(chapter.text()));
        forAll(false, chapter -> EntryPoints.check(chapter.text()));
    }

    @Test
    void fixingKeepsItsContract() {
        forAll(true, chapter -> EntryPoints.fix(chapter.text()));
        forAll(false, chapter -> EntryPoints.fix(chapter.text()));
    }

    @Test
    void everyMarkerWrittenIsACitationFound() {
        forAll(false, chapter -> {
            Document document = EntryPoints.parse(chapter.text());
            // Bracketed markers are lexical; a parenthesised "(5)" may be read as a marker by the
            // tree builder's heuristics, which this property leaves alone.
            List<String> found = document.citations().stream().map(Citation::text).filter(t -> t.startsWith("[")).toList();
            Invariants.check(found.equals(chapter.markers()), "markers written " + chapter.markers()
                    + " but citations found " + found);
        });
    }

    @Test
    void utf8OfEveryChapterDecodesBackToItself() {
        forAll(true, chapter -> {
            String text = chapter.text();
            byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            // Lone surrogates become '?' in UTF-8: the decoder must give back exactly that text.
            EntryPoints.decodeUtf8(bytes);
        });
    }

    @Test
    void theGeneratorMakesWhatItPromises() {
        ChapterGenerator generator = new ChapterGenerator(1, true);
        boolean crlf = false;
        boolean cr = false;
        boolean bom = false;
        boolean surrogate = false;
        for (int i = 0; i < 300; i++) {
            String text = generator.next().text();
            crlf |= text.contains("\r\n");
            cr |= text.replace("\r\n", "").contains("\r");
            bom |= text.startsWith("\uFEFF");
            surrogate |= text.chars().anyMatch(c -> Character.isSurrogate((char) c));
        }
        assertThat(List.of(crlf, cr, bom, surrogate)).containsOnly(true);
    }

    private static void forAll(boolean faults, Consumer<ChapterGenerator.Chapter> property) {
        long seed = seed();
        ChapterGenerator generator = new ChapterGenerator(seed, faults);
        int tries = tries();
        for (int i = 0; i < tries; i++) {
            ChapterGenerator.Chapter chapter = generator.next();
            AssertionError failure = failure(property, chapter);
            if (failure != null) {
                ChapterGenerator.Chapter small = shrink(property, chapter);
                AssertionError report = new AssertionError("property failed on chapter " + i + " of seed " + seed
                        + " (faults " + faults + "): " + failure(property, small).getMessage()
                        + "\nshrunk chapter: " + javaLiteral(small.text()), failure);
                throw report;
            }
        }
    }

    private static AssertionError failure(Consumer<ChapterGenerator.Chapter> property, ChapterGenerator.Chapter chapter) {
        try {
            property.accept(chapter);
            return null;
        } catch (AssertionError e) {
            return e;
        } catch (RuntimeException e) {
            return new AssertionError("exception escaped: " + e, e);
        }
    }

    private static ChapterGenerator.Chapter shrink(Consumer<ChapterGenerator.Chapter> property,
                                                   ChapterGenerator.Chapter chapter) {
        boolean smaller = true;
        while (smaller) {
            smaller = false;
            for (int b = 0; b < chapter.blocks().size(); b++) {
                ChapterGenerator.Chapter candidate = chapter.without(b);
                if (failure(property, candidate) != null) {
                    chapter = candidate;
                    smaller = true;
                    break;
                }
            }
        }
        return chapter;
    }

    static String javaLiteral(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c > 0x7E) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
