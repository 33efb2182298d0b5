package org.miatext.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.miatext.internal.ChunkedList;
import org.miatext.parse.antlr.ChapterLexer;
import org.miatext.parse.antlr.ChapterParser;

/**
 * Runs the ANTLR lexer and parser over a chapter and hands back its blocks. SLL prediction is
 * tried first; full LL only if SLL fails, as the ANTLR authors recommend.
 */
final class ChapterSyntax {

    /** A syntax error the parser recovered from. */
    record SyntaxError(int offset, String message) {
    }

    /** The blocks of a chapter and any syntax errors. */
    record Result(List<RawBlock> blocks, List<SyntaxError> errors) {
    }

    private ChapterSyntax() {
    }

    static Result read(String source) {
        // Raw UTF-16 chars, not code points: token offsets are then Java string indices.
        ChapterLexer lexer = new ChapterLexer(new StringCharStream(source));
        lexer.removeErrorListeners();
        TableTokenStream tokens = new TableTokenStream(lexer, source);
        BlockCollectingParser parser = new BlockCollectingParser(tokens);
        parser.removeErrorListeners();
        // No parse tree: the blocks and separators are taken as the parser leaves them (a tree
        // would cost a node and a child list for every token, thrown away at once). Not a parse
        // listener either: with one, ANTLR makes a terminal node for every token all the same.
        parser.setBuildParseTree(false);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        List<SyntaxError> errors = new ArrayList<>();
        try {
            parser.chapter();
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.clear();
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.addErrorListener(new BaseErrorListener() {
                @Override
                public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int column,
                                        String msg, RecognitionException ex) {
                    int offset = offending instanceof Token t ? Math.max(0, t.getStartIndex()) : 0;
                    errors.add(new SyntaxError(offset, msg));
                }
            });
            parser.chapter();
        }
        return new Result(blocks(source, parser, tokens), errors);
    }

    /**
     * The chapter parser, noting the token range of each block and separator as it exits it.
     * Only the numbers are kept: holding the rule contexts would keep an object or two per block
     * alive to the end of the parse.
     */
    private static final class BlockCollectingParser extends ChapterParser {

        /** Per block: its token range and its {@link RawBlock.Shape} ordinal. */
        final TokenRanges blocks = new TokenRanges();
        /** Per separator: its token range. */
        final TokenRanges separators = new TokenRanges();

        BlockCollectingParser(TokenStream tokens) {
            super(tokens);
        }

        void clear() {
            blocks.count = 0;
            separators.count = 0;
        }

        @Override
        public void exitRule() {
            ParserRuleContext ctx = _ctx;
            super.exitRule();   // sets the rule's last token
            if (ctx instanceof ChapterParser.BlockContext block) {
                blocks.add(block, shape(block).ordinal());
            } else if (ctx instanceof ChapterParser.SeparatorContext separator) {
                separators.add(separator, 0);
            }
        }
    }

    /** Token ranges of rule contexts, flat: first token index, last token index, one more number. */
    private static final class TokenRanges {
        int[] values = new int[3 * 64];
        int count;

        /**
         * Adds a context's range. One the parser gave up on before its first token is kept as
         * empty (first 0, last -1), so that blocks and separators stay paired by their index.
         */
        void add(ParserRuleContext ctx, int extra) {
            if (3 * count + 3 > values.length) {
                values = java.util.Arrays.copyOf(values, values.length * 2);
            }
            boolean whole = ctx.start != null && ctx.stop != null;
            values[3 * count] = whole ? ctx.start.getTokenIndex() : 0;
            values[3 * count + 1] = whole ? ctx.stop.getTokenIndex() : -1;
            values[3 * count + 2] = extra;
            count++;
        }

        int first(int i) {
            return values[3 * i];
        }

        int last(int i) {
            return values[3 * i + 1];
        }

        int extra(int i) {
            return values[3 * i + 2];
        }
    }

    private static List<RawBlock> blocks(String source, BlockCollectingParser parser, TableTokenStream tokens) {
        // The end-of-file token comes last and only there, and is not in the table: the range of
        // the block it closes is shortened, and no other token moves.
        TokenTable table = tokens.table();
        List<RawBlock> blocks = new ChunkedList<>(parser.blocks.count);
        RawBlock.Shape[] shapes = RawBlock.Shape.values();
        for (int i = 0; i < parser.blocks.count; i++) {
            int from = parser.blocks.first(i);
            int to = Math.min(parser.blocks.last(i) + 1, table.count());
            if (to <= from) {
                continue;
            }
            int lines = 1;
            int citations = 0;
            for (int k = from; k < to; k++) {
                int type = table.type(k);
                if (type == ChapterLexer.NEWLINE) {
                    lines++;
                } else if (type == ChapterLexer.CITATION) {
                    citations++;
                }
            }
            int gap = i == 0 ? 0 : blankLines(source, parser, i - 1, table);
            int start = table.start(from);
            int end = table.end(to - 1);
            blocks.add(new RawBlock(shapes[parser.blocks.extra(i)], table, from, to - from, lines, gap,
                    source.substring(start, end), citations, closesWithMarker(source, table, from, to)));
        }
        return blocks;
    }

    /** True when the last of the tokens {@code [from, to)}, closing punctuation aside, is a citation marker. */
    private static boolean closesWithMarker(String source, TokenTable tokens, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            int type = tokens.type(k);
            if (type == ChapterLexer.CITATION) {
                return true;
            }
            if (type != ChapterLexer.TEXT || !onlyClosingPunctuation(source, tokens.start(k), tokens.end(k))) {
                return false;
            }
        }
        return false;
    }

    /** True when {@code source[start, end)}, white space at its ends aside, is all ".,;:)’”'\"". */
    private static boolean onlyClosingPunctuation(String source, int start, int end) {
        while (start < end && Character.isWhitespace(source.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(source.charAt(end - 1))) {
            end--;
        }
        for (int i = start; i < end; i++) {
            if (".,;:)’”'\"".indexOf(source.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The blank lines of a separator: the line endings of its BLANK_LINES token. */
    private static int blankLines(String source, BlockCollectingParser parser, int index, TokenTable tokens) {
        if (index >= parser.separators.count) {
            return 1;
        }
        int lineEnds = 0;
        int last = Math.min(parser.separators.last(index), tokens.count() - 1);
        for (int k = parser.separators.first(index); k <= last; k++) {
            if (tokens.type(k) == ChapterLexer.BLANK_LINES) {
                lineEnds += lineEnds(source, tokens.start(k), tokens.end(k));
            }
        }
        return lineEnds;
    }

    /** The line endings (CRLF, LF, lone CR) among the chars {@code [start, end)}. */
    private static int lineEnds(String source, int start, int end) {
        int count = 0;
        for (int i = start; i < end; i++) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r' && !(i + 1 < end && source.charAt(i + 1) == '\n')) {
                count++;
            }
        }
        return count;
    }

    private static RawBlock.Shape shape(ChapterParser.BlockContext ctx) {
        if (ctx instanceof ChapterParser.NotesHeadingContext) {
            return RawBlock.Shape.NOTES_HEADING;
        }
        if (ctx instanceof ChapterParser.FooterContext) {
            return RawBlock.Shape.FOOTER;
        }
        if (ctx instanceof ChapterParser.EntryContext) {
            // An entry opens with its label (entryLabel: NOTE_LABEL | REFERENCE_LABEL).
            return ctx.start != null && ctx.start.getType() == ChapterLexer.NOTE_LABEL
                    ? RawBlock.Shape.NOTE_ENTRY : RawBlock.Shape.REFERENCE_ENTRY;
        }
        return RawBlock.Shape.TEXT;
    }
}
