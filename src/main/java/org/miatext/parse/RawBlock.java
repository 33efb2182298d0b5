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
 * @param text       its source text (the text of its tokens, from {@code start} to {@code end})
 * @param citations  how many citation markers it holds
 * @param closesWithMarker its last token, closing punctuation aside, is a citation marker
 */
record RawBlock(Shape shape, List<Token> tokens, int start, int end, int lineCount, int gapBefore, String text,
                int citations, boolean closesWithMarker) {

    /** What the first line of a block makes it, syntactically. */
    enum Shape { NOTES_HEADING, FOOTER, NOTE_ENTRY, REFERENCE_ENTRY, TEXT }

    boolean isEntry() {
        return shape == Shape.NOTE_ENTRY || shape == Shape.REFERENCE_ENTRY;
    }

    Token first() {
        return tokens.get(0);
    }

    /** True when the block holds a citation marker. */
    boolean cites() {
        return citations > 0;
    }
}
