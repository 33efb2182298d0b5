package org.miatext.fix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.miatext.ast.Block;
import org.miatext.ast.Citation;
import org.miatext.ast.Document;
import org.miatext.ast.Entry;
import org.miatext.ast.TextBlock;

/**
 * The citations of the numbered list in the order a reader meets them: the body from top to
 * bottom, and the text of an entry read at the place where the entry is first cited (so
 * {@code [40]} in note 1* counts right after the {@code [1*]} that calls the note, and a citation
 * inside entry 10 right after the first {@code [10]}). Entries that are never cited are read
 * where they are printed. This is the order the checker reads in, so that a renumbered chapter
 * checks clean.
 */
public final class ReadingOrder {

    private ReadingOrder() {
    }

    /** The citations of the numbered list ({@link Citation.Kind#REFERENCE}) in reading order. */
    public static List<Citation> of(Document document) {
        List<Citation> out = new ArrayList<>();
        Set<Entry> read = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Block block : document.blocks()) {
            if (block instanceof Entry entry) {
                if (read.add(entry)) {
                    entry.citations().forEach(c -> read(document, c, out, read));
                }
            } else if (block instanceof TextBlock text) {
                text.citations().forEach(c -> read(document, c, out, read));
            }
        }
        return out;
    }

    private static void read(Document document, Citation c, List<Citation> out, Set<Entry> read) {
        if (c.kind() == Citation.Kind.REFERENCE) {
            out.add(c);
        }
        Optional<Entry> target = document.entryFor(c);
        if (target.isPresent() && read.add(target.get())) {
            target.get().citations().forEach(inner -> read(document, inner, out, read));
        }
    }
}
