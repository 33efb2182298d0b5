package org.miatext.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.miatext.MiaText;
import org.miatext.ast.Citation;
import org.miatext.ast.Document;
import org.miatext.ast.EntryLabel;
import org.miatext.ast.Reference;
import org.miatext.ast.SourceSpan;
import org.miatext.refs.Bibliography;
import org.miatext.refs.BibliographyEntry;
import org.miatext.refs.CitedSource;
import org.miatext.refs.Resolution;
import org.miatext.refs.Shorthand;
import org.miatext.refs.Work;

/**
 * Renumbers the numbered list of a chapter into reading order.
 *
 * <p>The entries cited get the numbers {@code first, first+1, ...} in the order their first
 * citation is read ({@link ReadingOrder}: notes spliced in where they are cited), where
 * {@code first} is the lowest number the list had (numbering may continue a book's); an entry
 * never cited keeps its place after the entry printed before it (where its marker was probably
 * lost), so that lost markers alone change no number. Every citation marker and entry label is
 * renumbered, the entries are moved so that the list is printed in the new order, and every
 * other character of the chapter is kept as it was. When the new order changes what an
 * {@code Ibid.}, {@code op. cit.} or short form means, that entry is rewritten to name its work
 * in full ({@code Ibid., p.212.} becomes {@code Trotsky, Challenge (1923-25), p.212.}).
 * Citations of entries that do not exist are left as they are and listed in {@link #dangling()};
 * when the new numbers give one of them the entry nothing cited at its place, that is a repair
 * ({@link #repaired()}), and any other such meeting is refused.
 *
 * <pre>{@code
 * Renumbering fix = Renumbering.of(MiaText.parse(path));
 * if (fix.changesText()) Files.writeString(path, fix.text());
 * }</pre>
 */
public final class Renumbering {

    private final Document document;
    private final Map<String, String> mapping;
    private final List<String> uncited;
    private final List<Citation> dangling;
    private final List<Citation> repaired;
    private final List<String> rewritten;
    private final String text;

    private Renumbering(Document document, Map<String, String> mapping, List<String> uncited,
                        List<Citation> dangling, List<Citation> repaired, List<String> rewritten, String text) {
        this.document = document;
        this.mapping = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
        this.uncited = List.copyOf(uncited);
        this.dangling = List.copyOf(dangling);
        this.repaired = List.copyOf(repaired);
        this.rewritten = List.copyOf(rewritten);
        this.text = text;
    }

    /**
     * A citation of no entry is left as it is, so the new numbers may give its label to an entry.
     * That is a repair when the entry was cited by nothing and the citation stands where that
     * number belongs in reading order: a list misprinting {@code 118.} for {@code 18.} under a
     * {@code [18]} of the text. Otherwise the citation would silently point to an entry it never
     * meant ("[1]" dangles while the list runs 0, 2, 3; renumbered 0, 1, 2 it would take what was
     * entry 2, after [2]), and the renumbering is refused.
     *
     * @return the citations repaired, in reading order
     */
    private static List<Citation> repairs(List<Citation> reading, List<Citation> dangling, Map<String, String> mapping,
                                          List<String> cited, Map<String, Reference> byLabel) {
        List<Citation> repaired = new ArrayList<>();
        if (mapping.isEmpty()) {
            return repaired;
        }
        Map<String, String> oldByNew = new HashMap<>();
        mapping.forEach((old, label) -> oldByNew.put(label, old));
        Map<Citation, String> taken = new IdentityHashMap<>();
        for (Citation c : dangling) {
            if (c.kind() == Citation.Kind.REFERENCE) {
                String old = oldByNew.get(c.label());   // labels are matched as written, as the document does
                if (old != null && cited.contains(old)) {
                    throw refused(c, old, mapping, byLabel, "which other citations point to");
                }
                if (old != null) {
                    taken.put(c, old);
                }
            }
        }
        if (taken.isEmpty()) {
            return repaired;
        }
        // The new numbers, first seen in reading order, must rise; without repairs they do, so a
        // fall is a repair's doing (the one met, or the one that set the highest number so far).
        Set<String> seen = new HashSet<>();
        int highest = Integer.MIN_VALUE;
        Citation highestBy = null;
        for (Citation c : reading) {
            String old = taken.containsKey(c) ? taken.get(c) : byLabel.containsKey(c.label()) ? c.label() : null;
            if (taken.containsKey(c)) {
                repaired.add(c);
            }
            if (old == null || !seen.add(old)) {
                continue;
            }
            int number = Integer.parseInt(mapping.get(old));
            if (number < highest) {
                Citation culprit = taken.containsKey(c) ? c : highestBy;
                throw refused(culprit, taken.get(culprit), mapping, byLabel, "out of reading order");
            }
            highest = number;
            highestBy = c;
        }
        return repaired;
    }

