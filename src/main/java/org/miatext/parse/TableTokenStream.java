package org.miatext.parse;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.Pair;

/**
 * The parser's tokens, read from a {@link TokenTable}: the lexer's token is copied into the table
 * as plain numbers, and the parser is handed a small object for a token only when it asks for
 * one.
 *
 * <p>Why: ANTLR's {@code CommonTokenStream} keeps every token object until the parse is done. On
 * a page of a million markers that is three million objects of some 50 bytes, alive through the
 * whole parse, and each young collection copied them again; the time per MB of such a page was
 * more than three times the seed's.
 *
 * <p>Every token of the chapter grammar is on the default channel, so this stream, unlike
 * {@code CommonTokenStream}, has no hidden tokens to step over. The whole input is lexed first.
 */
final class TableTokenStream implements TokenStream {

    private final TokenSource lexer;
    private final String source;
    private final TokenTable table;
    /** Tokens handed out lately, by index: the parser asks for the same one three or four times. */
    private final TableToken[] recent = new TableToken[8];
    private LineIndex lines;
    private int p;

    /** Lexes the whole of {@code source} with {@code lexer}. */
    TableTokenStream(TokenSource lexer, String source) {
        this.lexer = lexer;
        this.source = source;
        this.table = new TokenTable();
        lexer.setTokenFactory(new OneToken());
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                // A grammar change, not an input, can cause this: fail every test at once.
                throw new IllegalStateException("token on channel " + t.getChannel() + ": this stream has no hidden tokens");
            }
            table.add(t.getType(), t.getStartIndex(), t.getStopIndex() + 1);
        }
        // The parser's error recovery makes tokens with the lexer's factory: new ones again.
        lexer.setTokenFactory(CommonTokenFactory.DEFAULT);
    }

    /**
     * Hands the lexer the same token object for every token: the stream copies its numbers
     * before the lexer makes the next one, so a new object per token would be garbage at once.
     */
    private static final class OneToken implements TokenFactory<CommonToken> {

        private CommonToken token;

        @Override
        public CommonToken create(Pair<TokenSource, CharStream> source, int type, String text, int channel,
                                  int start, int stop, int line, int charPositionInLine) {
            if (token == null) {
                token = new CommonToken(source, type, channel, start, stop);
            } else {
                token.setType(type);
                token.setChannel(channel);
                token.setStartIndex(start);
                token.setStopIndex(stop);
            }
            token.setLine(line);
            token.setCharPositionInLine(charPositionInLine);
            token.setText(text);
            return token;
        }

        @Override
        public CommonToken create(int type, String text) {
            return new CommonToken(type, text);
        }
    }

    /** The tokens, the end-of-file token left out. */
    TokenTable table() {
        return table;
    }

    @Override
    public Token LT(int k) {
        if (k == 0) {
            return null;
        }
        int index = k > 0 ? p + k - 1 : p + k;
        return index < 0 ? null : get(Math.min(index, table.count()));
    }

    @Override
    public Token get(int index) {
        if (index < 0 || index > table.count()) {
            throw new IndexOutOfBoundsException("token index " + index + " out of range 0.." + table.count());
        }
        TableToken token = recent[index & 7];
        if (token == null || token.index != index) {
            token = recent[index & 7] = new TableToken(this, index);
        }
        return token;
    }

    @Override
    public int LA(int i) {
        if (i == 0) {
            return 0;
        }
        int index = i > 0 ? p + i - 1 : p + i;
        if (index < 0) {
            return 0;
        }
        return index >= table.count() ? Token.EOF : table.type(index);
    }

    @Override
    public void consume() {
        if (p >= table.count()) {
            throw new IllegalStateException("cannot consume EOF");
        }
        p++;
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
        // Every token stays in the table: nothing to release.
    }

    @Override
    public int index() {
        return p;
    }

    @Override
    public void seek(int index) {
        p = Math.max(0, Math.min(index, table.count()));
    }

    /** The tokens, the end-of-file token counted (as {@code CommonTokenStream} counts it once filled). */
    @Override
    public int size() {
        return table.count() + 1;
    }

    @Override
    public String getSourceName() {
        return lexer.getSourceName();
    }

    @Override
    public TokenSource getTokenSource() {
        return lexer;
    }

    @Override
    public String getText(Interval interval) {
        int from = Math.max(0, interval.a);
        int to = Math.min(interval.b, table.count() - 1);
        return from > to ? "" : source.substring(table.start(from), table.end(to));
    }

    @Override
    public String getText() {
        return getText(Interval.of(0, table.count() - 1));
    }

    @Override
    public String getText(RuleContext ctx) {
        return getText(ctx.getSourceInterval());
    }

    @Override
    public String getText(Token start, Token stop) {
        return start == null || stop == null ? "" : getText(Interval.of(start.getTokenIndex(), stop.getTokenIndex()));
    }

    private LineIndex lines() {
        // Only error reports ask for a token's line: the index is made the first time one does.
        if (lines == null) {
            lines = new LineIndex(source);
        }
        return lines;
    }

    /** A token of the table, as the parser sees it. */
    private static final class TableToken implements Token {

        private final TableTokenStream stream;
        private final int index;

        TableToken(TableTokenStream stream, int index) {
            this.stream = stream;
            this.index = index;
        }

        private boolean isEof() {
            return index == stream.table.count();
        }

        @Override
        public String getText() {
            return isEof() ? "<EOF>" : stream.source.substring(getStartIndex(), getStopIndex() + 1);
        }

        @Override
        public int getType() {
            return isEof() ? Token.EOF : stream.table.type(index);
        }

        @Override
        public int getLine() {
            return stream.lines().line(getStartIndex());
        }

        @Override
        public int getCharPositionInLine() {
            int start = getStartIndex();
            return start - stream.lines().lineStart(stream.lines().line(start));
        }

        @Override
        public int getChannel() {
            return Token.DEFAULT_CHANNEL;
        }

        @Override
        public int getTokenIndex() {
            return index;
        }

        @Override
        public int getStartIndex() {
            return isEof() ? stream.source.length() : stream.table.start(index);
        }

        @Override
        public int getStopIndex() {
            return isEof() ? stream.source.length() - 1 : stream.table.end(index) - 1;
        }

        @Override
        public TokenSource getTokenSource() {
            return stream.lexer;
        }

        @Override
        public CharStream getInputStream() {
            return stream.lexer.getInputStream();
        }

        @Override
        public String toString() {
            return "[@" + index + "," + getStartIndex() + ":" + getStopIndex() + "='" + getText() + "',<" + getType() + ">]";
        }
    }
}
