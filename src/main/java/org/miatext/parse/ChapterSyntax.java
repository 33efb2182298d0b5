package org.miatext.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
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
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        ChapterParser parser = new ChapterParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        ChapterParser.ChapterContext tree;
        List<SyntaxError> errors = new ArrayList<>();
        try {
            tree = parser.chapter();
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
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
            tree = parser.chapter();
        }
        return new Result(blocks(source, tree, tokens), errors);
    }

    private static List<RawBlock> blocks(String source, ChapterParser.ChapterContext tree, CommonTokenStream tokens) {
        List<RawBlock> blocks = new ArrayList<>();
        List<Token> all = tokens.getTokens();
        List<ChapterParser.BlockContext> contexts = tree.block();
        List<ChapterParser.SeparatorContext> separators = tree.separator();
        for (int i = 0; i < contexts.size(); i++) {
            ChapterParser.BlockContext ctx = contexts.get(i);
            if (ctx.start == null || ctx.stop == null || ctx.stop.getTokenIndex() < ctx.start.getTokenIndex()) {
                continue;
            }
            int from = ctx.start.getTokenIndex();
            int to = ctx.stop.getTokenIndex() + 1;
            int lines = 1;
            int kept = 0;
            for (int k = from; k < to; k++) {
                int type = all.get(k).getType();
                if (type == ChapterLexer.NEWLINE) {
                    lines++;
                }
                if (type != Token.EOF) {
                    kept++;
                }
            }
            if (kept == 0) {
                continue;
            }
            List<Token> blockTokens;
            if (kept == to - from) {
                blockTokens = List.copyOf(all.subList(from, to));
            } else {
                List<Token> some = new ArrayList<>(kept);
                for (int k = from; k < to; k++) {
                    if (all.get(k).getType() != Token.EOF) {
                        some.add(all.get(k));
                    }
                }
                blockTokens = List.copyOf(some);
            }
            int gap = i == 0 ? 0 : blankLines(separators, i - 1);
            int start = blockTokens.get(0).getStartIndex();
            int end = blockTokens.get(blockTokens.size() - 1).getStopIndex() + 1;
            blocks.add(new RawBlock(shape(ctx), blockTokens, start, end, lines, gap, source.substring(start, end)));
        }
        return blocks;
    }

    private static int blankLines(List<ChapterParser.SeparatorContext> separators, int index) {
        if (index >= separators.size()) {
            return 1;
        }
        return separators.get(index).blankLine().size();
    }

    private static RawBlock.Shape shape(ChapterParser.BlockContext ctx) {
        if (ctx instanceof ChapterParser.NotesHeadingContext) {
            return RawBlock.Shape.NOTES_HEADING;
        }
        if (ctx instanceof ChapterParser.FooterContext) {
            return RawBlock.Shape.FOOTER;
        }
        if (ctx instanceof ChapterParser.EntryContext entry) {
            return entry.entryLabel() instanceof ChapterParser.NoteLabelContext
                    ? RawBlock.Shape.NOTE_ENTRY : RawBlock.Shape.REFERENCE_ENTRY;
        }
        return RawBlock.Shape.TEXT;
    }
}
