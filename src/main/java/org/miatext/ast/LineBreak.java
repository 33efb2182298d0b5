package org.miatext.ast;

/**
 * A line break inside a block, kept as printed ({@code "\n"}, {@code "\r\n"} or {@code "\r"}).
 *
 * @param text the exact line ending
 * @param span where it lies
 */
public record LineBreak(String text, SourceSpan span) implements Inline {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitLineBreak(this);
    }
}
