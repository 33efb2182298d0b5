package org.miatext.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.miatext.ast.Block;
import org.miatext.ast.Citation;
import org.miatext.ast.Document;
import org.miatext.ast.Entry;
import org.miatext.ast.EntryLabel;
import org.miatext.ast.SourceSpan;
import org.miatext.ast.TextBlock;
import org.miatext.diagnostic.Diagnostic;

/**
 * Checks the note numbering of a chapter.
 *
 * <pre>{@code
 * List<Diagnostic> problems = Checker.check(MiaText.parse(Path.of("chapter.txt")));
 * problems.forEach(System.out::println);   // chapter.txt:12:40: error: ... [notes/dangling]
 * }</pre>
 *
 * <p>The rules are listed in {@link Rule}. The three sequences of a chapter (numbered list,
 * asterisked notes, lettered notes) are checked separately. Order is <em>reading order with
 * notes spliced in</em>: the markers inside an entry are read at the place where the entry is
 * first cited, so {@code [40]} inside note {@code 1*} counts right after the {@code [1*]} that
 * cites the note. Markers in entries that are never cited are read where the entry stands.
 *
 * <p>The checker is stateless and thread-safe; diagnostics come back sorted by position.
 */
public final class Checker {

    private Checker() {
    }

    /** Checks a chapter with every rule enabled. */
    public static List<Diagnostic> check(Document document) {
        return check(document, CheckOptions.defaults());
    }

