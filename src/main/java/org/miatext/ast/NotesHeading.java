package org.miatext.ast;

/**
 * The heading of a notes section ("Notes", "Footnotes", "References", "Translator's notes:").
 *
 * @param text the heading line as printed
 * @param span where it lies
 */
public record NotesHeading(String text, SourceSpan span) implements Block {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitNotesHeading(this);
    }
}
