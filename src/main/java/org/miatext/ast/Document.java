package org.miatext.ast;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.miatext.diagnostic.Diagnostic;
import org.miatext.internal.ChunkedList;

/**
 * A parsed chapter: its source, its blocks in order, and the lookups a program needs (front
 * matter, body, notes, references, footer, citations and where they point).
 *
 * <p>A document is immutable. Its top-level {@link #blocks()} cover the whole source in order:
 * concatenating their text (after the byte order mark, if any) gives the source back exactly.
 */
public final class Document {

    private final String source;
    private final String sourceName;
    private final List<Block> blocks;
    private final List<Diagnostic> problems;

    private final FrontMatter frontMatter;
    private final List<Block> body;
    private final List<Note> notes;
    private final List<Reference> references;
    private final List<Entry> entries;
    private final List<NotesHeading> notesHeadings;
    private final Footer footer;
    private final List<Citation> citations;
    private final Map<String, Note> notesByLabel;
    private final Map<String, Reference> referencesByLabel;
    private final Map<Entry, Integer> entryParts = new java.util.IdentityHashMap<>();
    private final Map<Citation, Integer> citationParts = new java.util.IdentityHashMap<>();
    private final Map<String, List<Entry>> entriesByKindAndLabel = new java.util.HashMap<>();
    /** Where each citation points and what points to each entry, worked out once. */
    private final Map<Citation, Entry> targets = new IdentityHashMap<>();
    private final Map<Entry, List<Citation>> citedBy = new java.util.IdentityHashMap<>();

    /**
     * Makes a document from the blocks a parser found.
     *
     * @param source     the whole source text
     * @param sourceName the file name, or {@code "<string>"}
     * @param blocks     the top-level blocks, covering the source in order
     * @param problems   structural problems found while parsing
     */
    public Document(String source, String sourceName, List<Block> blocks, List<Diagnostic> problems) {
        this.source = Objects.requireNonNull(source, "source");
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
        this.blocks = ChunkedList.copyOf(blocks);
        this.problems = ChunkedList.copyOf(problems);

        Heading author = null;
        Heading workTitle = null;
        Heading chapterHeading = null;
        List<Heading> subtitles = new ArrayList<>();
        ChunkedList<Block> bodyBlocks = new ChunkedList<>();
        ChunkedList<Note> noteList = new ChunkedList<>();
        ChunkedList<Reference> referenceList = new ChunkedList<>();
        ChunkedList<Entry> entryList = new ChunkedList<>();
        List<NotesHeading> headingList = new ArrayList<>();
        Footer foundFooter = null;
        Map<String, Note> noteMap = new LinkedHashMap<>();
        Map<String, Reference> referenceMap = new LinkedHashMap<>();
        ChunkedList<Citation> all = new ChunkedList<>();
        Map<String, List<List<Entry>>> partsByKind = new java.util.HashMap<>();
        Map<String, Entry> previousByKind = new java.util.HashMap<>();
        boolean headingSince = false;
        // One pass over the blocks for everything: on a long page they are no longer in the
        // processor's cache, and every further walk over them cost as much as the first. The
        // tests name the record classes, not the TextBlock and Entry interfaces: on Java 17 a
        // test against an interface that fails scans the class's interfaces, for every block.
        for (int i = 0, n = this.blocks.size(); i < n; i++) {
            Block block = this.blocks.get(i);
            if (block instanceof Paragraph paragraph) {
                collectCitations(paragraph.content(), all);
                bodyBlocks.add(paragraph);
            } else if (block instanceof BlankLines) {
                // a gap between blocks: nothing to note (tested early, being half of all blocks)
            } else if (block instanceof BlockQuote quote) {
                collectCitations(quote.content(), all);
                bodyBlocks.add(quote);
            } else if (block instanceof Heading heading) {
                collectCitations(heading.content(), all);
                headingSince = true;
                switch (heading.role()) {
                    case AUTHOR -> author = author == null ? heading : author;
                    case WORK_TITLE -> workTitle = workTitle == null ? heading : workTitle;
                    case CHAPTER -> chapterHeading = chapterHeading == null ? heading : chapterHeading;
                    case SUBTITLE -> subtitles.add(heading);
                    case SECTION -> bodyBlocks.add(heading);
                }
            } else if (block instanceof Note note) {
                collectEntryCitations(note.blocks(), all);
                addToSequence(note, partsByKind, previousByKind, headingSince);
                headingSince = false;
                noteList.add(note);
                entryList.add(note);
                noteMap.putIfAbsent(note.label(), note);
            } else if (block instanceof Reference reference) {
                collectEntryCitations(reference.blocks(), all);
                addToSequence(reference, partsByKind, previousByKind, headingSince);
                headingSince = false;
                referenceList.add(reference);
                entryList.add(reference);
                referenceMap.putIfAbsent(reference.label(), reference);
            } else if (block instanceof NotesHeading notesHeading) {
                headingSince = true;
                headingList.add(notesHeading);
            } else if (block instanceof Footer f) {
                foundFooter = foundFooter == null ? f : foundFooter;
            }
        }
        this.frontMatter = new FrontMatter(Optional.ofNullable(author), Optional.ofNullable(workTitle),
                Optional.ofNullable(chapterHeading), subtitles);
        this.body = ChunkedList.copyOf(bodyBlocks.freeze());
        this.notes = ChunkedList.copyOf(noteList.freeze());
        this.references = ChunkedList.copyOf(referenceList.freeze());
        this.entries = ChunkedList.copyOf(entryList.freeze());
        this.notesHeadings = ChunkedList.copyOf(headingList);
        this.footer = foundFooter;
        this.notesByLabel = Collections.unmodifiableMap(noteMap);
        this.referencesByLabel = Collections.unmodifiableMap(referenceMap);
        this.citations = ChunkedList.copyOf(all.freeze());
        assignParts(partsByKind);
    }

