package org.miatext.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.miatext.ast.Citation;
import org.miatext.ast.Document;
import org.miatext.ast.EditorialBracket;
import org.miatext.ast.Entry;
import org.miatext.ast.Heading;
import org.miatext.ast.Inline;
import org.miatext.ast.LineBreak;
import org.miatext.ast.Reference;
import org.miatext.ast.Text;

/**
 * The names a rendering gives a chapter's entries and citations, so that a citation links to its
 * entry and the entry back to its first citation. Every name is unique in the document: a label
 * may be used twice, and a page may number two sequences from 1.
 */
final class Anchors {

    private final Map<Entry, String> entryIds = new IdentityHashMap<>();
    private final Map<Citation, String> citationIds = new IdentityHashMap<>();
    private final Map<Citation, String> targets = new IdentityHashMap<>();
    private final Map<Entry, String> firstCitations = new IdentityHashMap<>();

    private final Set<String> used = new HashSet<>();
    /** For each name given twice, the number to try next: a million citations of one entry stay linear. */
    private final Map<String, Integer> nextNumber = new HashMap<>();

    Anchors(Document document) {
        for (Entry entry : document.entries()) {
            entryIds.put(entry, unique(name(entry, document.sequencePart(entry))));
        }
        for (Citation citation : document.citations()) {
            Optional<Entry> entry = document.entryFor(citation);
            String target = entry.map(entryIds::get).orElse(null);
            if (target != null) {
                String id = unique("cite-" + target);
                targets.put(citation, target);
                citationIds.put(citation, id);
                firstCitations.putIfAbsent(entry.get(), id);
            }
        }
    }

    /** "ref-12", "note-3" (for 3*), "note-A"; "-p2" and on for a second sequence. */
    private static String name(Entry entry, int part) {
        StringBuilder name = new StringBuilder(entry instanceof Reference ? "ref-" : "note-");
        int length = name.length();
        entry.label().codePoints().filter(Character::isLetterOrDigit).limit(32).forEach(name::appendCodePoint);
        if (name.length() == length) {
            name.append('x');
        }
        if (part > 0) {
            name.append("-p").append(part + 1);
        }
        return name.toString();
    }

    private String unique(String name) {
        if (used.add(name)) {
            return name;
        }
        int n = nextNumber.getOrDefault(name, 2);
        String numbered = name + "-" + n;
        while (!used.add(numbered)) {
            numbered = name + "-" + ++n;
        }
        nextNumber.put(name, n + 1);
        return numbered;
    }

    /** The entry's own name. */
    String id(Entry entry) {
        return entryIds.get(entry);
    }

    /** The citation's own name, or null when it points to no entry of the chapter. */
    String id(Citation citation) {
        return citationIds.get(citation);
    }

    /** The name of the entry the citation points to, or null when the chapter lacks it. */
    String target(Citation citation) {
        return targets.get(citation);
    }

    /** The name of the entry's first citation, or null when nothing cites it. */
    String firstCitation(Entry entry) {
        return firstCitations.get(entry);
    }

    /** "The Work – 4. The Chapter": work title and chapter heading, or the file name. */
    static String title(Document document) {
        StringBuilder title = new StringBuilder();
        for (Optional<Heading> heading : java.util.List.of(document.frontMatter().workTitle(),
                document.frontMatter().chapterHeading())) {
            if (heading.isPresent()) {
                String words = words(heading.get());
                if (!words.isEmpty()) {
                    title.append(title.length() > 0 ? " – " : "").append(words);
                }
            }
        }
        return title.length() > 0 ? title.toString() : document.sourceName();
    }

    /** A heading's words without its markers, on one line. */
    private static String words(Heading heading) {
        StringBuilder words = new StringBuilder();
        for (Inline inline : heading.content()) {
            if (inline instanceof Text || inline instanceof EditorialBracket) {
                words.append(inline.text());
            } else if (inline instanceof LineBreak) {
                words.append(' ');
            }
        }
        return words.toString().replaceAll("\\s+", " ").strip();
    }
}
