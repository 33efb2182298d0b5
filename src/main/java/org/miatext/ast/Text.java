package org.miatext.ast;

/**
 * Plain text.
 *
 * @param text the exact source text
 * @param span where it lies
 */
public record Text(String text, SourceSpan span) implements Inline {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitText(this);
    }
}
