package org.miatext.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.miatext.MiaText;
import org.miatext.ast.BlankLines;
import org.miatext.ast.Block;
import org.miatext.ast.Citation;
import org.miatext.ast.Document;
import org.miatext.ast.Entry;
import org.miatext.ast.EntryLabel;
import org.miatext.diagnostic.Diagnostic;
import org.miatext.diagnostic.Severity;

/**
 * Proof that the checker catches faults: from the seed and three fixtures of our own, every
 * mutant of eleven fault kinds must get a diagnostic of the expected rule on the expected line.
 * The detection rate per kind is printed (and copied into the README).
 */
class NumberingMutationTest {

    /** A fault kind and the rule that must catch it. */
    enum Kind {
        DELETE_CITATION("delete a citation", "notes/orphan"),
        SWAP_CITATIONS("swap two citations", "numbering/out-of-order"),
        DUPLICATE_CITATION("duplicate a citation further on", "numbering/repeated-citation"),
        RENUMBER_CITATION("renumber a citation past the list", "notes/dangling"),
        DELETE_ENTRY("delete an entry", "notes/dangling"),
        DUPLICATE_ENTRY_LABEL("give an entry its predecessor's label", "notes/duplicate-label"),
        SKIP_ENTRY_NUMBER("skip a number in the list (renumber the rest)", "notes/list-order"),
        SWAP_ENTRY_LABELS("swap two entries' labels", "notes/list-order"),
        MOVE_NOTE_CITATION("move a note's marker away from its inner citations", "numbering/out-of-order"),
        CHANGE_KIND("turn [41] into [41*]", "notes/kind-mismatch"),
        DELETE_CITATION_AND_ENTRY("delete a citation and its entry", "numbering/skipped");

        final String description;
        final String rule;

        Kind(String description, String rule) {
            this.description = description;
            this.rule = rule;
        }
    }

    /** A replacement of {@code length} chars at {@code offset} of the original. */
    record Edit(int offset, int length, String replacement) {
    }

    /** A mutant: its edits and where (offsets in the original, or just after an insertion) the fault must be reported. */
    record Mutant(String chapter, Kind kind, String what, List<Edit> edits, List<Integer> expectedOriginalOffsets,
                  List<Integer> expectedInsertions) {
    }

    static final Path BASE = Path.of(System.getProperty("miatext.basedir", "."));

    static Map<String, String> chapters() throws Exception {
        Map<String, String> chapters = new LinkedHashMap<>();
        chapters.put("seed", Files.readString(BASE.resolve("seeds/000_69c2650609e06f78.txt")));
        try (var files = Files.list(BASE.resolve("src/test/resources/fixtures"))) {
            for (Path p : files.sorted().toList()) {
                chapters.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return chapters;
    }

    @Test
    void everyMutantIsCaughtWithTheRightRuleOnTheRightLine() throws Exception {
        Map<Kind, int[]> tally = new TreeMap<>();
        for (Kind kind : Kind.values()) {
            tally.put(kind, new int[2]);
        }
        List<String> misses = new ArrayList<>();
        int total = 0;
        for (Map.Entry<String, String> chapter : chapters().entrySet()) {
            String source = chapter.getValue();
            Document original = MiaText.parse(source, chapter.getKey());
            assertThat(Checker.check(original)).as("the unmutated %s", chapter.getKey())
                    .allMatch(d -> d.severity() == Severity.INFO);
            for (Mutant mutant : mutants(chapter.getKey(), source, original)) {
                total++;
                String text = apply(source, mutant.edits());
                Set<Integer> lines = expectedLines(text, mutant);
                List<Diagnostic> found = Checker.check(MiaText.parse(text, chapter.getKey()));
                boolean caught = found.stream().anyMatch(d -> d.ruleId().equals(mutant.kind().rule) && lines.contains(d.line()));
                tally.get(mutant.kind())[0]++;
                if (caught) {
                    tally.get(mutant.kind())[1]++;
                } else if (misses.size() < 20) {
                    misses.add(mutant.chapter() + " " + mutant.kind() + " " + mutant.what() + ": expected "
                            + mutant.kind().rule + " on " + lines + ", found " + found);
                }
            }
        }
        StringBuilder table = new StringBuilder("| fault kind | rule expected | mutants | caught | rate |\n|---|---|---:|---:|---:|\n");
        for (Map.Entry<Kind, int[]> e : tally.entrySet()) {
            int[] t = e.getValue();
            table.append(String.format("| %s | `%s` | %d | %d | %.1f%% |%n", e.getKey().description, e.getKey().rule,
                    t[0], t[1], t[0] == 0 ? 0.0 : 100.0 * t[1] / t[0]));
        }
        table.append(String.format("| **all** | | %d | %d | |%n", total, tally.values().stream().mapToInt(t -> t[1]).sum()));
        System.out.println(table);
        assertThat(total).isGreaterThanOrEqualTo(1000);
        assertThat(tally.values()).allMatch(t -> t[0] >= 20);
        assertThat(misses).isEmpty();
    }

    static String apply(String source, List<Edit> edits) {
        StringBuilder sb = new StringBuilder(source);
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::offset).reversed());
        for (Edit e : sorted) {
            sb.replace(e.offset(), e.offset() + e.length(), e.replacement());
        }
        return sb.toString();
    }

