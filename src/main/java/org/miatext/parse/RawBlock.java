package org.miatext.parse;

/**
 * A block as the grammar saw it, before the tree builder decides what it is.
 *
 * @param shape      what its first line makes it
 * @param tokens     the chapter's tokens
 * @param firstToken the index of its first token there
 * @param tokenCount how many tokens it has, line breaks inside it included (at least one)
 * @param lineCount  number of lines
 * @param gapBefore  blank lines between it and the block before (0 for the first block)
 * @param text       its source text (the text of its tokens, from {@link #start} to {@link #end})
 * @param citations  how many citation markers it holds
 * @param closesWithMarker its last token, closing punctuation aside, is a citation marker
 */
record RawBlock(Shape shape, TokenTable tokens, int firstToken, int tokenCount, int lineCount, int gapBefore,
                String text, int citations, boolean closesWithMarker) {

    /** What the first line of a block makes it, syntactically. */
    enum Shape { NOTES_HEADING, FOOTER, NOTE_ENTRY, REFERENCE_ENTRY, TEXT }

    boolean isEntry() {
        return shape == Shape.NOTE_ENTRY || shape == Shape.REFERENCE_ENTRY;
    }

    /** Offset of its first char. */
    int start() {
        return tokenStart(0);
    }

    /** Offset just after its last char. */
    int end() {
        return tokenEnd(tokenCount - 1);
    }

    /** The text of its {@code k}-th token; the first is an entry's printed label, a notes heading or a line. */
    String tokenText(int k) {
        int start = start();
        return text.substring(tokenStart(k) - start, tokenEnd(k) - start);
    }

    /** The type of its {@code k}-th token (a {@code ChapterLexer} constant). */
    int tokenType(int k) {
        return tokens.type(firstToken + k);
    }

    /** The offset of the first char of its {@code k}-th token. */
    int tokenStart(int k) {
        return tokens.start(firstToken + k);
    }

    /** The offset just after the last char of its {@code k}-th token. */
    int tokenEnd(int k) {
        return tokens.end(firstToken + k);
    }

    /** True when the block holds a citation marker. */
    boolean cites() {
        return citations > 0;
    }
}
