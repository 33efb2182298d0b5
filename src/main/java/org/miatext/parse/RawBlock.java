package org.miatext.parse;

import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * A block as the grammar saw it, before the tree builder decides what it is.
 *
 * @param shape      what its first line makes it
 * @param tokens     its tokens, line breaks inside it included
 * @param start      offset of its first char
 * @param end        offset just after its last char
 * @param lineCount  number of lines
 * @param gapBefore  blank lines between it and the block before (0 for the first block)
 */
record RawBlock(Shape shape, List<Token> tokens, int start, int end, int lineCount, int gapBefore) {

    /** What the first line of a block makes it, syntactically. */
    enum Shape { NOTES_HEADING, FOOTER, NOTE_ENTRY, REFERENCE_ENTRY, TEXT }

    boolean isEntry() {
        return shape == Shape.NOTE_ENTRY || shape == Shape.REFERENCE_ENTRY;
    }

    Token first() {
        return tokens.get(0);
    }
}