    /** Where an original offset lies after the edits (edits wholly before it shift it). */
    static int map(int offset, List<Edit> edits) {
        int shift = 0;
        for (Edit e : edits) {
            if (e.offset() + e.length() <= offset && !(e.length() == 0 && e.offset() == offset)) {
                shift += e.replacement().length() - e.length();
            }
        }
        return offset + shift;
    }

    static Set<Integer> expectedLines(String text, Mutant mutant) {
        Set<Integer> lines = new java.util.TreeSet<>();
        for (int offset : mutant.expectedOriginalOffsets()) {
            lines.add(lineOf(text, map(offset, mutant.edits())));
        }
        for (int offset : mutant.expectedInsertions()) {
            lines.add(lineOf(text, map(offset, mutant.edits()) + 1));
        }
        return lines;
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    // ---------------------------------------------------------------- the mutants

    static List<Mutant> mutants(String name, String source, Document doc) {
        List<Mutant> out = new ArrayList<>();
        List<Citation> reading = doc.readingOrder();
        Map<String, List<Citation>> byKey = new HashMap<>();
        for (Citation c : reading) {
            byKey.computeIfAbsent(key(c), k -> new ArrayList<>()).add(c);
        }
        List<Citation> single = reading.stream()
                .filter(c -> byKey.get(key(c)).size() == 1 && doc.entryFor(c).isPresent())
                .toList();
        Set<Citation> inEntries = doc.entries().stream().flatMap(e -> e.citations().stream())
                .collect(Collectors.toCollection(() -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>())));

        for (Citation c : single) {
            Entry entry = doc.entryFor(c).orElseThrow();
            // delete a citation (with the space before it)
            int from = c.span().offset() > 0 && source.charAt(c.span().offset() - 1) == ' ' ? c.span().offset() - 1 : c.span().offset();
            out.add(new Mutant(name, Kind.DELETE_CITATION, c.text() + "@" + c.span().line(),
                    List.of(new Edit(from, c.span().end() - from, "")), List.of(entry.entryLabel().span().offset()), List.of()));
            // renumber past the list
            out.add(new Mutant(name, Kind.RENUMBER_CITATION, c.text() + "@" + c.span().line(),
                    List.of(relabel(c, shifted(c.label(), 500))), List.of(c.span().offset()), List.of()));
            if (c.kind() == Citation.Kind.REFERENCE && doc.note(c.label() + "*").isEmpty()) {
                out.add(new Mutant(name, Kind.CHANGE_KIND, c.text() + "@" + c.span().line(),
                        List.of(relabel(c, c.label() + "*")), List.of(c.span().offset()), List.of()));
            }
        }

        // swap two citations of one sequence, 1 to 3 apart in reading order
        Map<Citation.Kind, List<Citation>> perKind = new HashMap<>();
        for (Citation c : single) {
            perKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c);
        }
        for (List<Citation> seq : perKind.values()) {
            for (int i = 0; i < seq.size(); i++) {
                for (int d = 1; d <= 3 && i + d < seq.size(); d++) {
                    Citation a = seq.get(i);
                    Citation b = seq.get(i + d);
                    out.add(new Mutant(name, Kind.SWAP_CITATIONS, a.text() + "<->" + b.text(),
                            List.of(new Edit(a.span().offset(), a.span().length(), b.text()),
                                    new Edit(b.span().offset(), b.span().length(), a.text())),
                            List.of(a.span().offset(), b.span().offset()), List.of()));
                }
                // duplicate a citation 2 to 4 places further on
                for (int d = 2; d <= 4 && i + d < seq.size(); d++) {
                    Citation a = seq.get(i);
                    Citation b = seq.get(i + d);
                    out.add(new Mutant(name, Kind.DUPLICATE_CITATION, a.text() + " after " + b.text(),
                            List.of(new Edit(b.span().end(), 0, " " + a.text())), List.of(), List.of(b.span().end())));
                }
            }
        }

