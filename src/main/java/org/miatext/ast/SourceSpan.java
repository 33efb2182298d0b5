package org.miatext.ast;

/**
 * Where a node lies in its source text.
 *
 * <p>{@code offset} and {@code length} count UTF-16 chars (Java string indices), so
 * {@code source.substring(offset, offset + length)} is the node's exact text. Lines and columns
 * are 1-based; columns count Unicode code points, as editors show them, so a character outside
 * the Basic Multilingual Plane moves the column by one. The end position is exclusive: it is
 * the line and column just after the node's last character.
 *
 * @param offset    index of the first char in the source
 * @param length    number of chars
 * @param line      line of the first character
 * @param column    column of the first character
 * @param endLine   line of the position just after the last character
 * @param endColumn column of the position just after the last character
 */
public record SourceSpan(int offset, int length, int line, int column, int endLine, int endColumn) {

    public SourceSpan {
        if (offset < 0 || length < 0 || line < 1 || column < 1 || endLine < line) {
            throw new IllegalArgumentException("invalid span: offset=" + offset + " length=" + length
                    + " line=" + line + " column=" + column + " endLine=" + endLine);
        }
    }

    /** Index just after the last char. */
    public int end() {
        return offset + length;
    }

    /** True when {@code other} lies inside this span. */
    public boolean contains(SourceSpan other) {
        return other.offset >= offset && other.end() <= end();
    }

    @Override
    public String toString() {
        return line + ":" + column + "-" + endLine + ":" + endColumn + " [" + offset + "+" + length + "]";
    }
}
