package org.miatext.parse;

import java.util.Arrays;

/**
 * The tokens of a chapter as plain numbers: for each, its type, its first char and the char
 * after its last (12 bytes, against some 50 for one of ANTLR's token objects). The parser reads
 * it through {@link TableTokenStream}, so no token object lives longer than the parser's look at
 * it, and no ANTLR type is seen past {@link ChapterSyntax}. The end-of-file token is not in it.
 */
final class TokenTable {

    /**
     * Tokens per chunk (12 KB). The table is kept in chunks so that it never grows by copying: a
     * page of markers has a token per three chars, and a table grown by copies allocated twice
     * its size.
     */
    private static final int SHIFT = 10;
    private static final int CHUNK = 1 << SHIFT;
    private static final int MASK = CHUNK - 1;

    private int[][] chunks = new int[16][];
    private int count;

    /** Adds a token of the given type covering the chars {@code [start, end)}. */
    void add(int type, int start, int end) {
        int chunk = count >>> SHIFT;
        if (chunk == chunks.length) {
            chunks = Arrays.copyOf(chunks, 2 * chunk);
        }
        int[] values = chunks[chunk];
        if (values == null) {
            values = chunks[chunk] = new int[3 * CHUNK];
        }
        int at = 3 * (count & MASK);
        values[at] = type;
        values[at + 1] = start;
        values[at + 2] = end;
        count++;
    }

    /** How many tokens there are (the end-of-file token not counted). */
    int count() {
        return count;
    }

    /** The type of token {@code i} (a {@code ChapterLexer} constant). */
    int type(int i) {
        return chunks[i >>> SHIFT][3 * (i & MASK)];
    }

    /** The offset of the first char of token {@code i}. */
    int start(int i) {
        return chunks[i >>> SHIFT][3 * (i & MASK) + 1];
    }

    /** The offset just after the last char of token {@code i}. */
    int end(int i) {
        return chunks[i >>> SHIFT][3 * (i & MASK) + 2];
    }
}