        // entries
        Map<String, List<Entry>> lists = new LinkedHashMap<>();
        for (Entry e : doc.entries()) {
            lists.computeIfAbsent(Sequence.of(e).name(), k -> new ArrayList<>()).add(e);
        }
        for (List<Entry> list : lists.values()) {
            for (int i = 0; i < list.size(); i++) {
                Entry e = list.get(i);
                List<Citation> cites = doc.citationsOf(e);
                if (!cites.isEmpty()) {
                    out.add(new Mutant(name, Kind.DELETE_ENTRY, e.label(), List.of(deleteEntry(doc, e)),
                            cites.stream().map(c -> c.span().offset()).toList(), List.of()));
                }
                if (i > 0) {
                    Entry prev = list.get(i - 1);
                    out.add(new Mutant(name, Kind.DUPLICATE_ENTRY_LABEL, e.label() + "->" + prev.label(),
                            List.of(relabel(e.entryLabel(), e.label(), prev.label())),
                            List.of(e.entryLabel().span().offset()), List.of()));
                    out.add(new Mutant(name, Kind.SWAP_ENTRY_LABELS, prev.label() + "<->" + e.label(),
                            List.of(relabel(prev.entryLabel(), prev.label(), e.label()),
                                    relabel(e.entryLabel(), e.label(), prev.label())),
                            List.of(e.entryLabel().span().offset()), List.of()));
                    if (Sequence.of(e) != Sequence.LETTERED) {
                        List<Edit> edits = new ArrayList<>();
                        for (int k = i; k < list.size(); k++) {
                            Entry later = list.get(k);
                            edits.add(relabel(later.entryLabel(), later.label(), shifted(later.label(), 1)));
                        }
                        out.add(new Mutant(name, Kind.SKIP_ENTRY_NUMBER, "from " + e.label(), edits,
                                List.of(e.entryLabel().span().offset()), List.of()));
                    }
                }
                // delete a citation and its entry: the next label's citation jumps over it
                // (not the first entry: a list that lacks its first entry and citation starts above 1, which is information)
                if (i > 0 && i + 1 < list.size() && cites.size() == 1 && e.citations().isEmpty()
                        && !inEntries.contains(cites.get(0)) && Sequence.of(e) == Sequence.NUMBERED) {
                    List<Citation> next = doc.citationsOf(list.get(i + 1));
                    if (!next.isEmpty()) {
                        Citation c = cites.get(0);
                        out.add(new Mutant(name, Kind.DELETE_CITATION_AND_ENTRY, e.label(),
                                List.of(new Edit(c.span().offset(), c.span().length(), ""), deleteEntry(doc, e)),
                                List.of(firstInReading(reading, next).span().offset()), List.of()));
                    }
                }
            }
        }

        // move a note's marker away from the citations inside the note
        List<Citation> bodyReferences = reading.stream()
                .filter(c -> c.kind() == Citation.Kind.REFERENCE && !inEntries.contains(c)).toList();
        for (Citation marker : reading) {
            if (!marker.kind().isNote() || inEntries.contains(marker) || byKey.get(key(marker)).size() != 1) {
                continue;
            }
            Entry note = doc.entryFor(marker).orElse(null);
            if (note == null || note.citations().isEmpty()) {
                continue;
            }
            int inner = note.citations().size();
            int here = 0;
            while (here < bodyReferences.size() && bodyReferences.get(here).span().offset() < marker.span().offset()) {
                here++;
            }
            for (int d = inner + 1; d <= inner + 3; d++) {
                for (int target : new int[] {here - 1 + d, here - 1 - d}) {
                    if (target < 0 || target >= bodyReferences.size()) {
                        continue;
                    }
                    Citation anchor = bodyReferences.get(target);
                    int from = source.charAt(marker.span().offset() - 1) == ' ' ? marker.span().offset() - 1 : marker.span().offset();
                    out.add(new Mutant(name, Kind.MOVE_NOTE_CITATION, marker.text() + " after " + anchor.text(),
                            List.of(new Edit(from, marker.span().end() - from, ""),
                                    new Edit(anchor.span().end(), 0, " " + marker.text())),
                            List.of(note.citations().get(0).span().offset()), List.of()));
                }
            }
        }
        return out;
    }

    static String key(Citation c) {
        return c.kind().isNote() + ":" + c.label();
    }

    static Citation firstInReading(List<Citation> reading, List<Citation> of) {
        return reading.stream().filter(of::contains).findFirst().orElseThrow();
    }

    /** "41" + 500 gives "541", "2*" + 1 gives "3*"; a letter becomes X (no fixture has that many lettered notes). */
    static String shifted(String label, int by) {
        Matcher m = Pattern.compile("\\d+").matcher(label);
        if (m.find()) {
            return label.substring(0, m.start()) + (Integer.parseInt(m.group()) + by) + label.substring(m.end());
        }
        return Character.isLowerCase(label.charAt(0)) ? "x" : "X";
    }

    static Edit relabel(Citation c, String label) {
        return new Edit(c.span().offset(), c.span().length(), c.text().replace(c.label(), label));
    }

    static Edit relabel(EntryLabel label, String from, String to) {
        return new Edit(label.span().offset(), label.span().length(), label.text().replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
    }

    /** Removes an entry with the blank lines after it (or, for the last of a run, before it). */
    static Edit deleteEntry(Document doc, Entry entry) {
        List<Block> blocks = doc.blocks();
        int i = blocks.indexOf(entry);
        if (i + 2 < blocks.size() && blocks.get(i + 1) instanceof BlankLines blank) {
            return new Edit(entry.span().offset(), blank.span().end() - entry.span().offset(), "");
        }
        int from = i > 0 && blocks.get(i - 1) instanceof BlankLines blank ? blank.span().offset() : entry.span().offset();
        return new Edit(from, entry.span().end() - from, "");
    }
}
