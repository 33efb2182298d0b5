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
 * The lexer scans line ends and runs of plain text in loops of its own (ChapterLexer.lineEnd and
 * textRun) instead of through the generated DFA, for speed. These tests lex the same inputs with
 * the loops and with the generated rules and require the same tokens: type, offsets, line and
 * column. The one difference allowed: the loop takes stray brackets ("[" before another "[")
 * into the text around them, so neighbouring TEXT tokens of the rules are compared joined.
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
            String text = org.miatext.RandomPieces.of(random, pieces, 40);
            assertThat(tokens(text, true)).as(text).isEqualTo(tokens(text, false));
            assertThat(tokens(CharStreams.fromString(text), true)).as("code points: " + text)
                    .isEqualTo(tokens(CharStreams.fromString(text), false));
        }
    }

    @Test
    void takesRunsOfStrayBracketsIntoOneTextToken() {
        ChapterLexer lexer = new ChapterLexer(new StringCharStream("x " + "[".repeat(1_000) + " y"));
        // "x" (a line's first char, lexed by the rules) with the run after it, up to the last "[";
        // that "[" (a stray bracket, lexed by the rules) with " y" after it.
        assertThat(lexer.getAllTokens()).extracting(Token::getText).containsExactly("x " + "[".repeat(999), "[ y");
        assertThat(tokens("x [[[1] y", true)).containsExactly(
                "TEXT@0..3 1:0 ch0", "CITATION@4..6 1:4 ch0", "TEXT@7..8 1:7 ch0", "EOF@9..8 1:9 ch0");
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
        Token text = null;   // a TEXT token not yet written, with the stop of the last TEXT after it
        int textStop = -1;
        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            if (t.getType() == ChapterLexer.TEXT) {
                if (text == null) {
                    text = t;
                }
                textStop = t.getStopIndex();
                continue;
            }
            if (text != null) {
                tokens.add(describe(text, textStop));
                text = null;
            }
            tokens.add(describe(t, t.getStopIndex()));
            if (t.getType() == Token.EOF) {
                return tokens;
            }
        }
    }

    private static String describe(Token t, int stop) {
        return ChapterLexer.VOCABULARY.getSymbolicName(t.getType()) + "@" + t.getStartIndex() + ".." + stop + " "
                + t.getLine() + ":" + t.getCharPositionInLine() + " ch" + t.getChannel();
    }
}
