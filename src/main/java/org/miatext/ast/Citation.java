package org.miatext.ast;

/**
 * A citation marker in the text: {@code [12]} points to entry 12 of the numbered list,
 * {@code [3*]} to the asterisked note 3*, {@code [A]} to the lettered note A. Markers glued
 * to the word before ({@code Shatov[4*]}) are citations too; editorial brackets such as
 * {@code [Lenin's]} are not (see {@link EditorialBracket}).
 *
 * @param text  the marker as printed ({@code "[12]"}, {@code "(1)"})
 * @param label the label it points to ({@code "12"}, {@code "3*"}, {@code "A"})
 * @param kind  which list it points into
 * @param span  where it lies
 */
public record Citation(String text, String label, Kind kind, SourceSpan span) implements Inline {

    /** Which list a citation points into. */
    public enum Kind {
        /** The numbered notes list or bibliography: {@code [12]}. */
        REFERENCE,
        /** An asterisked note: {@code [3*]}. */
        NOTE,
        /** A lettered note: {@code [A]}, {@code [a]}, {@code [29a]}. */
        LETTERED_NOTE;

        /** True for the kinds that point into the notes list rather than the numbered list. */
        public boolean isNote() {
            return this != REFERENCE;
        }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitCitation(this);
    }
}
