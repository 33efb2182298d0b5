package org.miatext.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.miatext.parse.antlr.ChapterLexer;

/**
 * The lexer scans runs of plain text in a loop of its own (ChapterLexer.textRun) instead of
 * through the generated DFA, for speed. These tests lex the same inputs with the loop and with
 * the generated rule and require the very same tokens: type, offsets, line and column.
 */
class TextRunShortcutTest {

    static Stream<Path> chapters() throws IOException {
        return Stream.concat(Stream.of(Path.of("seeds/000_69c2650609e06f78.txt")),
                Files.list(Path.of("src/test/resources/fixtures")).sorted());
    }

    @ParameterizedTest
    @MethodSource("chapters")
    void givesTheTokensOfTheRuleOnRealChapters(Path chapter) throws IOException {
        String text = Files.readString(chapter, StandardCharsets.UTF_8);
        assertThat(tokens(text, true)).isEqualTo(tokens(text, false));
    }

    @Test
    void givesTheTokensOfTheRuleOnOddInputs() {
        for (String text : List.of("", "\n", "a", "[", "]", "[[[", "a[1]b", "x\r\ny\rz\n", "\uFEFFtext",
                "\uFEFF[1] x", "‘quoted’ [3*] text [Lenin’s] end", "\uD83D\uDE00 [12] \uD83D\uDE00",
                "  spaces\t[a]b", "1. Ibid.\n2. Ibid.", "Notes\n\n1*. x", "Last updated on 1 May", "x\u0000y[")) {
            assertThat(tokens(text, true)).as(text).isEqualTo(tokens(text, false));
        }
    }

    /** Random strings over the characters the rules care about, and a few they do not. */
    @Test
    void givesTheTokensOfTheRuleOnRandomInputs() {
        String[] pieces = {"[", "]", "\r", "\n", "\r\n", " ", "\t", "a", "N", "A", "1", "12", "*", ".", "(", ")",
            "’", "‘", "é", "\uFEFF", "\uD83D\uDE00", "\uD800", "Notes", "Last updated", "\u0000"};
        Random random = new Random(2026);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            assertThat(tokens(text, true)).as(text).isEqualTo(tokens(text, false));
            assertThat(tokens(CharStreams.fromString(text), true)).as("code points: " + text)
                    .isEqualTo(tokens(CharStreams.fromString(text), false));
        }
    }

    private static List<String> tokens(String text, boolean shortcut) {
        return tokens(new StringCharStream(text), shortcut);
    }

    /** Any other char stream: the loop reads it char by char. */
    private static List<String> tokens(CharStream chars, boolean shortcut) {
        ChapterLexer lexer = new ChapterLexer(chars);
        lexer.removeErrorListeners();
        lexer.runsText = shortcut;
        List<String> tokens = new ArrayList<>();
        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            tokens.add(t.getType() + "@" + t.getStartIndex() + ".." + t.getStopIndex() + " " + t.getLine() + ":"
                    + t.getCharPositionInLine() + " ch" + t.getChannel());
            if (t.getType() == Token.EOF) {
                return tokens;
            }
        }
    }
}
