package org.miatext.parse;

import java.util.Arrays;

/**
 * The tokens of a chapter as plain numbers: for each, its type, its first char and the char
 * after its last (12 bytes, against some 50 for one of ANTLR's token objects). The parser reads
 * it through {@link TableTokenStream}, so no token object lives longer than the parser's look at
 * it, and no ANTLR type is seen past {@link ChapterSyntax}. The end-of-file token is not in it.
 */
final class TokenTable {

    private int[] values;
    private int count;

    /** An empty table with room for about {@code expected} tokens. */
    TokenTable(int expected) {
        values = new int[3 * Math.max(16, expected)];
    }

    /** Adds a token of the given type covering the chars {@code [start, end)}. */
    void add(int type, int start, int end) {
        if (3 * count + 3 > values.length) {
            values = Arrays.copyOf(values, values.length + (values.length >> 1) + 3);
        }
        values[3 * count] = type;
        values[3 * count + 1] = start;
        values[3 * count + 2] = end;
        count++;
    }

    /** How many tokens there are (the end-of-file token not counted). */
    int count() {
        return count;
    }

    /** The type of token {@code i} (a {@code ChapterLexer} constant). */
    int type(int i) {
        return values[3 * i];
    }

    /** The offset of the first char of token {@code i}. */
    int start(int i) {
        return values[3 * i + 1];
    }

    /** The offset just after the last char of token {@code i}. */
    int end(int i) {
        return values[3 * i + 2];
    }
}
