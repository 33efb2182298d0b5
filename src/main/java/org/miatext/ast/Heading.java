package org.miatext.ast;

import java.util.List;
import org.miatext.internal.ChunkedList;

/**
 * A heading: the author line, the work's title, the chapter heading, its subtitle, or a
 * section heading inside the chapter.
 *
 * @param role    which of these it is
 * @param content the heading's text, markers included
 * @param span    where it lies
 */
public record Heading(Role role, List<Inline> content, SourceSpan span) implements Block, TextBlock {

    /** What a heading is for. */
    public enum Role {
        /** The author line at the top ("Tony Cliff"). */
        AUTHOR,
        /** The work the chapter belongs to ("Trotsky: Fighting the rising Stalinist bureaucracy"). */
        WORK_TITLE,
        /** The chapter's own heading ("4. The Lessons of October"). */
        CHAPTER,
        /** A subtitle under the chapter heading. */
        SUBTITLE,
        /** A section heading inside the chapter (also one inside a notes area that is not a notes heading). */
        SECTION
    }

    public Heading {
        content = ChunkedList.copyOf(content);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitHeading(this);
    }
}
