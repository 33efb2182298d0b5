package org.miatext.ast;

/**
 * The line ending after a block and the blank lines that follow it, exactly as in the source.
 * Two or more blank lines make a section gap, as where a notes heading was dropped.
 *
 * @param text the exact characters (line endings, spaces of blank lines)
 * @param span where they lie
 */
public record BlankLines(String text, SourceSpan span) implements Block {

    /** The number of empty lines: line endings after the first. */
    public int count() {
        int breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                breaks++;
            }
        }
        return Math.max(0, breaks - 1);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitBlankLines(this);
    }
}
