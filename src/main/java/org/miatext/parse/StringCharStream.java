package org.miatext.parse;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The lexer's view of the source: its UTF-16 chars, read straight from the {@code String}. Token
 * offsets are then Java string indices, and no copy of the text is made (ANTLR's own streams
 * copy it into a code-point or char buffer first).
 */
public final class StringCharStream implements CharStream {

    private final String source;
    private final int size;
    private int index;

    /** A stream over the chars of {@code source}. */
    public StringCharStream(String source) {
        this.source = source;
        this.size = source.length();
    }

    @Override
    public void consume() {
        if (index >= size) {
            throw new IllegalStateException("cannot consume EOF");
        }
        index++;
    }

    @Override
    public int LA(int i) {
        if (i > 0) {
            int at = index + i - 1;
            return at < size ? source.charAt(at) : IntStream.EOF;
        }
        if (i < 0) {
            int at = index + i;
            return at >= 0 ? source.charAt(at) : IntStream.EOF;
        }
        return 0;
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public void seek(int index) {
        this.index = index;
    }

    /**
     * Where the run of plain text from {@code from} ends: at the next line end or "[" (but not
     * at a "[" followed by another "[", which opens no bracket), or at the end of the source.
     * The lexer's TEXT rule, read straight from the string.
     */
    public int endOfTextRun(int from) {
        int i = from;
        while (i < size) {
            char c = source.charAt(i);
            if (c == '\r' || c == '\n' || c == '[' && (i + 1 == size || source.charAt(i + 1) != '[')) {
                break;
            }
            i++;
        }
        return i;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String getSourceName() {
        return "chapter";
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.min(interval.a, size);
        int stop = Math.min(interval.b, size - 1);
        return stop < start ? "" : source.substring(start, stop + 1);
    }

    @Override
    public String toString() {
        return source;
    }
}
