package org.miatext.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.miatext.parse.BlockRoles.Role.HEADING;
import static org.miatext.parse.BlockRoles.Role.PARAGRAPH;
import static org.miatext.parse.BlockRoles.Role.QUOTE;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The roles of body blocks, by example, with the trained weights. */
class BlockRolesTest {

    private final BlockRoles roles = new BlockRoles();

    /** Builds a run of blocks on a page that cites each quotation with a marker at its end. */
    private static List<BlockRoles.Candidate> run(String... texts) {
        List<BlockRoles.Candidate> blocks = new ArrayList<>();
        for (String text : texts) {
            blocks.add(new BlockRoles.Candidate(text, closesWithMarker(text), false, text.indexOf('\t') >= 0,
                    (int) text.lines().count(), true, true));
        }
        return blocks;
    }

    private static boolean closesWithMarker(String text) {
        return text.strip().matches("(?s).*\\[\\d+\\*?\\][.,;:’”]*");
    }

    private static final String AUTHOR = "The controversy did not die down. Over the following months the majority of"
            + " the Central Committee returned to the charge again and again, in the press and at party meetings,"
            + " and the accusations grew sharper with every round.";

    @Test
    @DisplayName("a block after a lead-in ending with a colon, closed by a marker, is a quote")
    void colonIntroThenMarker() {
        List<BlockRoles.Role> decided = roles.infer(run(
                AUTHOR,
                "In a letter to the Central Committee Trotsky wrote:",
                "The party has passed through a grave crisis, and its leading bodies have drawn no lesson from it."
                        + " We must say openly what is taking place. [12]",
                AUTHOR));
        assertThat(decided).containsExactly(PARAGRAPH, PARAGRAPH, QUOTE, PARAGRAPH);
    }

    @Test
    @DisplayName("an author's paragraph whose marker cites a quotation inside it is not a quote")
    void markerCitingInlineQuotation() {
        List<BlockRoles.Role> decided = roles.infer(run(
                AUTHOR,
                "Zinoviev, who had opposed the insurrection, now called the theory of permanent revolution"
                        + " ‘a variety of Menshevism’. [8]",
                AUTHOR));
        assertThat(decided).containsExactly(PARAGRAPH, PARAGRAPH, PARAGRAPH);
    }

    @Test
    @DisplayName("a quotation of several blocks runs on until a marker closes it")
    void multiBlockQuotationRunsToItsMarker() {
        List<BlockRoles.Role> decided = roles.infer(run(
                AUTHOR,
                "Lenin put the question sharply:",
                "The masses must be made to see that the Soviets are the only possible form of revolutionary"
                        + " government, and that therefore our task is to present a patient explanation of the"
                        + " errors of their tactics.",
                "Not a parliamentary republic – to return to a parliamentary republic from the Soviets would be a"
                        + " retrograde step – but a republic of Soviets throughout the country, from top to bottom.",
                "The weight of emphasis in the agrarian programme must be shifted to the Soviets of agricultural"
                        + " labourers. [4]",
                AUTHOR));
        assertThat(decided).containsExactly(PARAGRAPH, PARAGRAPH, QUOTE, QUOTE, QUOTE, PARAGRAPH);
    }

    @Test
    @DisplayName("a heading-like line inside an open quotation is not a heading")
    void headingLikeLineInsideQuotation() {
        List<BlockRoles.Role> decided = roles.infer(run(
                AUTHOR,
                "The resolution went on:",
                "The congress instructs all party organisations to prepare for the coming struggle and to take"
                        + " every step to strengthen their links with the masses.",
                "Long live the revolution",
                "The congress calls on all workers to rally to the party and its committees. [7]"));
        assertThat(decided.get(3)).isNotEqualTo(HEADING);
        assertThat(decided.subList(2, 5)).containsOnly(QUOTE);
    }

    @Test
    @DisplayName("a short line without a sentence end between paragraphs is a heading")
    void headingBetweenParagraphs() {
        List<BlockRoles.Role> decided = roles.infer(run(AUTHOR, "The Opposition shattered", AUTHOR));
        assertThat(decided).containsExactly(PARAGRAPH, HEADING, PARAGRAPH);
    }

    @Test
    @DisplayName("a block ending with a colon after a closed quotation is the author introducing the next one")
    void colonAfterClosedQuotationIsTheAuthor() {
        List<BlockRoles.Role> decided = roles.infer(run(
                "He wrote:",
                "We shall not yield an inch on the question of principle, whatever the cost. [3]",
                "And Trotsky ended his statement with these words:",
                "Whatever the intentions of its author, the book can serve only the enemies of the party. [4]"));
        assertThat(decided).containsExactly(PARAGRAPH, QUOTE, PARAGRAPH, QUOTE);
    }

    @Test
    @DisplayName("a block that opens a quotation mark it does not close carries the quotation on")
    void quotationLeftOpenGoesOn() {
        List<BlockRoles.Role> decided = roles.infer(run(
                AUTHOR,
                "Lying in bed, I went over my old articles, and my eye fell on these lines:",
                "‘When the curve of historical development rises, public thinking becomes more penetrating, braver"
                        + " and more ingenious. It grasps facts on the wing.",
                "But when the political curve indicates a drop, public thinking succumbs to stupidity.’ [35]",
                AUTHOR));
        assertThat(decided).containsExactly(PARAGRAPH, PARAGRAPH, QUOTE, QUOTE, PARAGRAPH);
    }