    /**
     * The renumbered text must read as the same citations, renumbered: new numbers can make text
     * that read as no marker read as one ("(2)" on a page whose notes come to include a 2), or the
     * other way round. Then the renumbering is refused rather than changing what the text cites.
     * Compared as counts of kind and label: moving the entries moves the citations inside them.
     */
    private static void sameCitations(Document before, Map<String, String> mapping, Document after) {
        Map<String, Integer> expected = new HashMap<>();
        for (Citation old : before.citations()) {
            expected.merge(renumbered(old, mapping), 1, Integer::sum);
        }
        for (Citation now : after.citations()) {
            if (expected.merge(now.kind() + " " + now.label(), -1, Integer::sum) < 0) {
                throw ambiguous(now.text().strip() + " (line " + now.span().line() + " of the new text) would become a citation");
            }
        }
        for (Citation old : before.citations()) {
            if (expected.getOrDefault(renumbered(old, mapping), 0) > 0) {
                throw ambiguous(old.text().strip() + " at line " + old.span().line() + " would be no citation any more");
            }
        }
    }

    /** A citation's kind and label as the renumbered text should read them. */
    private static String renumbered(Citation old, Map<String, String> mapping) {
        String label = old.kind() == Citation.Kind.REFERENCE ? mapping.getOrDefault(old.label(), old.label()) : old.label();
        return old.kind() + " " + label;
    }

    private static FixException ambiguous(String what) {
        return new FixException("cannot renumber: the new text would not cite as the old one did: " + what
                + "; some marker-like text of the page is ambiguous, so renumber it by hand");
    }

    private static FixException refused(Citation c, String old, Map<String, String> mapping,
                                        Map<String, Reference> byLabel, String why) {
        return new FixException("cannot renumber: " + c.text().strip() + " at line " + c.span().line()
                + " points to no entry, and renumbered it would point to entry " + old + " (line "
                + byLabel.get(old).span().line() + "), which becomes " + mapping.get(old) + ", " + why
                + "; correct or remove that citation first");
    }

