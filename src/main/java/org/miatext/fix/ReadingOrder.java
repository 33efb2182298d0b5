package org.miatext.fix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.miatext.ast.Citation;
import org.miatext.ast.Document;
import org.miatext.ast.Entry;
import org.miatext.ast.Note;
import org.miatext.ast.Reference;

/**
 * The citations of the numbered list in the order a reader meets them: the body from top to
 * bottom, and the text of an asterisked or lettered note read at the place where the note is
 * cited (so {@code [40]} in note 1* counts right after the {@code [1*]} that calls the note).
 * Notes that are never cited are read where they are printed, after the body; citations inside
 * entries of the numbered list come last.
 */
public final class ReadingOrder {

    private ReadingOrder() {
    }

    /** The citations of the numbered list ({@link Citation.Kind#REFERENCE}) in reading order. */
    public static List<Citation> of(Document document) {
        List<Entry> entries = document.entries();
        List<Citation> out = new ArrayList<>();
        Set<Note> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Citation c : document.citations()) {
            if (inside(entries, c).isEmpty()) {
                read(document, c, out, visited);
            }
        }
        for (Note note : document.notes()) {
            if (!visited.contains(note)) {
                visited.add(note);
                for (Citation c : note.citations()) {
                    read(document, c, out, visited);
                }
            }
        }
        for (Reference reference : document.references()) {
            for (Citation c : reference.citations()) {
                read(document, c, out, visited);
            }
        }
        return out;
    }

    private static void read(Document document, Citation c, List<Citation> out, Set<Note> visited) {
        if (c.kind() == Citation.Kind.REFERENCE) {
            out.add(c);
            return;
        }
        Optional<Entry> target = document.entryFor(c);
        if (target.isPresent() && target.get() instanceof Note note && !visited.contains(note)) {
            visited.add(note);
            for (Citation inner : note.citations()) {
                read(document, inner, out, visited);
            }
        }
    }

    private static Optional<Entry> inside(List<Entry> entries, Citation c) {
        for (Entry e : entries) {
            if (e.span().contains(c.span())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
