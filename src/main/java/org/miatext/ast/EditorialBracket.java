package org.miatext.ast;

/**
 * Words in square brackets that are not a citation marker: an editor's insertion
 * ({@code [Lenin's]}), a remark ({@code [My emphasis]}, {@code [Laughter]}) or an elision
 * ({@code [...]}).
 *
 * @param text the bracket as printed, brackets included
 * @param span where it lies
 */
public record EditorialBracket(String text, SourceSpan span) implements Inline {

    /** The words inside the brackets. */
    public String words() {
        return text.substring(1, text.length() - 1);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitEditorialBracket(this);
    }
}