    /** Adds the citations under an entry's blocks, in source order (no list of every node is built). */
    static void collectEntryCitations(List<Block> blocks, List<Citation> into) {
        // Indexed loops: this walks every block and inline of the chapter, and an iterator per
        // list is an object per block.
        for (int i = 0, n = blocks.size(); i < n; i++) {
            if (blocks.get(i) instanceof TextBlock textBlock) {
                collectCitations(textBlock.content(), into);
            }
        }
    }

    /** Adds the citations of a block's inline content. */
    static void collectCitations(List<Inline> content, List<Citation> into) {
        for (int k = 0, m = content.size(); k < m; k++) {
            if (content.get(k) instanceof Citation citation) {
                into.add(citation);
            }
        }
    }

    /**
     * Puts an entry into the sequence of its kind it continues, or starts a new one: see
     * {@link #assignParts}.
     */
    private void addToSequence(Entry entry, Map<String, List<List<Entry>>> partsByKind,
                               Map<String, Entry> previousByKind, boolean headingSince) {
        String kind = kind(entry);
        List<List<Entry>> parts = partsByKind.computeIfAbsent(kind, k -> new ArrayList<>());
        Entry previous = previousByKind.get(kind);
        boolean restart = previous != null && headingSince && !parts.isEmpty()
                && (entry.label().equals(parts.get(parts.size() - 1).get(0).label())
                || goesBack(previous.label(), entry.label()));
        if (parts.isEmpty() || restart) {
            parts.add(new ChunkedList<>());
        }
        parts.get(parts.size() - 1).add(entry);
        entryParts.put(entry, parts.size() - 1);
        entriesByKindAndLabel.computeIfAbsent(kind + " " + entry.label(), k -> new ArrayList<>()).add(entry);
        previousByKind.put(kind, entry);
    }

