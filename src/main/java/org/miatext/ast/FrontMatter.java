package org.miatext.ast;

import java.util.List;
import java.util.Optional;

/**
 * The headings at the top of a chapter: author line, work title, chapter heading and subtitle.
 * Each may be missing; the headings are also among the document's blocks.
 *
 * @param author         the author line ("Tony Cliff")
 * @param workTitle      the title of the book or work
 * @param chapterHeading the chapter's own heading ("4. The Lessons of October")
 * @param subtitles      headings under the chapter heading, in order
 */
public record FrontMatter(Optional<Heading> author, Optional<Heading> workTitle,
                          Optional<Heading> chapterHeading, List<Heading> subtitles) {

    public FrontMatter {
        subtitles = List.copyOf(subtitles);
    }

    /** A front matter with nothing in it. */
    public static FrontMatter empty() {
        return new FrontMatter(Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /** The first subtitle, if any. */
    public Optional<Heading> subtitle() {
        return subtitles.isEmpty() ? Optional.empty() : Optional.of(subtitles.get(0));
    }
}
