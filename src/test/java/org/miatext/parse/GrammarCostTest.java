package org.miatext.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.CharBuffer;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CodePointBuffer;
import org.antlr.v4.runtime.CodePointCharStream;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.DecisionInfo;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.miatext.parse.antlr.ChapterLexer;
import org.miatext.parse.antlr.ChapterParser;

/**
 * Parsing stays linear: the parser's decisions read ahead, in total, a few tokens per token of
 * input; and the lexer's start state is cached, so that line starts are lexed from the DFA. These are counted,
 * not timed, so the tests cannot be flaky.
 */
class GrammarCostTest {

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("only blank lines", "\n".repeat(5_000)),
                Arguments.of("only CRLF blank lines", "\r\n".repeat(5_000)),
                Arguments.of("blank lines with spaces", " \n\t\n".repeat(2_500)),
                Arguments.of("blank lines then text", "\n".repeat(5_000) + "text"),
                Arguments.of("blank lines, text, spaces", "\n".repeat(5_000) + "text\n  "),
                Arguments.of("byte order mark and blank lines", "\uFEFF" + "\n".repeat(5_000)),
                Arguments.of("short paragraphs", "word\n\n".repeat(5_000)),
                Arguments.of("lines of one block", "word\n".repeat(5_000)),
                Arguments.of("markers", "[1]".repeat(5_000)),
                Arguments.of("open brackets", "[".repeat(5_000)),
                Arguments.of("entries", "Notes\n\n" + "1. Ibid.\n\n".repeat(5_000)));
    }

    /**
     * The tokens all decisions read ahead, added up, stay within a small multiple of the tokens of
     * the input: the parse is linear. (Before the fix, 5,000 blank lines cost 12.5 million.)
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void lookaheadIsLinear(String name, String input) {
        ChapterLexer lexer = lexer(input);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        ChapterParser parser = new ChapterParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setProfile(true);
        parser.chapter();
        long total = 0;
        for (DecisionInfo info : parser.getParseInfo().getDecisionInfo()) {
            total += info.SLL_TotalLook + info.LL_TotalLook;
        }
        assertThat(total).as("tokens read ahead for %d tokens", tokens.size()).isLessThanOrEqualTo(4L * tokens.size());
        assertThat(parser.getNumberOfSyntaxErrors()).isZero();
    }

    /** A line-start predicate at the left edge of a rule would keep the start state uncached. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void lexerStartStatesAreCached(String name, String input) {
        ChapterLexer lexer = lexer(input);
        new CommonTokenStream(lexer).fill();
        assertThat(lexer.getInterpreter().getDFA(ChapterLexer.DEFAULT_MODE).s0).isNotNull();
    }

    private static ChapterLexer lexer(String input) {
        ChapterLexer lexer = new ChapterLexer(CodePointCharStream.fromBuffer(
                CodePointBuffer.withChars(CharBuffer.wrap(input.toCharArray())), "test"));
        lexer.removeErrorListeners();
        return lexer;
    }
}