    /**
     * Tells each citation which sequence of its list it belongs to, given each list split into
     * its independent sequences ({@code partsByKind}, from {@link #addToSequence}). A list starts
     * a new sequence where its numbering goes back (to its first label or below the one before)
     * under a heading of its own (a foreword's notes 1-2, then the article's notes from 1 again);
     * the citations move to the next sequence where they cite that sequence's first label again.
     */
    private void assignParts(Map<String, List<List<Entry>>> partsByKind) {
        Map<String, Integer> current = new java.util.HashMap<>();
        Map<String, java.util.Set<String>> citedInPart = new java.util.HashMap<>();
        for (Citation citation : citations) {
            String kind = citationKind(citation);
            List<List<Entry>> parts = partsByKind.get(kind);
            if (parts == null || parts.size() < 2) {
                continue;   // one sequence of this kind (or none): every citation is in the first
            }
            int part = current.getOrDefault(kind, 0);
            java.util.Set<String> cited = citedInPart.computeIfAbsent(kind, k -> new java.util.HashSet<>());
            if (part + 1 < parts.size() && citation.label().equals(parts.get(part + 1).get(0).label())
                    && cited.contains(citation.label())) {
                part++;
                current.put(kind, part);
                cited.clear();
            }
            cited.add(citation.label());
            if (part > 0) {
                citationParts.put(citation, part);
            }
        }
        Map<String, Entry> byKindLabelPart = new java.util.HashMap<>();
        for (Map.Entry<Entry, Integer> e : entryParts.entrySet()) {
            byKindLabelPart.merge(kind(e.getKey()) + " " + e.getKey().label() + " " + e.getValue(), e.getKey(),
                    (a, b) -> a.span().offset() <= b.span().offset() ? a : b);
        }
        for (Citation citation : citations) {
            String kind = citationKind(citation);
            if (!partsByKind.containsKey(kind) && (citation.kind().isNote() ? notesByLabel : referencesByLabel).isEmpty()) {
                continue;   // no entry could answer it
            }
            String key = kind + " " + citation.label();
            Entry target = byKindLabelPart.get(key + " " + sequencePart(citation));
            if (target == null) {
                List<Entry> candidates = entriesByKindAndLabel.get(key);
                target = candidates != null ? candidates.get(0)
                        : citation.kind().isNote() ? notesByLabel.get(citation.label()) : referencesByLabel.get(citation.label());
            }
            if (target != null) {
                targets.put(citation, target);
                citedBy.computeIfAbsent(target, k -> new ChunkedList<>()).add(citation);
            }
        }
    }

    private static String citationKind(Citation citation) {
        return citation.kind().isNote() ? (citation.label().indexOf('*') >= 0 ? "note*" : "noteA") : "ref";
    }

    private static String kind(Entry entry) {
        return entry instanceof Reference ? "ref" : entry.label().indexOf('*') >= 0 ? "note*" : "noteA";
    }

    private static boolean goesBack(String previous, String label) {
        try {
            return Long.parseLong(label.replaceAll("\\D", "")) < Long.parseLong(previous.replaceAll("\\D", ""));
        } catch (NumberFormatException e) {
            return label.compareTo(previous) < 0;
        }
    }

    /**
     * Which of the independent sequences of its kind an entry belongs to, counting from 0. Most
     * chapters have one sequence per kind; a page can have two (a foreword's notes 1-2 and the
     * article's notes from 1 again, each under its own heading).
     */
    public int sequencePart(Entry entry) {
        return entryParts.getOrDefault(entry, 0);
    }

    /** Which of the independent sequences of its kind a citation belongs to, counting from 0. */
    public int sequencePart(Citation citation) {
        return citationParts.getOrDefault(citation, 0);
    }

    /** The whole source text, exactly as given. */
    public String source() {
        return source;
    }

    /** The file name, or {@code "<string>"} for text given directly. */
    public String sourceName() {
        return sourceName;
    }

    /** True when the source starts with a byte order mark (U+FEFF), which no block covers. */
    public boolean hasByteOrderMark() {
        return !source.isEmpty() && source.charAt(0) == '\uFEFF';
    }

    /** The source text a span covers. */
    public String text(SourceSpan span) {
        return source.substring(span.offset(), span.end());
    }

    /** Every top-level block in source order, blank lines included: together they cover the source. */
    public List<Block> blocks() {
        return blocks;
    }

    /** Author line, work title, chapter heading and subtitles. */
    public FrontMatter frontMatter() {
        return frontMatter;
    }

