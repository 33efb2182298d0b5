package org.miatext.ast;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.miatext.MiaText;
import org.miatext.check.Checker;

/** A page with two sequences of one kind: a foreword's notes 1-2, then the article's notes from 1 again. */
class IndependentSequencesTest {

    static final String PAGE = """
            Publisher’s Foreword

            The background to the article is given here [1] and there [2].

            A Permanent Arms Economy

            The article itself starts [1], goes on [2] and ends [3].

            Notes

            Foreword

            1. Marx, Capital, Vol.3.

            2. Kidron, Rejoinder.

            The article

            1. United Nations, Consequences of Disarmament.

            2. Ibid., p.4.

            3. Ibid., p.7.""";

    @Test
    void eachCitationPointsIntoItsOwnSequence() {
        Document d = MiaText.parse(PAGE);
        assertThat(d.references()).hasSize(5);
        Citation articleFirst = d.citations().get(2);
        assertThat(articleFirst.span().line()).isEqualTo(7);
        Entry entry = d.entryFor(articleFirst).orElseThrow();
        assertThat(entry.body()).startsWith("United Nations");
        assertThat(d.sequencePart(articleFirst)).isEqualTo(1);
        assertThat(d.sequencePart(entry)).isEqualTo(1);
        assertThat(d.entryFor(d.citations().get(0)).orElseThrow().body()).startsWith("Marx");
        assertThat(d.citationsOf(d.references().get(0))).extracting(c -> c.span().line()).containsExactly(3);
    }

    @Test
    void anEqualCitationFromElsewhereIsFoundByLabelAndAnUnresolvedOneFindsNothing() {
        Document d = MiaText.parse(PAGE);
        Citation articleFirst = d.citations().get(2);
        // Equal, not the same node: the document cannot know its sequence, so the first "1".
        Citation copy = new Citation(articleFirst.text(), articleFirst.label(), articleFirst.kind(), articleFirst.span());
        assertThat(copy).isEqualTo(articleFirst).isNotSameAs(articleFirst);
        assertThat(d.entryFor(copy).orElseThrow().body()).startsWith("Marx");
        assertThat(d.entryFor(articleFirst).orElseThrow().body()).startsWith("United Nations");

        Document dangling = MiaText.parse("Text [1] and [7].\n\nNotes\n\n1. A.");
        assertThat(dangling.entryFor(dangling.citations().get(1))).isEmpty();
        assertThat(dangling.entryFor(dangling.citations().get(0))).containsSame(dangling.references().get(0));
    }

    @Test
    void eachSequenceIsCheckedOnItsOwn() {
        assertThat(Checker.check(MiaText.parse(PAGE))).isEmpty();
    }

    @Test
    void withoutAHeadingBetweenThemARestartIsADuplicate() {
        String page = "Text [1] and [2] and [1] again.\n\nNotes\n\n1. A.\n\n2. B.\n\n1. C.";
        Document d = MiaText.parse(page);
        assertThat(d.references()).allMatch(r -> d.sequencePart(r) == 0);
        assertThat(Checker.check(d)).extracting(x -> x.ruleId()).contains("notes/duplicate-label");
    }
}