    /** Checks a chapter with the given options. */
    public static List<Diagnostic> check(Document document, CheckOptions options) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(options, "options");
        return new Run(document, options).run();
    }

    /** The markers of a chapter in reading order, with the markers inside entries spliced in. */
    static List<Citation> readingOrder(Document document) {
        List<Citation> order = new ArrayList<>();
        Set<Entry> spliced = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Block block : document.blocks()) {
            if (block instanceof Entry entry) {
                if (spliced.add(entry)) {
                    for (Citation citation : entry.citations()) {
                        read(document, citation, order, spliced);
                    }
                }
            } else if (block instanceof TextBlock textBlock) {
                for (Citation citation : textBlock.citations()) {
                    read(document, citation, order, spliced);
                }
            }
        }
        return order;
    }

    private static void read(Document document, Citation citation, List<Citation> order, Set<Entry> spliced) {
        order.add(citation);
        Optional<Entry> entry = document.entryFor(citation);
        if (entry.isPresent() && spliced.add(entry.get())) {
            for (Citation inner : entry.get().citations()) {
                read(document, inner, order, spliced);
            }
        }
    }

    /** One run of the checker over one document. */
    private static final class Run {
        private final Document document;
        private final CheckOptions options;
        private final List<Diagnostic> out = new ArrayList<>();
        private final List<Citation> reading;
        private final Map<Sequence, List<Entry>> entries = new EnumMap<>(Sequence.class);
        /** The highest independent sequence of each kind (most chapters: 0; see Document.sequencePart). */
        private final Map<Sequence, Integer> lastPart = new EnumMap<>(Sequence.class);

        Run(Document document, CheckOptions options) {
            this.document = document;
            this.options = options;
            this.reading = readingOrder(document);
            for (Sequence s : Sequence.values()) {
                entries.put(s, new ArrayList<>());
            }
            for (Entry entry : document.entries()) {
                entries.get(Sequence.of(entry)).add(entry);
                lastPart.merge(Sequence.of(entry), document.sequencePart(entry), Math::max);
            }
            for (Citation citation : reading) {
                lastPart.merge(Sequence.of(citation), document.sequencePart(citation), Math::max);
            }
        }

        List<Diagnostic> run() {
            for (Sequence sequence : Sequence.values()) {
                // A page may hold independent sequences of one kind (each under its own heading):
                // each is checked on its own.
                for (int part = 0; part <= lastPart.getOrDefault(sequence, 0); part++) {
                    new SequenceCheck(sequence, part).run();
                }
            }
            out.sort(Comparator.comparingInt((Diagnostic d) -> d.span().offset())
                    .thenComparing(Diagnostic::ruleId));
            return List.copyOf(out);
        }

        private void report(Rule rule, SourceSpan span, String message, Optional<String> hint) {
            if (options.isEnabled(rule)) {
                out.add(new Diagnostic(rule.id(), rule.severity(), message, document.sourceName(), span, hint));
            }
        }

        private static String line(SourceSpan span) {
            return "line " + span.line();
        }

        /** The rules applied to one sequence. */
        private final class SequenceCheck {
            private final Sequence sequence;
            private final List<Entry> list;
            private final boolean lowerCase;
            /** Citations of this sequence in reading order, with their positions in {@link #reading}. */
            private final List<Citation> cites = new ArrayList<>();
            private final List<Integer> positions = new ArrayList<>();
            /** Ordinals of every citation of this sequence, resolved or not. */
            private final Set<Integer> citedOrdinals = new HashSet<>();
            private final Set<Integer> listedOrdinals = new HashSet<>();
            /** Resolved citations that have an ordinal, in reading order: the candidates for the order. */
            private final List<Citation> occurrences = new ArrayList<>();
            private final List<Integer> occurrencePositions = new ArrayList<>();
            private final List<Integer> occurrenceOrdinals = new ArrayList<>();
            /** The occurrence of each label that stands in its place (at most one per label). */
            private final Map<String, Citation> placed = new HashMap<>();
            private boolean[] kept = new boolean[0];

            SequenceCheck(Sequence sequence, int part) {
                this.sequence = sequence;
                this.list = entries.get(sequence).stream().filter(e -> document.sequencePart(e) == part).toList();
                boolean lower = false;
                for (Entry entry : list) {
                    if (!entry.label().isEmpty() && Character.isLowerCase(entry.label().charAt(0))) {
                        lower = true;
                    }
                }
                this.lowerCase = lower;
                for (int i = 0; i < reading.size(); i++) {
                    Citation c = reading.get(i);
                    if (Sequence.of(c) != sequence || document.sequencePart(c) != part) {
                        continue;
                    }
                    cites.add(c);
                    positions.add(i);
                    int ordinal = sequence.ordinal(c.label());
                    if (ordinal >= 0) {
                        citedOrdinals.add(ordinal);
                        if (document.entryFor(c).isPresent()) {
                            occurrences.add(c);
                            occurrencePositions.add(i);
                            occurrenceOrdinals.add(ordinal);
                        }
                    }
                }
                for (Entry entry : list) {
                    int ordinal = sequence.ordinal(entry.label());
                    if (ordinal >= 0) {
                        listedOrdinals.add(ordinal);
                    }
                }
            }

            void run() {
                keep();
                citations();
                skipped();
                startsAboveOne();
                entriesRules();
            }

            private String marker(int ordinal) {
                return "[" + sequence.label(ordinal, lowerCase) + "]";
            }

            /**
             * Chooses the occurrences that stand in their place: a longest strictly increasing
             * run of ordinals in reading order, preferring earlier markers on ties. Being strictly
             * increasing, it holds at most one citation of each label.
             */
            private void keep() {
                int n = occurrenceOrdinals.size();
                int[] length = new int[n];
                int[] previous = new int[n];
                int best = -1;
                for (int i = 0; i < n; i++) {
                    length[i] = 1;
                    previous[i] = -1;
                    int ordinal = occurrenceOrdinals.get(i);
                    for (int j = 0; j < i; j++) {
                        if (occurrenceOrdinals.get(j) < ordinal && length[j] + 1 > length[i]) {
                            length[i] = length[j] + 1;
                            previous[i] = j;
                        }
                    }
                    if (best < 0 || length[i] > length[best]) {
                        best = i;
                    }
                }
                kept = new boolean[n];
                for (int i = best; i >= 0; i = previous[i]) {
                    kept[i] = true;
                    placed.put(occurrences.get(i).label(), occurrences.get(i));
                }
            }

            /** Dangling, kind mismatch, out of order and repeated citations. */
            private void citations() {
                Map<String, Citation> first = new HashMap<>();
                for (int k = 0; k < cites.size(); k++) {
                    Citation c = cites.get(k);
                    int position = positions.get(k);
                    if (document.entryFor(c).isEmpty()) {
                        unresolved(c, position);
                        continue;
                    }
                    Citation earlier = first.putIfAbsent(c.label(), c);
                    Citation inPlace = placed.get(c.label());
                    if (inPlace == c) {
                        continue;
                    }
                    if (inPlace != null) {
                        report(Rule.REPEATED_CITATION, c.span(),
                                sequence.entryName(c.label()) + " is cited more than once: " + c.text()
                                        + " here and at " + line(inPlace.span()),
                                gapHint(position));
                    } else if (earlier != null) {
                        report(Rule.REPEATED_CITATION, c.span(),
                                sequence.entryName(c.label()) + " is cited more than once: " + c.text()
                                        + " here and at " + line(earlier.span()),
                                gapHint(position));
                    } else if (sequence.ordinal(c.label()) >= 0) {
                        report(Rule.OUT_OF_ORDER, c.span(), outOfOrderMessage(c, position), gapHint(position));
                    }
                }
            }

            private void unresolved(Citation c, int position) {
                String bare = c.label().replace("*", "");
                Entry elsewhere = null;
                for (Sequence other : Sequence.values()) {
                    for (Entry entry : other == sequence ? List.<Entry>of() : entries.get(other)) {
                        if (elsewhere == null && (entry.label().equals(bare) || entry.label().equals(bare + "*"))
                                && document.citationsOf(entry).isEmpty()) {
                            elsewhere = entry;
                        }
                    }
                }
                boolean anyEntries = !document.entries().isEmpty();
                if (elsewhere != null) {
                    report(Rule.KIND_MISMATCH, c.span(),
                            c.text() + " points into " + sequence.description() + ", which has no entry "
                                    + c.label() + ", but " + Sequence.of(elsewhere).description()
                                    + " has " + elsewhere.label(),
                            Optional.of("did you mean [" + elsewhere.label() + "]?"));
                } else if (list.isEmpty() && anyEntries) {
                    report(Rule.KIND_MISMATCH, c.span(),
                            c.text() + " points into " + sequence.description() + ", but the chapter has no such list",
                            Optional.empty());
                } else if (!anyEntries) {
                    report(Rule.DANGLING, c.span(),
                            c.text() + " points to no entry: the chapter has no notes list", Optional.empty());
                } else {
                    report(Rule.DANGLING, c.span(),
                            c.text() + " points to no entry of " + sequence.description(), gapHint(position));
                }
            }

            private String outOfOrderMessage(Citation c, int position) {
                int ordinal = sequence.ordinal(c.label());
                Citation lastBefore = null;
                Citation lowerAfter = null;
                for (int i = 0; i < occurrences.size(); i++) {
                    if (!kept[i]) {
                        continue;
                    }
                    if (occurrencePositions.get(i) < position) {
                        lastBefore = occurrences.get(i);
                    } else if (lowerAfter == null && occurrenceOrdinals.get(i) < ordinal) {
                        lowerAfter = occurrences.get(i);
                    }
                }
                if (lastBefore != null && sequence.ordinal(lastBefore.label()) > ordinal) {
                    return c.text() + " is cited out of order: it first appears after " + lastBefore.text()
                            + " (" + line(lastBefore.span()) + ")";
                }
                return c.text() + " is cited out of order: it first appears before "
                        + (lowerAfter == null ? "lower labels" : lowerAfter.text() + " (" + line(lowerAfter.span()) + ")");
            }

            /** Numbers the citations jump over that have no entry either. */
            private void skipped() {
                int before = base() - 1;
                Citation previousKept = null;
                for (int i = 0; i < occurrences.size(); i++) {
                    if (!kept[i]) {
                        continue;
                    }
                    int ordinal = occurrenceOrdinals.get(i);
                    Citation c = occurrences.get(i);
                    List<Integer> missing = new ArrayList<>();
                    for (int x = before + 1; x < ordinal; x++) {
                        if (!citedOrdinals.contains(x) && !listedOrdinals.contains(x)) {
                            missing.add(x);
                        }
                    }
                    if (!missing.isEmpty()) {
                        String what = missing.size() == 1 ? marker(missing.get(0)) + " is"
                                : missing.size() == 2 ? marker(missing.get(0)) + " and " + marker(missing.get(1)) + " are"
                                : marker(missing.get(0)) + " to " + marker(missing.get(missing.size() - 1)) + " are";
                        String after = previousKept == null ? " opens " + sequence.description()
                                : " follows " + previousKept.text();
                        report(Rule.SKIPPED, c.span(), c.text() + after + ": " + what
                                + " neither cited nor listed", Optional.empty());
                    }
                    before = ordinal;
                    previousKept = c;
                }
            }

            /** The lowest ordinal cited or listed; 1 when there is none. */
            private int base() {
                int base = Integer.MAX_VALUE;
                for (int o : citedOrdinals) {
                    base = Math.min(base, o);
                }
                for (int o : listedOrdinals) {
                    base = Math.min(base, o);
                }
                return base == Integer.MAX_VALUE ? 1 : base;
            }

            /**
             * "did you mean [41]?" when exactly one listed but uncited label fits the place of
             * the marker at this reading position.
             */
            private Optional<String> gapHint(int position) {
                int below = base() - 1;
                int above = Integer.MAX_VALUE;
                for (int i = 0; i < occurrences.size(); i++) {
                    if (!kept[i]) {
                        continue;
                    }
                    if (occurrencePositions.get(i) < position) {
                        below = Math.max(below, occurrenceOrdinals.get(i));
                    } else if (occurrencePositions.get(i) > position) {
                        above = Math.min(above, occurrenceOrdinals.get(i));
                    }
                }
                Set<Integer> candidates = new TreeSet<>();
                for (int o : listedOrdinals) {
                    if (o > below && o < above && !citedOrdinals.contains(o)) {
                        candidates.add(o);
                    }
                }
                return candidates.size() == 1
                        ? Optional.of("did you mean " + marker(candidates.iterator().next()) + "?")
                        : Optional.empty();
            }

            /** Information when a listed sequence starts above 1 (or A). */
            private void startsAboveOne() {
                if (list.isEmpty()) {
                    return;
                }
                int base = Integer.MAX_VALUE;
                for (int o : occurrenceOrdinals) {
                    base = Math.min(base, o);
                }
                for (int o : listedOrdinals) {
                    base = Math.min(base, o);
                }
                if (base == Integer.MAX_VALUE || base <= 1) {
                    return;
                }
                SourceSpan where = null;
                for (Citation c : occurrences) {
                    if (sequence.ordinal(c.label()) == base) {
                        where = c.span();
                        break;
                    }
                }
                if (where == null) {
                    for (Entry entry : list) {
                        if (sequence.ordinal(entry.label()) == base) {
                            where = entry.entryLabel().span();
                            break;
                        }
                    }
                }
                report(Rule.STARTS_ABOVE_ONE, where, sequence.title() + " starts at " + marker(base) + ", not "
                        + marker(1), Optional.of("the chapter may continue its book's numbering"));
            }

            /** Orphans, duplicate labels and the list's own order. */
            private void entriesRules() {
                Map<String, Entry> seen = new HashMap<>();
                Set<Integer> listed = listedOrdinals;
                int previousOrdinal = -1;
                Entry previousEntry = null;
                for (Entry entry : list) {
                    EntryLabel label = entry.entryLabel();
                    Entry earlier = seen.putIfAbsent(entry.label(), entry);
                    if (earlier != null) {
                        report(Rule.DUPLICATE_LABEL, label.span(),
                                sequence.entryName(entry.label()) + " is listed twice in " + sequence.description()
                                        + " (first at " + line(earlier.entryLabel().span()) + ")",
                                Optional.empty());
                        continue;
                    }
                    if (document.citationsOf(entry).isEmpty()) {
                        report(Rule.ORPHAN, label.span(),
                                sequence.entryName(entry.label()) + " is never cited", orphanHint(entry));
                    }
                    int ordinal = sequence.ordinal(entry.label());
                    if (ordinal < 0) {
                        continue;
                    }
                    if (previousEntry != null) {
                        if (ordinal < previousOrdinal) {
                            report(Rule.LIST_ORDER, label.span(), sequence.title() + " goes backwards: " + entry.label()
                                    + " follows " + previousEntry.label() + " (" + line(previousEntry.entryLabel().span()) + ")",
                                    Optional.empty());
                        } else if (ordinal > previousOrdinal + 1) {
                            List<Integer> absent = new ArrayList<>();
                            for (int x = previousOrdinal + 1; x < ordinal; x++) {
                                if (!listed.contains(x)) {
                                    absent.add(x);
                                }
                            }
                            if (!absent.isEmpty()) {
                                String missing = absent.size() == 1 ? sequence.label(absent.get(0), lowerCase)
                                        : sequence.label(absent.get(0), lowerCase) + " to "
                                        + sequence.label(absent.get(absent.size() - 1), lowerCase);
                                report(Rule.LIST_ORDER, label.span(), sequence.title() + " skips from " + previousEntry.label()
                                        + " to " + entry.label() + " (no " + missing + ")", Optional.empty());
                            }
                        }
                    }
                    previousOrdinal = ordinal;
                    previousEntry = entry;
                }
            }

            /** Where an uncited entry would be cited: between the neighbouring labels' first citations. */
            private Optional<String> orphanHint(Entry entry) {
                int ordinal = sequence.ordinal(entry.label());
                if (ordinal < 0) {
                    return Optional.empty();
                }
                Citation below = null;
                Citation above = null;
                for (int i = 0; i < occurrences.size(); i++) {
                    if (!kept[i]) {
                        continue;
                    }
                    int o = occurrenceOrdinals.get(i);
                    if (o < ordinal) {
                        below = occurrences.get(i);
                    } else if (o > ordinal && above == null) {
                        above = occurrences.get(i);
                    }
                }
                if (below == null && above == null) {
                    return Optional.empty();
                }
                if (below != null && above != null) {
                    return Optional.of("its marker belongs between " + below.text() + " (" + line(below.span())
                            + ") and " + above.text() + " (" + line(above.span()) + ")");
                }
                return Optional.of(below != null
                        ? "its marker belongs after " + below.text() + " (" + line(below.span()) + ")"
                        : "its marker belongs before " + above.text() + " (" + line(above.span()) + ")");
            }
        }
    }
}
