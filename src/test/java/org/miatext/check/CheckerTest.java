package org.miatext.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.miatext.MiaText;
import org.miatext.diagnostic.Diagnostic;
import org.miatext.diagnostic.Severity;

/** The rules, one bad and one good example each, in the style of the README's catalogue. */
class CheckerTest {

    static final String HEAD = "A Writer\n\nA Work\n\n";

    /** A chapter: the body paragraphs, a "Notes" heading and the entries, each a block. */
    static String chapter(String body, String... entries) {
        StringBuilder sb = new StringBuilder(HEAD).append(body).append("\n\nNotes");
        for (String entry : entries) {
            sb.append("\n\n").append(entry);
        }
        return sb.toString();
    }

    static List<Diagnostic> check(String text) {
        return Checker.check(MiaText.parse(text, "ch.txt"));
    }

    static List<String> rules(String text) {
        return check(text).stream().map(Diagnostic::ruleId).toList();
    }

    static Path seed() {
        return Path.of(System.getProperty("miatext.basedir", "."), "seeds", "000_69c2650609e06f78.txt");
    }

    static final String GOOD = chapter(
            "The first claim of the chapter is made here. [1] The second claim follows. [2]\n\n"
                    + "A third claim comes with a footnote of the author. [1*] And the last claim. [4]",
            "1. Ibid., p.1.", "2. Ibid., p.2.", "3. Ibid., p.3.", "4. Ibid., p.4.", "1*. An aside citing [3].");

    @Test
    @DisplayName("the seed chapter gives no diagnostic at all")
    void seedIsClean() {
        assertThat(Checker.check(MiaText.parse(seed()))).isEmpty();
    }

    @Test
    @DisplayName("a citation inside a note is read where the note is cited")
    void notesAreSplicedIn() {
        assertThat(check(GOOD)).isEmpty();
        List<String> order = MiaText.parse(GOOD).readingOrder().stream().map(c -> c.label()).toList();
        assertThat(order).containsExactly("1", "2", "1*", "3", "4");
    }

    @Test
    @DisplayName("a note cited after its inner citation's successor puts that citation out of order")
    void splicingCanPutANoteOutOfOrder() {
        String bad = chapter(
                "The first claim of the chapter is made here. [1] The second claim follows. [2]\n\n"
                        + "The last claim comes first now. [4] A footnote of the author. [1*]",
                "1. Ibid., p.1.", "2. Ibid., p.2.", "3. Ibid., p.3.", "4. Ibid., p.4.", "1*. An aside citing [3].");
        List<Diagnostic> found = check(bad);
        assertThat(found).extracting(Diagnostic::ruleId).containsExactly("numbering/out-of-order");
        assertThat(found.get(0).message()).startsWith("[3] is cited out of order: it first appears after [4]");
        assertThat(found.get(0).line()).isEqualTo(19);
    }

    @Nested
    class Rules {

        @Test
        void outOfOrder() {
            String bad = chapter("A claim [1] and another [3] and a third [2] in one paragraph of text.",
                    "1. a.", "2. b.", "3. c.");
            List<Diagnostic> found = check(bad);
            assertThat(found).extracting(Diagnostic::ruleId).containsExactly("numbering/out-of-order");
            Diagnostic d = found.get(0);
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).isEqualTo("[2] is cited out of order: it first appears after [3] (line 5)");
            assertThat(d.line()).isEqualTo(5);
            assertThat(d.column()).isEqualTo(41);
            assertThat(d.endColumn()).isEqualTo(44);
            assertThat(rules(chapter("A claim [1] and another [2] and a third [3] in one paragraph of text.",
                    "1. a.", "2. b.", "3. c."))).isEmpty();
        }

        @Test
        void skipped() {
            String bad = chapter("A claim [1] and another [2] and a third [4] in one paragraph of text.",
                    "1. a.", "2. b.", "4. d.");
            assertThat(check(bad)).filteredOn(d -> d.ruleId().equals("numbering/skipped"))
                    .singleElement()
                    .satisfies(d -> assertThat(d.message()).isEqualTo("[4] follows [2]: [3] is neither cited nor listed"));
        }

