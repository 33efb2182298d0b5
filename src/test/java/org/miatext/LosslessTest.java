package org.miatext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.miatext.ast.Block;
import org.miatext.ast.Document;
import org.miatext.ast.Inline;
import org.miatext.ast.Node;
import org.miatext.ast.NodeWalker;
import org.miatext.ast.SourceSpan;
import org.miatext.render.TextRenderer;

/** The tree loses nothing: every node's text is its slice of the source, and the source comes back exactly. */
class LosslessTest {

    static Stream<Path> chapters() throws IOException {
        Stream<Path> fixtures = Files.list(Path.of("src/test/resources/fixtures")).filter(p -> p.toString().endsWith(".txt"));
        return Stream.concat(Stream.of(Path.of("seeds/000_69c2650609e06f78.txt")), fixtures.sorted());
    }

    @ParameterizedTest
    @MethodSource("chapters")
    void chaptersComeBackExactly(Path file) {
        String text = MiaText.readUtf8(file);
        assertLossless(text);
        assertLossless(text.replace("\n", "\r\n"));
        assertLossless(text.replace("\n", "\r"));
        assertLossless("\uFEFF" + text.strip());
    }

    @Test
    void oddShapesComeBackExactly() {
        for (String text : List.of("", "\n", "\n\n\n", "   ", " \t \n  \n", "\uFEFF", "\uFEFF\n", "[", "]", "[[1]]",
                "1.", "1. ", "3*.", "[A]", "Last updated", "Notes", "Notes\n\n1.", "a\r\n\r\n\r\nb", "x\u0000y",
                "\uD800 lone", "tail\uDC00", "text [12 ] and [ 12 ]\r", "\t1. tabbed")) {
            assertLossless(text);
        }
    }

    @Test
    void randomTextComesBackExactly() {
        String[] pieces = {"a", "Word", " ", "  ", "\n", "\n\n", "\n\n\n", "\r\n", "\r", "\t", "[", "]", "[1]", "[12]",
            "[3*]", "[A]", "[a]", "[Lenin's]", "(1)", "12)", "1. ", "3*. ", "A. ", "Notes", "Footnotes",
            "Last updated on 5 August 2009", "...", "‘", "’", "“", "”", ":", ",", ".", "𝔘", "\uFEFF", "\u0000",
            "\uD800", "\uDC00", "ا", "*"};
        Random random = new Random(2026);
        for (int round = 0; round < 3000; round++) {
            assertLossless(RandomPieces.of(random, pieces, 60));
        }
    }

    /** Text rebuilt exactly; spans inside the source, in order, tiling it; leaves equal to their slice. */
    static void assertLossless(String text) {
        Document document = MiaText.parse(text);
        assertThat(document.problems()).as("internal errors for %s", show(text))
                .noneMatch(p -> p.ruleId().equals("parse/internal-error"));
        assertThat(TextRenderer.render(document)).as("rebuilt text of %s", show(text)).isEqualTo(text);
        int position = document.hasByteOrderMark() ? 1 : 0;
        for (Block block : document.blocks()) {
            assertThat(block.span().offset()).as("blocks tile the source: %s", show(text)).isEqualTo(position);
            position = block.span().end();
        }
        assertThat(position).as("blocks reach the end of %s", show(text)).isEqualTo(text.length());
        int previousStart = -1;
        for (Node node : NodeWalker.allNodes(document.blocks())) {
            SourceSpan span = node.span();
            assertThat(span.offset()).isBetween(0, text.length());
            assertThat(span.end()).isLessThanOrEqualTo(text.length());
            assertThat(span.offset()).as("nodes in source order").isGreaterThanOrEqualTo(previousStart);
            previousStart = span.offset();
            if (node instanceof Inline inline) {
                assertThat(document.text(span)).isEqualTo(inline.text());
            }
        }
    }

    private static String show(String text) {
        return text.length() > 80 ? "\"" + text.substring(0, 80).replace("\n", "\\n") + "...\""
                : "\"" + text.replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }
}
