package org.miatext.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.miatext.MiaText;
import org.miatext.ast.Citation;
import org.miatext.ast.Document;
import org.miatext.ast.Reference;
import org.miatext.check.Checker;
import org.miatext.diagnostic.Diagnostic;
import org.miatext.refs.Bibliography;
import org.miatext.refs.BibliographyEntry;
import org.miatext.refs.Seeds;
import org.miatext.refs.Work;

/** Renumbering the seed and mutants of it. */
class RenumberingTest {

    private static final String SEED = Seeds.text();

    /** The labels of the numbered list in reading order, each at its first citation. */
    private static List<String> firstCitations(Document d) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        ReadingOrder.of(d).forEach(c -> seen.add(c.label()));
        return new ArrayList<>(seen);
    }

    private static List<String> range(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(Integer::toString).toList();
    }

    /** Swaps the first occurrences of two markers in the body. */
    private static String swap(String text, String a, String b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        assertThat(i).isPositive();
        assertThat(j).isGreaterThan(i);
        return text.substring(0, i) + b + text.substring(i + a.length(), j) + a + text.substring(j + b.length());
    }

    /** The numbering is consistent: first citations read 1, 2, 3 ..., and the list is printed in that order. */
    private static void assertConsistent(Document fixed, int cited) {
        assertThat(firstCitations(fixed)).isEqualTo(range(1, cited));
        assertThat(fixed.references().stream().map(Reference::label).toList())
                .isEqualTo(range(1, fixed.references().size()));
    }

    /** Every entry points to the same work, with the same pages, under its new label. */
    private static void assertSameReferences(Document before, Renumbering fix, Document after) {
        Bibliography b0 = Bibliography.of(before);
        Bibliography b1 = Bibliography.of(after);
        assertThat(b1.entries()).hasSameSizeAs(b0.entries());
        for (BibliographyEntry old : b0.entries()) {
            BibliographyEntry now = b1.entry(fix.mapping().get(old.label())).orElseThrow();
            assertThat(now.work().map(Work::key)).as("work of old entry %s", old.label()).isEqualTo(old.work().map(Work::key));
            assertThat(now.sources().stream().map(s -> s.locators().toString()).toList())
                    .as("pages of old entry %s", old.label())
                    .isEqualTo(old.sources().stream().map(s -> s.locators().toString()).toList());
        }
    }

    @Test
    void theSeedReadsInOrderWithNotesSplicedIn() {
        List<String> order = firstCitations(Seeds.document());
        assertThat(order).isEqualTo(range(1, 60));
        // [40] sits in note 1*, printed after the body, but is read where [1*] is cited
        List<Citation> all = ReadingOrder.of(Seeds.document());
        int i39 = labels(all).indexOf("39");
        assertThat(labels(all).get(i39 + 1)).isEqualTo("40");
    }

    private static List<String> labels(List<Citation> cs) {
        return cs.stream().map(Citation::label).toList();
    }

    @Test
    void theSeedComesBackByteForByte() {
        Renumbering fix = Renumbering.of(Seeds.document());
        assertThat(fix.changesText()).isFalse();
        assertThat(fix.text()).isEqualTo(SEED);
        assertThat(fix.uncited()).isEmpty();
        assertThat(fix.rewritten()).isEmpty();
        fix.mapping().forEach((k, v) -> assertThat(k).isEqualTo(v));
    }

    @Test
    void swappedCitationsAreRenumberedAndIbidsKeepTheirMeaning() {
        Document mutant = MiaText.parse(swap(SEED, "[10]", "[14]"));
        Renumbering fix = Renumbering.of(mutant);
        assertThat(fix.mapping()).containsEntry("14", "10").containsEntry("10", "14").containsEntry("11", "11");
        Document fixed = MiaText.parse(fix.text());
        assertConsistent(fixed, 60);
        assertSameReferences(mutant, fix, fixed);
        // old 11 "Zinoviev, ..., ibid." now follows Stalin's Works; old 15 "Ibid." follows Kamenev
        assertThat(fix.rewritten()).containsExactly("11", "15");
        assertThat(fixed.reference("11").orElseThrow().body())
                .isEqualTo("Zinoviev, Bolshevism or Trotskyism, in Za Leninizm, Moscow 1925, p.132.");
        assertThat(fixed.reference("15").orElseThrow().body()).isEqualTo("Stalin, Works, Vol.6, p.342.");
        assertThat(fixed.reference("16").orElseThrow().body()).isEqualTo("Ibid., pp.342-3.");
    }

    @Test
    void aDroppedCitationChangesNoNumber() {
        int at = SEED.indexOf("[5]");
        String mutant = SEED.substring(0, at) + SEED.substring(at + 3);
        Renumbering fix = Renumbering.of(MiaText.parse(mutant));
        assertThat(fix.uncited()).containsExactly("5");
        fix.mapping().forEach((k, v) -> assertThat(k).isEqualTo(v));
        assertThat(fix.text()).isEqualTo(mutant);
    }

    @Test
    void anUncitedEntryStaysAfterItsPrintedNeighbourWhenOthersMove() {
        int at = SEED.indexOf("[17]");
        Document mutant = MiaText.parse(swap(SEED.substring(0, at) + SEED.substring(at + 4), "[10]", "[14]"));
        Renumbering fix = Renumbering.of(mutant);
        assertThat(fix.uncited()).containsExactly("17");
        assertThat(fix.mapping()).containsEntry("17", "17").containsEntry("14", "10").containsEntry("10", "14");
        Document fixed = MiaText.parse(fix.text());
        assertSameReferences(mutant, fix, fixed);
        assertThat(fixed.references().stream().map(Reference::label).toList()).isEqualTo(range(1, 60));
        assertThat(firstCitations(fixed)).doesNotContain("17");
        assertThat(fixed.reference("17").orElseThrow().body()).isEqualTo("Ibid., p.344.");
    }

    @Test
    void anUncitedIbidTravelsWithTheEntryItFollows() {
        // entry 3 uncited; swapping [2] and [10] moves Trotsky's Challenge (old 2) to 9, and old 3,
        // an Ibid. of it, goes with it: its Ibid. keeps its meaning; old 4 now follows Kamenev
        int at = SEED.indexOf("[3]");
        Document mutant = MiaText.parse(swap(SEED.substring(0, at) + SEED.substring(at + 3), "[2]", "[10]"));
        Renumbering fix = Renumbering.of(mutant);
        assertThat(fix.uncited()).containsExactly("3");
        assertThat(fix.mapping()).containsEntry("10", "2").containsEntry("2", "9").containsEntry("3", "10");
        Document fixed = MiaText.parse(fix.text());
        assertSameReferences(mutant, fix, fixed);
        assertThat(fix.rewritten()).containsExactly("4", "11");
        assertThat(fixed.reference("10").orElseThrow().body()).isEqualTo("Ibid., p.212.");
        assertThat(fixed.reference("3").orElseThrow().body()).isEqualTo("Trotsky, Challenge (1923-25), pp.213-4.");
    }

    @Test
    void everyCharacterOutsideLabelsAndMovedEntriesIsKept() {
        Document mutant = MiaText.parse(swap(SEED, "[23]", "[27]"));
        String fixed = Renumbering.of(mutant).text();
        Pattern marker = Pattern.compile("\\[\\d+\\]");
        int listStart = mutant.references().get(0).span().offset();
        int fixedListStart = MiaText.parse(fixed).references().get(0).span().offset();
        assertThat(marker.matcher(fixed.substring(0, fixedListStart)).replaceAll("[]"))
                .isEqualTo(marker.matcher(mutant.source().substring(0, listStart)).replaceAll("[]"));
        assertThat(fixed).endsWith("Last updated on 5 August 2009");
    }

    @Test
    void randomMutantsAllComeOutConsistent() {
        Random random = new Random(4);
        Pattern marker = Pattern.compile("\\[(\\d+)\\]");
        for (int round = 0; round < 12; round++) {
            String text = SEED;
            for (int k = 0; k < 3; k++) {
                int a = 1 + random.nextInt(59);
                int b = a + 1 + random.nextInt(60 - a);
                text = swap(text, "[" + a + "]", "[" + b + "]");
            }
            Document mutant = MiaText.parse(text);
            Renumbering fix = Renumbering.of(mutant);
            Document fixed = MiaText.parse(fix.text());
            assertConsistent(fixed, 60);
            assertSameReferences(mutant, fix, fixed);
            assertThat(Renumbering.of(fixed).changesText()).as("a fix is final").isFalse();
            Matcher m = marker.matcher(fix.text());
            int markers = 0;
            while (m.find()) {
                markers++;
            }
            assertThat(markers).isEqualTo(60);
        }
    }

    @Test
    void renumberingKeepsANumberingThatStartsAbove1() {
        int list = SEED.indexOf("\n1. Protokoll");
        String body = SEED.substring(0, list);
        String entries = SEED.substring(list);
        for (int n = 60; n >= 1; n--) {
            body = body.replace("[" + n + "]", "[" + (n + 100) + "]");
            entries = entries.replace("[" + n + "]", "[" + (n + 100) + "]")
                    .replaceFirst("(?m)^" + n + "\\. ", (n + 100) + ". ");
        }
        String shifted = body + entries;
        Document d = MiaText.parse(swap(shifted, "[101]", "[102]"));
        Renumbering fix = Renumbering.of(d);
        assertThat(fix.mapping()).containsEntry("102", "101").containsEntry("101", "102");
        assertThat(MiaText.parse(fix.text()).references().get(0).label()).isEqualTo("101");
    }

    @Test
    void twoEntriesWithOneLabelAreRefused() {
        String twice = SEED.replace("\n\n3. Ibid., p.212.", "\n\n2. Ibid., p.212.");
        assertThatThrownBy(() -> Renumbering.of(MiaText.parse(twice)))
                .isInstanceOf(FixException.class).hasMessageContaining("two entries are labelled 2");
    }

    @Test
    void aCitationOfNoEntryIsNeverMadeToPointToAnotherEntry() {
        // Entry 2 lost: [2] dangles, and renumbering 3..60 to 2..59 would hand it entry 3, which [3] cites.
        Document d = MiaText.parse(SEED.replace("\n\n2. Trotsky", "\n\nTrotsky"));
        assertThat(d.reference("2")).isEmpty();
        assertThatThrownBy(() -> Renumbering.of(d)).isInstanceOf(FixException.class)
                .hasMessageContaining("[2] at line").hasMessageContaining("points to no entry, and renumbered it would"
                        + " point to entry 3").hasMessageContaining("which other citations point to");
        // The list runs 0, 2, 3 and a stray [1] follows [3]: renumbered 0, 1, 2, [1] would take
        // entry 2, which nothing cites, but after [2]: out of reading order (found by the fuzzer).
        Document stray = MiaText.parse("Text [3] and more.\n\nLater [1] here.\n\nNotes\n\n0. Zero.\n\n2. Two.\n\n3. Three.\n");
        assertThatThrownBy(() -> Renumbering.of(stray)).isInstanceOf(FixException.class)
                .hasMessageContaining("[1] at line 3").hasMessageContaining("out of reading order");
        // A dangling label the new numbers do not reach is left as it is.
        Document far = MiaText.parse(swap(SEED, "[2]", "[3]").replace("[5]", "[99]"));
        Renumbering fix = Renumbering.of(far);
        assertThat(fix.dangling()).extracting(Citation::label).containsExactly("99");
        assertThat(fix.text()).contains("[99]");
        assertThat(Checker.check(MiaText.parse(fix.text())).stream().map(Diagnostic::ruleId))
                .doesNotContain("numbering/out-of-order");
    }

    @Test
    void aCitationInsideAnEntryIsReadWhereTheEntryIsFirstCited() {
        // [12] stands in entry 10: the reader meets it right after [10], before [17].
        Document d = MiaText.parse("Text [10] and then [17].\n\n10. Trotsky, p.223, and see [12].\n\n12. Lenin.\n\n17. Marx.\n");
        assertThat(ReadingOrder.of(d)).extracting(Citation::label).containsExactly("10", "12", "17");
        Renumbering fix = Renumbering.of(d);
        assertThat(fix.mapping()).containsEntry("12", "11").containsEntry("17", "12");
        assertThat(Checker.check(MiaText.parse(fix.text())).stream().map(Diagnostic::ruleId))
                .doesNotContain("numbering/out-of-order");
    }

    @Test
    void aRenumberingThatWouldMakeMarkerLikeTextACitationIsRefused() {
        // "(2)" reads as no marker while the list has no 2; renumbered 1, 2, 3 it would cite entry 2.
        Document d = MiaText.parse("The text [8] goes on.\n\nFootnotes\n\n(1) A note.\nShalom(2) more of it.\n\n"
                + "7. Octobr Congress.\n\n8. Emphasis Congress.\n");
        assertThat(d.citations()).extracting(Citation::text).doesNotContain("(2)");
        assertThatThrownBy(() -> Renumbering.of(d)).isInstanceOf(FixException.class)
                .hasMessageContaining("(2)").hasMessageContaining("would become a citation");
    }

    @Test
    void aMisprintedLabelThatNothingCitesIsRepairedWhereTheTextCitesIt() {
        // "118." printed for "18.": [18] dangles, entry 118 is cited by nothing and sits after 17.
        Document d = MiaText.parse(SEED.replace("\n\n18. ", "\n\n118. "));
        assertThat(d.reference("18")).isEmpty();
        Renumbering fix = Renumbering.of(d);
        assertThat(fix.mapping()).containsEntry("118", "18");
        assertThat(fix.repaired()).extracting(Citation::label).containsExactly("18");
        assertThat(fix.text()).isEqualTo(SEED);
        assertThat(Checker.check(MiaText.parse(fix.text()))).isEmpty();
        // Cited twice, both citations are repaired.
        Renumbering twice = Renumbering.of(MiaText.parse(SEED.replace("\n\n18. ", "\n\n118. ")
                .replace("[19]", "[18] [19]")));
        assertThat(twice.repaired()).extracting(Citation::label).containsExactly("18", "18");
    }

    @Test
    void theMapListsEveryEntryInNewOrder() {
        Map<String, String> map = Renumbering.of(MiaText.parse(swap(SEED, "[2]", "[3]"))).mapping();
        assertThat(map).hasSize(60);
        assertThat(new ArrayList<>(map.values())).isEqualTo(range(1, 60));
    }
}