    /**
     * Plans the renumbering of a document.
     *
     * @throws FixException when the numbered list has a label twice or a label that is not a
     *                      number, when a citation of no entry would come to name an entry that
     *                      others cite or out of reading order, or when the input is not a
     *                      chapter's text (HTML, PDF, binary)
     */
    public static Renumbering of(Document document) {
        for (org.miatext.diagnostic.Diagnostic problem : document.problems()) {
            if (problem.ruleId().startsWith("input/")) {
                // Renumbering what is not a chapter's text (HTML, binary) would only make it worse.
                throw new FixException("cannot renumber: " + problem.message());
            }
        }
        List<Reference> references = document.references();
        Map<String, Reference> byLabel = new LinkedHashMap<>();
        int first = Integer.MAX_VALUE;
        for (Reference r : references) {
            if (!r.label().matches("\\d{1,6}")) {
                throw new FixException("cannot renumber: entry label \u201C" + r.label() + "\u201D at line "
                        + r.span().line() + " is not a number");
            }
            if (byLabel.putIfAbsent(r.label(), r) != null) {
                throw new FixException("cannot renumber: two entries are labelled " + r.label()
                        + " (lines " + byLabel.get(r.label()).span().line() + " and " + r.span().line()
                        + "); a page with two sequences must be fixed by hand");
            }
            first = Math.min(first, Integer.parseInt(r.label()));
        }
        List<String> cited = new ArrayList<>();
        List<Citation> dangling = new ArrayList<>();
        List<Citation> reading = ReadingOrder.of(document);
        for (Citation c : reading) {
            if (!byLabel.containsKey(c.label())) {
                dangling.add(c);
            } else if (!cited.contains(c.label())) {
                cited.add(c.label());
            }
        }
        // An entry no citation points to keeps its place after the entry printed before it
        // (its marker was probably lost there); so lost markers alone change no number.
        List<String> uncited = new ArrayList<>();
        Map<String, List<String>> followers = new HashMap<>();
        List<String> leading = new ArrayList<>();
        String anchor = null;
        for (Reference r : references) {
            if (cited.contains(r.label())) {
                anchor = r.label();
            } else {
                uncited.add(r.label());
                (anchor == null ? leading : followers.computeIfAbsent(anchor, k -> new ArrayList<>())).add(r.label());
            }
        }
        List<String> order = new ArrayList<>(leading);
        for (String label : cited) {
            order.add(label);
            order.addAll(followers.getOrDefault(label, List.of()));
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        int next = first == Integer.MAX_VALUE ? 1 : first;
        for (String label : order) {
            mapping.put(label, Integer.toString(next++));
        }
        List<Citation> repaired = repairs(reading, dangling, mapping, cited, byLabel);

        Bibliography before = Bibliography.of(document);
        Map<String, String> replacements = new HashMap<>(); // "offset:end" of a shorthand -> new text
        List<String> rewritten = new ArrayList<>();
        String text = apply(document, mapping, replacements);
        // Rewrite the shorthands whose meaning the new order changes, until none does. An Ibid.
        // right after an entry that is itself still wrong waits a round: rewriting its antecedent
        // may be enough (a chain of Ibid. under one full citation keeps its Ibid.).
        Map<String, BibliographyEntry> oldByNewLabel = new HashMap<>();
        for (BibliographyEntry old : before.entries()) {
            oldByNewLabel.put(mapping.get(old.label()), old);
        }
        Document renumbered = null;   // the parse of the current text, when there is one
        for (int round = 0; round <= references.size() && !before.entries().isEmpty(); round++) {
            renumbered = MiaText.parse(text, document.sourceName());
            Bibliography after = Bibliography.of(renumbered);
            boolean changed = false;
            boolean previousWrong = false;
            for (BibliographyEntry now : after.entries()) {
                BibliographyEntry old = oldByNewLabel.get(now.label());
                boolean wrong = false;
                if (old != null && now.sources().size() == old.sources().size()) {
                    for (int i = 0; i < old.sources().size(); i++) {
                        CitedSource s = old.sources().get(i);
                        Resolution was = old.resolutions().get(i);
                        Resolution is = now.resolutions().get(i);
                        if (!s.shorthand().pointsBack() || s.shorthandSpan().isEmpty() || was.work().isEmpty()
                                || was.status() == Resolution.Status.UNRESOLVED || sameMeaning(was, is)) {
                            continue;
                        }
                        wrong = true;
                        SourceSpan span = s.shorthandSpan().get();
                        String key = span.offset() + ":" + span.end();
                        if (replacements.containsKey(key) || (previousWrong && s.shorthand() == Shorthand.IBID)) {
                            continue;
                        }
                        Work work = was.work().get();
                        replacements.put(key, s.shorthand() == Shorthand.IBID_CONTAINER
                                ? work.containerDisplayWithout(s) : work.displayWithout(s));
                        if (!rewritten.contains(old.label())) {
                            rewritten.add(old.label());
                        }
                        changed = true;
                    }
                }
                previousWrong = wrong;
            }
            if (!changed) {
                break;
            }
            text = apply(document, mapping, replacements);
            renumbered = null;
        }
        sameCitations(document, mapping, renumbered != null ? renumbered : MiaText.parse(text, document.sourceName()));
        return new Renumbering(document, mapping, uncited, dangling, repaired, rewritten, text);
    }

    private static boolean sameMeaning(Resolution was, Resolution is) {
        boolean newlyAmbiguous = is.status() == Resolution.Status.AMBIGUOUS && was.status() != Resolution.Status.AMBIGUOUS;
        return is.status() != Resolution.Status.UNRESOLVED && !newlyAmbiguous
                && is.work().map(Work::key).equals(was.work().map(Work::key));
    }

    /** The source with labels renumbered, entries moved and shorthands replaced. */
    private static String apply(Document document, Map<String, String> mapping, Map<String, String> replacements) {
        String src = document.source();
        List<Reference> references = document.references();
        List<Edit> edits = new ArrayList<>();
        for (Citation c : document.citations()) {
            if (c.kind() == Citation.Kind.REFERENCE && mapping.containsKey(c.label())) {
                edits.add(relabel(c.span(), c.text(), c.label(), mapping.get(c.label())));
            }
        }
        for (Reference r : references) {
            EntryLabel l = r.entryLabel();
            edits.add(relabel(l.span(), l.text(), r.label(), mapping.get(r.label())));
        }
        for (Map.Entry<String, String> rep : replacements.entrySet()) {
            String[] se = rep.getKey().split(":");
            edits.add(new Edit(Integer.parseInt(se[0]), Integer.parseInt(se[1]), rep.getValue()));
        }
        edits.sort(Comparator.comparingInt(Edit::start));

        // The text of each entry (without its trailing line endings), edited; then slotted in new order.
        List<int[]> slots = new ArrayList<>();
        Map<String, String> entryText = new HashMap<>();
        for (Reference r : references) {
            int start = r.span().offset();
            int end = r.span().end();
            while (end > start && (src.charAt(end - 1) == '\n' || src.charAt(end - 1) == '\r')) {
                end--;
            }
            slots.add(new int[] {start, end});
            entryText.put(r.label(), edited(src, start, end, edits));
        }
        List<Reference> ordered = new ArrayList<>(references);
        ordered.sort(Comparator.comparingInt(r -> Integer.parseInt(mapping.get(r.label()))));

        StringBuilder out = new StringBuilder(src.length() + 64);
        int pos = 0;
        for (int i = 0; i < slots.size(); i++) {
            int[] slot = slots.get(i);
            out.append(edited(src, pos, slot[0], edits));
            out.append(entryText.get(ordered.get(i).label()));
            pos = slot[1];
        }
        out.append(edited(src, pos, src.length(), edits));
        return out.toString();
    }

    private static Edit relabel(SourceSpan span, String printed, String oldLabel, String newLabel) {
        int at = printed.indexOf(oldLabel);
        String replaced = at < 0 ? printed
                : printed.substring(0, at) + newLabel + printed.substring(at + oldLabel.length());
        return new Edit(span.offset(), span.end(), replaced);
    }

    private static String edited(String src, int start, int end, List<Edit> edits) {
        StringBuilder sb = new StringBuilder(end - start);
        int pos = start;
        for (Edit e : edits) {
            if (e.start() < start || e.end() > end || e.start() < pos) {
                continue;
            }
            sb.append(src, pos, e.start()).append(e.text());
            pos = e.end();
        }
        sb.append(src, pos, end);
        return sb.toString();
    }

    private record Edit(int start, int end, String text) {
    }

    /** The document the plan was made for. */
    public Document document() {
        return document;
    }

    /** Old label to new label for every entry of the numbered list, in the new order. */
    public Map<String, String> mapping() {
        Map<String, String> sorted = new LinkedHashMap<>();
        mapping.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> Integer.parseInt(e.getValue())))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return java.util.Collections.unmodifiableMap(sorted);
    }

    /** Labels (old) of entries no citation points to; each stays after the entry printed before it. */
    public List<String> uncited() {
        return uncited;
    }

    /** Citations of entries that do not exist, left as they are. */
    public List<Citation> dangling() {
        return dangling;
    }

    /**
     * The citations of {@link #dangling()} that the new numbers give an entry: one that nothing
     * cited, at their place in reading order (a misprinted label, such as {@code 118.} for
     * {@code 18.}, renumbered to what the text cites).
     */
    public List<Citation> repaired() {
        return repaired;
    }

    /** Labels (old) of entries rewritten to name their work because the new order changed a shorthand's meaning. */
    public List<String> rewritten() {
        return rewritten;
    }

    /** The chapter after the fix. */
    public String text() {
        return text;
    }

    /** True when the fix changes anything. */
    public boolean changesText() {
        return !text.equals(document.source());
    }
}
