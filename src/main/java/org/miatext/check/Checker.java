package org.miatext.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.miatext.ast.Citation;
import org.miatext.ast.Document;
import org.miatext.ast.Entry;
import org.miatext.ast.EntryLabel;
import org.miatext.ast.SourceSpan;
import org.miatext.diagnostic.Diagnostic;
import org.miatext.internal.ChunkedList;

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

    /** One run of the checker over one document. */
    private static final class Run {
        private final Document document;
        private final CheckOptions options;
        private final List<Diagnostic> out = new ChunkedList<>();
        private final List<Citation> reading;
        private final Map<Sequence, List<Entry>> entries = new EnumMap<>(Sequence.class);
        /** The highest independent sequence of each kind (most chapters: 0; see Document.sequencePart). */
        private final Map<Sequence, Integer> lastPart = new EnumMap<>(Sequence.class);
        /** The entries, and the reading positions of the citations, of each sequence part. */
        private final Map<Part, List<Entry>> entriesOfPart = new HashMap<>();
        private final Map<Part, Ints> positionsOfPart = new HashMap<>();
        /** Whether the chapter has any notes or references at all. */
        private final boolean anyEntries;
        /**
         * For each sequence, the first entry of each label that nothing cites, with its index in
         * the sequence's list (for the kind-mismatch rule).
         */
        private final Map<Sequence, Map<String, Integer>> uncitedIndex = new EnumMap<>(Sequence.class);

        Run(Document document, CheckOptions options) {
            this.document = document;
            this.options = options;
            this.reading = document.readingOrder();
            for (Sequence s : SEQUENCES) {
                entries.put(s, new ArrayList<>());
            }
            List<Entry> allEntries = document.entries();
            this.anyEntries = !allEntries.isEmpty();
            for (Entry entry : allEntries) {
                entries.get(Sequence.of(entry)).add(entry);
                lastPart.merge(Sequence.of(entry), document.sequencePart(entry), Math::max);
            }
            for (Citation citation : reading) {
                lastPart.merge(Sequence.of(citation), document.sequencePart(citation), Math::max);
            }
            for (Entry entry : allEntries) {
                entriesOfPart.computeIfAbsent(new Part(Sequence.of(entry), document.sequencePart(entry)),
                        k -> new ChunkedList<>()).add(entry);
            }
            // Citations of one part mostly follow each other: its list is looked up only when the part changes.
            Part current = null;
            Ints positions = null;
            for (int i = 0; i < reading.size(); i++) {
                Citation c = reading.get(i);
                Sequence sequence = Sequence.of(c);
                int part = document.sequencePart(c);
                if (current == null || current.sequence() != sequence || current.part() != part) {
                    current = new Part(sequence, part);
                    positions = positionsOfPart.computeIfAbsent(current, k -> new Ints());
                }
                positions.add(i);
            }
            for (Sequence s : SEQUENCES) {
                Map<String, Integer> firstUncited = new HashMap<>();
                List<Entry> list = entries.get(s);
                for (int i = 0; i < list.size(); i++) {
                    if (document.citationsOf(list.get(i)).isEmpty()) {
                        firstUncited.putIfAbsent(list.get(i).label(), i);
                    }
                }
                uncitedIndex.put(s, firstUncited);
            }
        }

        List<Diagnostic> run() {
            for (Sequence sequence : SEQUENCES) {
                // A page may hold independent sequences of one kind (each under its own heading):
                // each is checked on its own.
                for (int part = 0; part <= lastPart.getOrDefault(sequence, 0); part++) {
                    new SequenceCheck(sequence, part).run();
                }
            }
            return inSourceOrder(out);
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
            private final List<Citation> cites = new ChunkedList<>();
            private final Ints positions = new Ints();
            /** Ordinals of every citation of this sequence, resolved or not; of every entry; sorted, each once. */
            private final int[] citedOrdinals;
            private final int[] listedOrdinals;
            /** Resolved citations that have an ordinal, in reading order: the candidates for the order. */
            private final List<Citation> occurrences = new ChunkedList<>();
            private final Ints occurrencePositions = new Ints();
            private final Ints occurrenceOrdinals = new Ints();
            /** The occurrence of each label that stands in its place (at most one per label). */
            private final Map<String, Citation> placed = new HashMap<>();
            private boolean[] kept = new boolean[0];
            /** The kept occurrences in reading order: their positions and ordinals both increase. */
            private int[] keptPositions = new int[0];
            private int[] keptOrdinals = new int[0];
            private Citation[] keptCitations = new Citation[0];
            /** The lowest ordinal cited or listed (1 when there is none). */
            private int base;
            /** Ordinals listed but never cited, sorted. */
            private int[] listedUncited = new int[0];

            SequenceCheck(Sequence sequence, int part) {
                this.sequence = sequence;
                this.list = entriesOfPart.getOrDefault(new Part(sequence, part), List.of());
                boolean lower = false;
                for (Entry entry : list) {
                    if (!entry.label().isEmpty() && Character.isLowerCase(entry.label().charAt(0))) {
                        lower = true;
                    }
                }
                this.lowerCase = lower;
                Ints cited = new Ints();
                Ints partPositions = positionsOfPart.getOrDefault(new Part(sequence, part), new Ints());
                for (int k = 0; k < partPositions.size(); k++) {
                    int i = partPositions.get(k);
                    Citation c = reading.get(i);
                    cites.add(c);
                    positions.add(i);
                    int ordinal = sequence.ordinal(c.label());
                    if (ordinal >= 0) {
                        cited.add(ordinal);
                        if (document.entryFor(c).isPresent()) {
                            occurrences.add(c);
                            occurrencePositions.add(i);
                            occurrenceOrdinals.add(ordinal);
                        }
                    }
                }
                Ints listed = new Ints();
                for (Entry entry : list) {
                    int ordinal = sequence.ordinal(entry.label());
                    if (ordinal >= 0) {
                        listed.add(ordinal);
                    }
                }
                this.citedOrdinals = cited.sortedDistinct();
                this.listedOrdinals = listed.sortedDistinct();
                int lowest = Math.min(citedOrdinals.length > 0 ? citedOrdinals[0] : Integer.MAX_VALUE,
                        listedOrdinals.length > 0 ? listedOrdinals[0] : Integer.MAX_VALUE);
                this.base = lowest == Integer.MAX_VALUE ? 1 : lowest;
                this.listedUncited = Ints.without(listedOrdinals, citedOrdinals);
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
             *
             * <p>For each occurrence: the longest run ending there, and the occurrence before it
             * in that run, the earliest that gives that length (as a scan of every earlier
             * occurrence would choose). In n log n: the occurrences whose runs have one length
             * have falling ordinals in reading order, so both are binary searches.
             */
            private void keep() {
                int n = occurrenceOrdinals.size();
                int[] previous = new int[n];
                // byLength.get(l): the occurrences whose longest run has length l + 1, in reading order.
                List<List<Integer>> byLength = new ArrayList<>();
                int best = -1;
                int bestLength = 0;
                for (int i = 0; i < n; i++) {
                    int ordinal = occurrenceOrdinals.get(i);
                    // The longest run before i that i can extend: the last length whose latest
                    // occurrence (lowest ordinal of that length) is below i's ordinal.
                    int low = 0;
                    int high = byLength.size();
                    while (low < high) {
                        int middle = (low + high) >>> 1;
                        List<Integer> same = byLength.get(middle);
                        if (occurrenceOrdinals.get(same.get(same.size() - 1)) < ordinal) {
                            low = middle + 1;
                        } else {
                            high = middle;
                        }
                    }
                    int length = low + 1;
                    previous[i] = length == 1 ? -1 : earliestBelow(byLength.get(length - 2), ordinal);
                    if (byLength.size() < length) {
                        byLength.add(new ArrayList<>());
                    }
                    byLength.get(length - 1).add(i);
                    if (length > bestLength) {
                        best = i;
                        bestLength = length;
                    }
                }
                kept = new boolean[n];
                for (int i = best; i >= 0; i = previous[i]) {
                    kept[i] = true;
                    placed.put(occurrences.get(i).label(), occurrences.get(i));
                }
                keptPositions = new int[bestLength];
                keptOrdinals = new int[bestLength];
                keptCitations = new Citation[bestLength];
                int k = 0;
                for (int i = 0; i < n; i++) {
                    if (kept[i]) {
                        keptPositions[k] = occurrencePositions.get(i);
                        keptOrdinals[k] = occurrenceOrdinals.get(i);
                        keptCitations[k] = occurrences.get(i);
                        k++;
                    }
                }
            }

            /** The earliest of {@code same} (falling ordinals) whose ordinal is below {@code ordinal}. */
            private int earliestBelow(List<Integer> same, int ordinal) {
                int low = 0;
                int high = same.size() - 1;
                while (low < high) {
                    int middle = (low + high) >>> 1;
                    if (occurrenceOrdinals.get(same.get(middle)) < ordinal) {
                        high = middle;
                    } else {
                        low = middle + 1;
                    }
                }
                return same.get(low);
            }

            /** How many kept occurrences stand before reading position {@code position}. */
            private int keptBefore(int position) {
                return firstAbove(keptPositions, position - 1);
            }

            /** How many kept occurrences have an ordinal below {@code ordinal}. */
            private int keptBelow(int ordinal) {
                return firstAbove(keptOrdinals, ordinal - 1);
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
                for (Sequence other : SEQUENCES) {
                    if (!anyEntries || other == sequence || elsewhere != null) {
                        continue;
                    }
                    // The first uncited entry of that list labelled "12" or "12*".
                    Integer plain = uncitedIndex.get(other).get(bare);
                    Integer starred = uncitedIndex.get(other).get(bare + "*");
                    if (plain != null || starred != null) {
                        int index = plain == null ? starred : starred == null ? plain : Math.min(plain, starred);
                        elsewhere = entries.get(other).get(index);
                    }
                }
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
                int before = keptBefore(position);
                Citation lastBefore = before > 0 ? keptCitations[before - 1] : null;
                // The kept ordinals rise: only the first kept marker after this one can be lower.
                Citation lowerAfter = before < keptOrdinals.length && keptOrdinals[before] < ordinal
                        ? keptCitations[before] : null;
                if (lastBefore != null && sequence.ordinal(lastBefore.label()) > ordinal) {
                    return c.text() + " is cited out of order: it first appears after " + lastBefore.text()
                            + " (" + line(lastBefore.span()) + ")";
                }
                return c.text() + " is cited out of order: it first appears before "
                        + (lowerAfter == null ? "lower labels" : lowerAfter.text() + " (" + line(lowerAfter.span()) + ")");
            }

            /** Numbers the citations jump over that have no entry either. */
            private void skipped() {
                int[] present = Ints.union(citedOrdinals, listedOrdinals);
                int before = base - 1;
                Citation previousKept = null;
                for (int k = 0; k < keptOrdinals.length; k++) {
                    int ordinal = keptOrdinals[k];
                    Citation c = keptCitations[k];
                    Gap missing = Gap.between(present, before, ordinal);
                    if (missing != null) {
                        String what = missing.count() == 1 ? marker(missing.first()) + " is"
                                : missing.count() == 2 ? marker(missing.first()) + " and " + marker(missing.second()) + " are"
                                : marker(missing.first()) + " to " + marker(missing.last()) + " are";
                        String after = previousKept == null ? " opens " + sequence.description()
                                : " follows " + previousKept.text();
                        report(Rule.SKIPPED, c.span(), c.text() + after + ": " + what
                                + " neither cited nor listed", Optional.empty());
                    }
                    before = ordinal;
                    previousKept = c;
                }
            }

            /**
             * "did you mean [41]?" when exactly one listed but uncited label fits the place of
             * the marker at this reading position.
             */
            private Optional<String> gapHint(int position) {
                int before = keptBefore(position);
                int below = Math.max(base - 1, before > 0 ? keptOrdinals[before - 1] : Integer.MIN_VALUE);
                int after = before < keptPositions.length && keptPositions[before] == position ? before + 1 : before;
                int above = after < keptOrdinals.length ? keptOrdinals[after] : Integer.MAX_VALUE;
                // The listed, uncited ordinals strictly between below and above.
                int from = firstAbove(listedUncited, below);
                int to = firstAbove(listedUncited, above - 1);
                return to - from == 1
                        ? Optional.of("did you mean " + marker(listedUncited[from]) + "?")
                        : Optional.empty();
            }

            /** Information when a listed sequence starts above 1 (or A). */
            private void startsAboveOne() {
                if (list.isEmpty()) {
                    return;
                }
                int base = Integer.MAX_VALUE;
                for (int k = 0; k < occurrenceOrdinals.size(); k++) {
                    base = Math.min(base, occurrenceOrdinals.get(k));
                }
                if (listedOrdinals.length > 0) {
                    base = Math.min(base, listedOrdinals[0]);
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
                            Gap absent = Gap.between(listedOrdinals, previousOrdinal, ordinal);
                            if (absent != null) {
                                String missing = absent.count() == 1 ? sequence.label(absent.first(), lowerCase)
                                        : sequence.label(absent.first(), lowerCase) + " to "
                                        + sequence.label(absent.last(), lowerCase);
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
                // The kept ordinals rise: the last one below this entry's and the first above it.
                int lower = keptBelow(ordinal);
                int higher = lower < keptOrdinals.length && keptOrdinals[lower] == ordinal ? lower + 1 : lower;
                Citation below = lower > 0 ? keptCitations[lower - 1] : null;
                Citation above = higher < keptCitations.length ? keptCitations[higher] : null;
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

    /**
     * The numbers strictly between two that a sorted set lacks, described by how many there are
     * and the first, second and last of them, without listing them (a gap can be a hundred
     * million long), in a few binary searches.
     */
    private record Gap(long count, int first, int second, int last) {

        /** The gap between {@code low} and {@code high}, or null when {@code present} (sorted) fills it. */
        static Gap between(int[] present, int low, int high) {
            long span = (long) high - low - 1;
            if (span <= 0) {
                return null;
            }
            int from = firstAbove(present, low);
            int to = firstAbove(present, high - 1);
            long count = span - (to - from);
            if (count <= 0) {
                return null;
            }
            int first = firstMissing(present, low + 1);
            int second = firstMissing(present, first + 1);
            int last = lastMissing(present, high - 1);
            return new Gap(count, first, second, last);
        }

        /** The first number from {@code x} on that the sorted set lacks. */
        private static int firstMissing(int[] present, int x) {
            int at = firstAbove(present, x - 1);
            if (at == present.length || present[at] != x) {
                return x;
            }
            // A run of consecutive numbers from present[at]: present[j] - j is the same along it.
            int low = at;
            int high = present.length - 1;
            while (low < high) {
                int middle = (low + high + 1) >>> 1;
                if (present[middle] - middle == present[at] - at) {
                    low = middle;
                } else {
                    high = middle - 1;
                }
            }
            return present[low] + 1;
        }

        /** The last number up to {@code x} that the sorted set lacks. */
        private static int lastMissing(int[] present, int x) {
            int at = firstAbove(present, x) - 1;
            if (at < 0 || present[at] != x) {
                return x;
            }
            int low = 0;
            int high = at;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (present[middle] - middle == present[at] - at) {
                    high = middle;
                } else {
                    low = middle + 1;
                }
            }
            return present[low] - 1;
        }
    }

    /** Every sequence (values() makes a new array at each call). */
    private static final Sequence[] SEQUENCES = Sequence.values();

    private static final Comparator<Diagnostic> SOURCE_ORDER =
            Comparator.comparingInt((Diagnostic d) -> d.span().offset()).thenComparing(Diagnostic::ruleId);

    /** Bits of a sort key for a diagnostic's index in the list (the low bits) and for its rule. */
    private static final int INDEX_BITS = 27;
    private static final int RULE_BITS = 4;
    /** Each rule id's place in alphabetical order: the rule part of a sort key. */
    private static final Map<String, Integer> RULE_RANKS = ruleRanks();

    private static Map<String, Integer> ruleRanks() {
        List<String> ids = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            ids.add(rule.id());
        }
        ids.sort(null);
        Map<String, Integer> ranks = new HashMap<>();
        for (String id : ids) {
            ranks.put(id, ranks.size());
        }
        return ranks;
    }

    /**
     * The diagnostics by offset, then rule id, those equal in the order found. Sorted as numbers
     * (offset, rule's rank, index) when they fit in a long, so that no array of a reference per
     * diagnostic is made: on a page of a million dangling markers that array would be large
     * enough for G1 to keep it, and every diagnostic, after the result is dropped.
     */
    private static List<Diagnostic> inSourceOrder(List<Diagnostic> found) {
        if (found.size() >= 1 << INDEX_BITS || RULE_RANKS.size() > 1 << RULE_BITS) {
            List<Diagnostic> sorted = new ArrayList<>(found);
            sorted.sort(SOURCE_ORDER);
            return ChunkedList.copyOf(sorted);
        }
        long[] keys = new long[found.size()];
        for (int i = 0; i < keys.length; i++) {
            Diagnostic d = found.get(i);
            keys[i] = (long) d.span().offset() << (INDEX_BITS + RULE_BITS)
                    | (long) RULE_RANKS.get(d.ruleId()) << INDEX_BITS | i;
        }
        Arrays.sort(keys);
        ChunkedList<Diagnostic> sorted = new ChunkedList<>(keys.length);
        for (long key : keys) {
            sorted.add(found.get((int) (key & ((1 << INDEX_BITS) - 1))));
        }
        return ChunkedList.copyOf(sorted.freeze());
    }

    /** One independent sequence of a kind: a page may number its notes from 1 twice. */
    private record Part(Sequence sequence, int part) {
    }

    /** A growable list of ints: the checker's positions and ordinals, without an Integer object each. */
    private static final class Ints {
        private int[] values = new int[16];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, 2 * size);
            }
            values[size++] = value;
        }

        int get(int index) {
            Objects.checkIndex(index, size);
            return values[index];
        }

        int size() {
            return size;
        }

        /** The values in rising order, each once. */
        int[] sortedDistinct() {
            int[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            int n = 0;
            for (int value : sorted) {
                if (n == 0 || sorted[n - 1] != value) {
                    sorted[n++] = value;
                }
            }
            return Arrays.copyOf(sorted, n);
        }

        /** The values of {@code a} not in {@code b} (both rising, each value once). */
        static int[] without(int[] a, int[] b) {
            int[] out = new int[a.length];
            int n = 0;
            int j = 0;
            for (int value : a) {
                while (j < b.length && b[j] < value) {
                    j++;
                }
                if (j == b.length || b[j] != value) {
                    out[n++] = value;
                }
            }
            return Arrays.copyOf(out, n);
        }

        /** The values of {@code a} or {@code b} (both rising, each value once), rising, each once. */
        static int[] union(int[] a, int[] b) {
            int[] out = new int[a.length + b.length];
            int n = 0;
            int i = 0;
            int j = 0;
            while (i < a.length || j < b.length) {
                int value = j == b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
                if (i < a.length && a[i] == value) {
                    i++;
                }
                if (j < b.length && b[j] == value) {
                    j++;
                }
                out[n++] = value;
            }
            return Arrays.copyOf(out, n);
        }
    }

    /** The index of the first value above {@code bound} in a sorted array. */
    private static int firstAbove(int[] sorted, int bound) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] <= bound) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
