package org.miatext.ast;

/**
 * The label that opens an entry of a notes list, as printed with the spaces after it
 * ({@code "12. "}, {@code "3*. "}, {@code "[12] "}, {@code "3."}).
 *
 * @param text  the exact source text
 * @param label the label without decoration ({@code "12"}, {@code "3*"})
 * @param span  where it lies
 */
public record EntryLabel(String text, String label, SourceSpan span) implements Inline {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitEntryLabel(this);
    }
}