    @Test
    @DisplayName("a table row is never a quote or a heading")
    void tableRowIsAParagraph() {
        List<BlockRoles.Role> decided = roles.infer(run("The figures were:", "1913\t2,000\t15 per cent"));
        assertThat(decided.get(1)).isEqualTo(PARAGRAPH);
    }

    @Test
    @DisplayName("the features of a block are named and explained")
    void explainNamesTheFeatures() {
        List<String> lines = roles.explain(run(
                "In a letter Trotsky wrote:",
                "... the position of the party was quite untenable. [5]"));
        assertThat(lines.get(1)).startsWith("QUOTE").contains("intro_colon", "opens_ellipsis", "closes_with_marker");
    }

    @Test
    @DisplayName("a quotation left open is one whose opening mark is not closed")
    void leavesQuotationOpen() {
        assertThat(BlockRoles.leavesQuotationOpen("‘When the curve rises, thinking becomes braver.")).isTrue();
        assertThat(BlockRoles.leavesQuotationOpen("‘When the curve rises, thinking becomes braver.’")).isFalse();
        assertThat(BlockRoles.leavesQuotationOpen("Trotsky’s reply was ‘No’, and it stuck.")).isFalse();
    }

    @Test
    @DisplayName("a numbered or lettered section title is a heading: the label's dot ends no sentence")
    void sectionLabelDotEndsNoSentence() {
        assertThat(BlockRoles.isHeading("4. The Elementary Form of value considered as a whole", 1)).isTrue();
        assertThat(BlockRoles.isHeading("A. Elementary or Accidental Form Of Value", 1)).isTrue();
        assertThat(BlockRoles.isHeading("IV. The State and the Revolution in the Years Before the War", 1)).isTrue();
        // A real sentence after the label still makes it prose (once past six words).
        assertThat(BlockRoles.isHeading("1. The two poles of the expression of value. Relative form and Equivalent form", 1))
                .isFalse();
        // Not a label: a word and a dot.
        assertThat(BlockRoles.isHeading("Comrades. We meet again after a long year of struggle and of hope", 1)).isFalse();
    }

    @Test
    @DisplayName("a title in capitals over two or three lines is a heading; other short lines are not")
    void capitalsOverLines() {
        assertThat(BlockRoles.isHeading("THE FETISHISM OF COMMODITIES\nAND THE SECRET THEREOF", 2)).isTrue();
        assertThat(BlockRoles.isHeading("THE TWO-FOLD CHARACTER OF\r\nTHE LABOUR EMBODIED IN COMMODITIES", 2)).isTrue();
        assertThat(BlockRoles.isHeading("First line of a poem,\nsecond line of it.", 2)).isFalse();
        assertThat(BlockRoles.isHeading("Moscow\nJune 1918", 2)).isFalse();
        assertThat(BlockRoles.isHeading("WORKERS OF THE WORLD, UNITE!\nDOWN WITH THE WAR!", 2)).isFalse();
        assertThat(BlockRoles.isHeading("ONE\nTWO\nTHREE\nFOUR", 4)).isFalse();
    }

    @Test
    @DisplayName("a named section alone, or a section's number over its title, is a heading")
    void namedSectionsAndLabelsOverTitles() {
        assertThat(BlockRoles.isHeading("Section 2.", 1)).isTrue();
        assertThat(BlockRoles.isHeading("Part Two", 1)).isTrue();
        assertThat(BlockRoles.isHeading("APPENDIX IV", 1)).isTrue();
        assertThat(BlockRoles.isHeading("Section of the party.", 1)).isFalse();
        assertThat(BlockRoles.isHeading("Part 1\nThe Background", 2)).isTrue();
        assertThat(BlockRoles.isHeading("4\nSpeech On The Trade Unions", 2)).isTrue();
        assertThat(BlockRoles.isHeading("4\nwe said then, and we say again.", 2)).isFalse();
        assertThat(BlockRoles.isHeading("(a) The Accumulation of Capital and ‘Private Enterprise’", 1)).isTrue();
        assertThat(BlockRoles.isHeading("(a) the workers are to elect their delegates", 1)).isFalse();
    }

    @Test
    @DisplayName("a date alone is a heading under a heading, and a dateline after prose")
    void dateUnderAHeadingOrAfterProse() {
        List<BlockRoles.Role> decided = roles.infer(run(
                "Speech On The Trade Unions",
                "March 14",
                AUTHOR,
                "June 7, 1943"));
        assertThat(decided).containsExactly(HEADING, HEADING, PARAGRAPH, PARAGRAPH);
        assertThat(BlockRoles.isDate("(4 August 1916)")).isTrue();
        assertThat(BlockRoles.isDate("November 10, 1918")).isTrue();
        assertThat(BlockRoles.isDate("March")).isFalse();
        assertThat(BlockRoles.isDate("March of the Workers")).isFalse();
    }

    @Test
    @DisplayName("a figure's or table's caption is no heading")
    void captionsAreNoHeadings() {
        assertThat(BlockRoles.isHeading("Figure 2: US state spending as a proportion of GNP", 1)).isFalse();
        assertThat(BlockRoles.isHeading("Table A", 1)).isFalse();
        assertThat(BlockRoles.isHeading("TABLE IV. Wages and Prices", 1)).isFalse();
        assertThat(BlockRoles.isHeading("Table Talk and Other Conversations", 1)).isTrue();
        assertThat(BlockRoles.isHeading("The Map of Europe", 1)).isTrue();
    }
}
