package org.miatext.ast;

/**
 * The heading of a notes section ("Notes", "Footnotes", "References", "Translator's notes:").
 *
 * <p>Copying a page often drops the notes headings and leaves only an extra blank line: a notes
 * list that follows two or more blank lines gets a <em>dropped</em> heading, with empty text and
 * an empty span at the start of the first of those blank lines, so that the sections of the
 * notes area are still known.
 *
 * @param text the heading line as printed (empty when dropped)
 * @param span where it lies (empty when dropped)
 */
public record NotesHeading(String text, SourceSpan span) implements Block {

    /** True when the page lost this heading and only its blank line is left. */
    public boolean isDropped() {
        return text.isEmpty();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitNotesHeading(this);
    }
}
