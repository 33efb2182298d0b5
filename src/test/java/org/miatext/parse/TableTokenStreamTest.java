package org.miatext.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.junit.jupiter.api.Test;
import org.miatext.RandomPieces;
import org.miatext.parse.antlr.ChapterLexer;

/** The parser sees through {@link TableTokenStream} what it saw through ANTLR's {@code CommonTokenStream}. */
class TableTokenStreamTest {

    private static ChapterLexer lexer(String text) {
        ChapterLexer lexer = new ChapterLexer(new StringCharStream(text));
        lexer.removeErrorListeners();
        return lexer;
    }

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>(List.of("", "\n", "[", "\uFEFF[1] x", "Text[7][7]", "1. Ibid., p.2.\n\n2. Ibid.",
                "a\r\nb\rc\n", Files.readString(Path.of("seeds/000_69c2650609e06f78.txt"))));
        String[] pieces = {"a", "Word", " ", "\n", "\n\n", "\r\n", "\r", "\t", "[", "]", "[1]", "[12]", "[3*]", "[A]",
            "[Lenin's]", "1. ", "3*. ", "Notes", "Last updated on 5 August 2009", "‘", "’", ":", ".", "𝔘", "\u0000"};
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            texts.add(RandomPieces.of(random, pieces, 40));
        }
        return texts;
    }

    @Test
    void holdsTheLexersTokens() throws IOException {
        for (String text : texts()) {
            CommonTokenStream common = new CommonTokenStream(lexer(text));
            common.fill();
            TableTokenStream table = new TableTokenStream(lexer(text), text);
            assertThat(table.size()).as("size of %s", text).isEqualTo(common.size());
            for (int i = 0; i < common.size(); i++) {
                Token expected = common.get(i);
                Token actual = table.get(i);
                assertThat(describe(actual)).as("token %d of %s", i, text).isEqualTo(describe(expected));
                if (text.indexOf('\r') < 0) {
                    // ANTLR counts lines by LF only; the table by every line end (CR, LF, CRLF).
                    assertThat(actual.getLine()).isEqualTo(expected.getLine());
                    assertThat(actual.getCharPositionInLine()).isEqualTo(expected.getCharPositionInLine());
                }
            }
        }
    }

    private static String describe(Token token) {
        return token.getTokenIndex() + " " + token.getType() + " " + token.getStartIndex() + ":" + token.getStopIndex()
                + " '" + token.getText() + "' channel " + token.getChannel();
    }

    @Test
    void movesAndLooksAsCommonTokenStreamDoes() throws IOException {
        Random random = new Random(11);
        for (String text : texts()) {
            CommonTokenStream common = new CommonTokenStream(lexer(text));
            TableTokenStream table = new TableTokenStream(lexer(text), text);
            while (true) {
                for (int k : new int[] {1, 2, 3, -1, -2}) {
                    if (common.index() + k < 0) {
                        assertThat(table.LT(k)).isNull();   // CommonTokenStream's LA throws here
                        continue;
                    }
                    assertThat(table.LA(k)).as("LA(%d) at %d of %s", k, common.index(), text).isEqualTo(common.LA(k));
                    Token expected = common.LT(k);
                    Token actual = table.LT(k);
                    assertThat(actual == null ? null : describe(actual)).isEqualTo(expected == null ? null : describe(expected));
                }
                assertThat(table.index()).isEqualTo(common.index());
                if (common.LA(1) == Token.EOF) {
                    break;
                }
                common.consume();
                table.consume();
            }
            assertThatThrownBy(table::consume).isInstanceOf(IllegalStateException.class);
            int size = common.size();
            for (int round = 0; round < 5; round++) {
                int a = random.nextInt(size);
                int b = a + random.nextInt(size - a);
                assertThat(table.getText(Interval.of(a, b))).isEqualTo(common.getText(Interval.of(a, b)));
                common.seek(a);
                table.seek(a);
                assertThat(table.LT(1).getTokenIndex()).isEqualTo(common.LT(1).getTokenIndex());
            }
            assertThat(table.getText()).isEqualTo(common.getText());
        }
    }

    @Test
    void aTokenAskedForAgainIsTheSameObjectWhileTheParserLooksAtIt() {
        TableTokenStream table = new TableTokenStream(lexer("Text [1] and [2]."), "Text [1] and [2].");
        Token first = table.LT(1);
        assertThat(table.LT(1)).isSameAs(first);
        table.consume();
        assertThat(table.LT(-1)).isSameAs(first);
        assertThatThrownBy(() -> table.get(table.size())).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(table.get(table.size() - 1).getType()).isEqualTo(Token.EOF);
    }
}