    /**
     * The chapter's own text: section headings, paragraphs and block quotes outside the front
     * matter and the notes entries, in order.
     */
    public List<Block> body() {
        return body;
    }

    /** Asterisked and lettered notes, in order. */
    public List<Note> notes() {
        return notes;
    }

    /** Entries of the numbered notes list or bibliography, in order. */
    public List<Reference> references() {
        return references;
    }

    /** Notes and references together, in source order. */
    public List<Entry> entries() {
        return entries;
    }

    /** Headings of notes sections ("Notes", "Footnotes"), where the page kept them. */
    public List<NotesHeading> notesHeadings() {
        return notesHeadings;
    }

    /** The "Last updated on ..." line, if the page has one. */
    public Optional<Footer> footer() {
        return Optional.ofNullable(footer);
    }

    /** Every citation marker in source order, those inside notes included. */
    public List<Citation> citations() {
        return citations;
    }

    /**
     * Every citation marker in the order a reader meets it: the blocks from top to bottom, and the
     * text of an entry read where the entry is first cited (the markers of note 1* right after the
     * {@code [1*]} that calls it); an entry never cited is read where it is printed. The checker
     * reads in this order, and a renumbering numbers in it. Computed at each call.
     */
    public List<Citation> readingOrder() {
        ChunkedList<Citation> order = new ChunkedList<>();
        Set<Entry> read = Collections.newSetFromMap(new IdentityHashMap<>());
        // Entries to read inside entries: a stack, not recursion, as notes may cite notes a
        // hundred thousand deep.
        ArrayDeque<Iterator<Citation>> reading = new ArrayDeque<>();
        for (int i = 0, n = blocks.size(); i < n; i++) {
            Block block = blocks.get(i);
            if (block instanceof BlankLines) {
                continue;   // half of all blocks, told first: a failed test against an interface is slow
            }
            if (block instanceof Entry entry) {
                if (read.add(entry)) {
                    reading.push(entry.citations().iterator());
                }
            } else if (block instanceof TextBlock textBlock) {
                reading.push(textBlock.citations().iterator());
            }
            while (!reading.isEmpty()) {
                Iterator<Citation> next = reading.peek();
                if (!next.hasNext()) {
                    reading.pop();
                    continue;
                }
                Citation citation = next.next();
                order.add(citation);
                Entry target = entryFor(citation).orElse(null);
                if (target != null && read.add(target)) {
                    reading.push(target.citations().iterator());
                }
            }
        }
        return ChunkedList.copyOf(order.freeze());
    }

    /** The first entry of the numbered list with this label ({@code "12"}). */
    public Optional<Reference> reference(String label) {
        return Optional.ofNullable(referencesByLabel.get(label));
    }

    /** The first asterisked or lettered note with this label ({@code "3*"}, {@code "A"}). */
    public Optional<Note> note(String label) {
        return Optional.ofNullable(notesByLabel.get(label));
    }

    /**
     * The entry a citation points to, if the document has it: the entry of the citation's kind
     * and label in the citation's own sequence (see {@link #sequencePart(Citation)}), or else the
     * first entry with that label.
     */
    public Optional<Entry> entryFor(Citation citation) {
        Entry target = targets.get(citation);
        if (target != null) {
            return Optional.of(target);
        }
        // A citation of this document that points nowhere, or one from elsewhere (another
        // document, or made by hand): by kind and label. For one of this document's, that finds
        // nothing either: it was given no target because no entry has its label.
        return citation.kind().isNote()
                ? note(citation.label()).map(Entry.class::cast)
                : reference(citation.label()).map(Entry.class::cast);
    }

    /** The citations that point to an entry, in source order. */
    public List<Citation> citationsOf(Entry entry) {
        return ChunkedList.copyOf(citedBy.getOrDefault(entry, List.of()));
    }

    /** Structural problems found while parsing (the checker finds numbering problems). */
    public List<Diagnostic> problems() {
        return problems;
    }

    @Override
    public String toString() {
        return "Document[" + sourceName + ", " + blocks.size() + " blocks, " + notes.size() + " notes, "
                + references.size() + " references]";
    }
}