        @Test
        void repeatedCitationIsAWarning() {
            String bad = chapter("A claim [1] and another [2] and the first again [1] and a third [3].",
                    "1. a.", "2. b.", "3. c.");
            List<Diagnostic> found = check(bad);
            assertThat(found).extracting(Diagnostic::ruleId).containsExactly("numbering/repeated-citation");
            assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
            assertThat(found.get(0).column()).isEqualTo(49);
        }

        @Test
        void repeatedCitationInTheGapOfAnUncitedEntryHintsAtIt() {
            String bad = chapter("A claim [1] and another [2] and a slip [1] and a fourth [4].",
                    "1. a.", "2. b.", "3. c.", "4. d.");
            assertThat(check(bad)).filteredOn(d -> d.ruleId().equals("numbering/repeated-citation"))
                    .singleElement()
                    .satisfies(d -> assertThat(d.hint()).contains("did you mean [3]?"));
        }

        @Test
        void dangling() {
            String bad = chapter("A claim [1] and another [2] and a third [3] in one paragraph of text.",
                    "1. a.", "2. b.");
            List<Diagnostic> found = check(bad);
            assertThat(found).extracting(Diagnostic::ruleId).containsExactly("notes/dangling");
            assertThat(found.get(0).message()).isEqualTo("[3] points to no entry of the numbered list");
        }

        @Test
        void danglingWhereAnUncitedEntryFitsHintsAtIt() {
            String bad = chapter("A claim [1] and another [27] and a third [3] in one paragraph of text.",
                    "1. a.", "2. b.", "3. c.");
            assertThat(check(bad)).filteredOn(d -> d.ruleId().equals("notes/dangling"))
                    .singleElement()
                    .satisfies(d -> assertThat(d.hint()).contains("did you mean [2]?"));
        }

        @Test
        void orphan() {
            String bad = chapter("A claim [1] and another [2] and that is all of this paragraph of text.",
                    "1. a.", "2. b.", "3. c.");
            List<Diagnostic> found = check(bad);
            assertThat(found).extracting(Diagnostic::ruleId).containsExactly("notes/orphan");
            assertThat(found.get(0).message()).isEqualTo("entry 3 is never cited");
            assertThat(found.get(0).line()).isEqualTo(13);
            assertThat(found.get(0).hint()).contains("its marker belongs after [2] (line 5)");
        }

        @Test
        void duplicateLabel() {
            String bad = chapter("A claim [1] and another [2] and a third [3] in one paragraph of text.",
                    "1. a.", "2. b.", "2. again.", "3. c.");
            List<Diagnostic> found = check(bad);
            assertThat(found).extracting(Diagnostic::ruleId).containsExactly("notes/duplicate-label");
            assertThat(found.get(0).line()).isEqualTo(13);
            assertThat(found.get(0).message()).isEqualTo("entry 2 is listed twice in the numbered list (first at line 11)");
        }

