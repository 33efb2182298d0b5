package org.miatext.fix;

import java.util.List;
import org.miatext.ast.Citation;
import org.miatext.ast.Document;

/**
 * The citations of the numbered list in the order a reader meets them: the body from top to
 * bottom, and the text of an entry read at the place where the entry is first cited (so
 * {@code [40]} in note 1* counts right after the {@code [1*]} that calls the note, and a citation
 * inside entry 10 right after the first {@code [10]}). Entries that are never cited are read
 * where they are printed: {@link Document#readingOrder()}, the order the checker reads in too, so
 * that a renumbered chapter checks clean.
 */
public final class ReadingOrder {

    private ReadingOrder() {
    }

    /** The citations of the numbered list ({@link Citation.Kind#REFERENCE}) in reading order. */
    public static List<Citation> of(Document document) {
        return document.readingOrder().stream().filter(c -> c.kind() == Citation.Kind.REFERENCE).toList();
    }
}