        @Test
        void listOrder() {
            String backwards = chapter("A claim [1] and another [2] and a third [3] in one paragraph of text.",
                    "1. a.", "3. c.", "2. b.");
            assertThat(check(backwards)).extracting(Diagnostic::ruleId, Diagnostic::line)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("notes/list-order", 13));
            String skips = chapter("A claim [1] and another [2] and a third [4] in one paragraph of text.",
                    "1. a.", "2. b.", "4. d.");
            assertThat(check(skips)).filteredOn(d -> d.ruleId().equals("notes/list-order")).singleElement()
                    .satisfies(d -> assertThat(d.message()).isEqualTo("The numbered list skips from 2 to 4 (no 3)"));
        }

        @Test
        void kindMismatchWhenTheNumberIsInAnotherList() {
            String bad = chapter("A claim [1] and another [2*] and a third [3] in one paragraph of text.",
                    "1. a.", "2. b.", "3. c.", "1*. An aside.");
            List<Diagnostic> found = check(bad.replace("[3] in one", "[3] and [1*] in one"));
            assertThat(found).filteredOn(d -> d.ruleId().equals("notes/kind-mismatch")).singleElement()
                    .satisfies(d -> {
                        assertThat(d.hint()).contains("did you mean [2]?");
                        assertThat(d.column()).isEqualTo(25);
                    });
        }

        @Test
        void kindMismatchWhenThereIsNoSuchList() {
            String bad = chapter("A claim [1] and another [2] and a note [4*] in one paragraph of text.",
                    "1. a.", "2. b.");
            assertThat(check(bad)).extracting(Diagnostic::ruleId, Diagnostic::message)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("notes/kind-mismatch",
                            "[4*] points into the asterisked notes, but the chapter has no such list"));
        }

        @Test
        void startsAboveOneIsInformation() {
            String text = chapter("A claim [61] and another [62] and a third [63] in one paragraph of text.",
                    "61. a.", "62. b.", "63. c.");
            List<Diagnostic> found = check(text);
            assertThat(found).extracting(Diagnostic::ruleId).containsExactly("numbering/starts-above-one");
            assertThat(found.get(0).severity()).isEqualTo(Severity.INFO);
            assertThat(found.get(0).message()).isEqualTo("The numbered list starts at [61], not [1]");
        }

        @Test
        void asteriskedAndLetteredNotesAreTheirOwnSequences() {
            String text = chapter("A claim [1] and a note [1*] and a letter [A] and [2] then [B] and [2*].",
                    "1. a.", "2. b.", "1*. x.", "2*. y.", "A. p.", "B. q.");
            assertThat(check(text)).isEmpty();
            String bad = text.replace("[1*]", "[x]").replace("[2*]", "[1*]").replace("[x]", "[2*]");
            assertThat(check(bad)).extracting(Diagnostic::ruleId, Diagnostic::message)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("numbering/out-of-order",
                            "[1*] is cited out of order: it first appears after [2*] (line 5)"));
        }

        @Test
        void lowerCaseLettersAndIntercalatedLabels() {
            String text = chapter("A claim [1] and a note [a] and an insertion [1a] and [2] then [b].",
                    "1. a.", "1a. inserted.", "2. b.", "a. p.", "b. q.");
            assertThat(check(text)).isEmpty();
            assertThat(check(text.replace("[1a]", ""))).extracting(Diagnostic::ruleId).containsExactly("notes/orphan");
        }

        @Test
        void noNotesListAtAll() {
            assertThat(check(HEAD + "A claim [1] with no notes list in this paragraph of the chapter."))
                    .extracting(Diagnostic::message)
                    .containsExactly("[1] points to no entry: the chapter has no notes list");
        }
    }

    @Test
    void disabledRulesAreNotRun() {
        String bad = chapter("A claim [1] and another [2] and a third [3] in one paragraph of text.", "1. a.", "2. b.");
        assertThat(Checker.check(MiaText.parse(bad), CheckOptions.defaults().disable(Rule.DANGLING))).isEmpty();
        assertThat(new CheckOptions(java.util.Set.of(Rule.ORPHAN)).isEnabled(Rule.DANGLING)).isTrue();
    }

    @Test
    void diagnosticsAreSortedAndNameTheFile() {
        String bad = chapter("A claim [3] and another [2] and a third [9] in one paragraph of text.",
                "1. a.", "2. b.", "3. c.");
        List<Diagnostic> found = check(bad);
        assertThat(found).hasSizeGreaterThan(2);
        assertThat(found).isSortedAccordingTo(java.util.Comparator.comparingInt(d -> d.span().offset()));
        assertThat(found).allSatisfy(d -> assertThat(d.file()).isEqualTo("ch.txt"));
    }

    @Test
    void everyRuleHasAStableIdAndDescription() {
        assertThat(Rule.values()).extracting(Rule::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("(numbering|notes)/[a-z-]+"));
        assertThat(Rule.byId("notes/orphan")).contains(Rule.ORPHAN);
        assertThat(Rule.byId("nope")).isEqualTo(Optional.empty());
        assertThat(Rule.values()).allSatisfy(r -> assertThat(r.description()).isNotBlank().doesNotContain("\n"));
    }
}
