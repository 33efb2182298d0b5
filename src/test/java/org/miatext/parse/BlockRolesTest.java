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
    @DisplayName("a line that points back at the text (this, these, a linking then) reads as prose, unless set as a title")
    void linesThatPointBackAreProse() {
        assertThat(BlockRoles.isHeading("What is, then, the position of modern Socialism in this connection?", 1)).isFalse();
        assertThat(BlockRoles.isHeading("Now, in what does this conflict consist?", 1)).isFalse();
        assertThat(BlockRoles.isHeading("What then, in 1985, is a fitting epitaph for Arthur James Cook?", 1)).isFalse();
        assertThat(BlockRoles.isHeading("What has the criterion of defensive wars to do with all these", 1)).isFalse();
        // Questions that name their subject are titles; so are lines in title case.
        assertThat(BlockRoles.isHeading("Is the Russian bourgeoisie progressive?", 1)).isTrue();
        assertThat(BlockRoles.isHeading("Who Benefits from This?", 1)).isTrue();
        assertThat(BlockRoles.isHeading("Lenin, Then and Now", 1)).isTrue();
        assertThat(BlockRoles.isHeading("The Theory of the Permanent Revolution", 1)).isTrue();
    }

    @Test
    @DisplayName("a title right over a table is the table's caption, a paragraph; with a section label it heads a section")
    void titleOverATableIsItsCaption() {
        List<BlockRoles.Role> decided = roles.infer(run(
                "The number of patents granted may serve as an indication of technical progress.",
                "Patents Granted",
                "Years\tNo. of patents\tYears\tNo. of patents",
                "1840-\t473\t1900\t8,784",
                "C. The General Form of Value",
                "20 yards of linen\t=\t1 coat"));
        assertThat(decided).containsExactly(PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH, HEADING, PARAGRAPH);
        // A figure's or table's own caption is no quotation either, whatever leads in to it.
        decided = roles.infer(run(
                "The figures speak for themselves, as the OECD put it:",
                "Figure 1: Ratio of total government tax revenue to GDP across 21 developed countries (percent)"));
        assertThat(decided.get(1)).isEqualTo(PARAGRAPH);
    }

    @Test
    @DisplayName("a short line that the next block goes on from in lower case is the start of a sentence, not a heading")
    void lineThatRunsOnIsNoHeading() {
        List<BlockRoles.Role> decided = roles.infer(run(
                "The Red Army had many enemies within the party.",
                "The Military Opposition",
                "consisted of two groups. There were the numerous unorganised elements."));
        assertThat(decided.get(1)).isEqualTo(PARAGRAPH);
        decided = roles.infer(run(
                "The Red Army had many enemies within the party.",
                "The Military Opposition",
                "Two groups made it up. There were the numerous unorganised elements."));
        assertThat(decided.get(1)).isEqualTo(HEADING);
        // A label in lower case opens a list under its heading: the heading stays.
        assertThat(roles.infer(run("Alphabetical notes", "a. Alba: the Bolivarian Alternative.")).get(0))
                .isEqualTo(HEADING);
        assertThat(BlockRoles.goesOnFromAbove("“the Swing riots, in 1830, revealed to us")).isTrue();
        assertThat(BlockRoles.goesOnFromAbove("iv) the second case")).isFalse();
        assertThat(BlockRoles.goesOnFromAbove("The second case")).isFalse();
    }

    @Test
    @DisplayName("a sentence ended inside closing quotation marks or brackets is prose; a quoted title is a heading")
    void sentenceEndedInsideQuotesOrBrackets() {
        assertThat(BlockRoles.isHeading("The chairman: ‘I declare the meeting of the executive committee closed.’", 1))
                .isFalse();
        assertThat(BlockRoles.isHeading("“We can do anything!”", 1)).isFalse();
        assertThat(BlockRoles.isHeading("(Source: The Economist, September 27, 1975.)", 1)).isFalse();
        assertThat(BlockRoles.isHeading("‘We are all Keynesians now’", 1)).isTrue();
        assertThat(BlockRoles.isHeading("Extraordinary Seventh Congress of the R.C.P.(B.)", 1)).isTrue();
    }

    @Test
    @DisplayName("a numbered or lettered title heads a section even after a quotation no marker closed")
    void labelledTitleAfterAnOpenQuotation() {
        List<BlockRoles.Role> decided = roles.infer(run(
                "In his pamphlet he wrote:",
                "“The handicraftsman is ruined by the factory, and the factory by the crisis; such is the course of things.”",
                "5. The Handicraftsman and the Factory",
                "But that is enough; we are not studying the history of the factory here. [7]"));
        assertThat(decided.get(1)).isEqualTo(QUOTE);
        assertThat(decided.get(2)).isEqualTo(HEADING);
        decided = roles.infer(run(
                "In his pamphlet he wrote:",
                "“The handicraftsman is ruined by the factory, and the factory by the crisis; such is the course of things.”",
                "The Handicraftsman and the Factory",
                "But that is enough; we are not studying the history of the factory here. [7]"));
        assertThat(decided.get(2)).as("unlabelled, it may still be the quotation going on").isNotEqualTo(HEADING);
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

    // ------------------------------------------------------------------ the voice of a page

    /** A historian's paragraph: the narrator tells in the past. */
    private static final String NARRATION = "The Central Committee was divided. Those who had voted for the"
            + " resolution in October were now uneasy, and the delegates who had come from the provinces did not"
            + " know whom they were to believe; the meeting was long and it was bitter.";

    /** A paragraph that argues in the present. */
    private static final String ARGUMENT = "The value of a commodity is the labour that is necessary to produce"
            + " it, and it is expressed in the value of another commodity; it does not depend on the wishes of the"
            + " buyer, and it is not a property of the thing itself.";

    /** The same run on a page that narrates in the past. */
    private static List<BlockRoles.Candidate> narrating(List<BlockRoles.Candidate> run) {
        List<BlockRoles.Candidate> marked = new ArrayList<>(run);
        marked.replaceAll(BlockRoles.Candidate::onNarratingPage);
        return marked;
    }

    private static boolean fires(List<BlockRoles.Candidate> run, int i, BlockRoles.Role before,
                                 BlockRoles.Feature feature) {
        return BlockRoles.features(run, i, before)[feature.ordinal()] != 0;
    }

    @Test
    @DisplayName("a page narrates in the past when more of its long blocks speak in the past than in the present")
    void narratingPage() {
        assertThat(BlockRoles.narratesInThePast(run(NARRATION, NARRATION, ARGUMENT))).isTrue();
        assertThat(BlockRoles.narratesInThePast(run(NARRATION, ARGUMENT, ARGUMENT))).isFalse();
        // Short blocks do not count: a line of dialogue says nothing of the page.
        assertThat(BlockRoles.narratesInThePast(run(NARRATION, "It is so.", "It is."))).isTrue();
        assertThat(BlockRoles.narratesInThePast(run())).isFalse();
    }

    @Test
    @DisplayName("in a narrative, a block in the present or the first person is another voice")
    void otherVoiceInNarrative() {
        String present = "The party is strong, and it will not allow a split.";
        String first = "We held our ground and I said so to the committee.";
        List<BlockRoles.Candidate> page = narrating(run(NARRATION, present, first, NARRATION));
        assertThat(fires(page, 1, PARAGRAPH, BlockRoles.Feature.OTHER_VOICE_IN_NARRATIVE)).isTrue();
        assertThat(fires(page, 2, PARAGRAPH, BlockRoles.Feature.OTHER_VOICE_IN_NARRATIVE)).isTrue();
        assertThat(fires(page, 3, PARAGRAPH, BlockRoles.Feature.OTHER_VOICE_IN_NARRATIVE)).isFalse();
        // On a page that argues in the present, the present is the author's own voice.
        List<BlockRoles.Candidate> argued = run(ARGUMENT, present, ARGUMENT);
        assertThat(fires(argued, 1, PARAGRAPH, BlockRoles.Feature.OTHER_VOICE_IN_NARRATIVE)).isFalse();
    }

    @Test
    @DisplayName("words reported by the block before run on to the marker of the block after")
    void reportedWordsRunOnToTheMarker() {
        List<BlockRoles.Candidate> page = narrating(run(
                NARRATION,
                "At the end of the session Bukharin replied to his critics.",
                "It is the task of the party to close its ranks.",
                "There is talk of a split in the Central Committee. That is nonsense, comrades. We will not allow"
                        + " anyone to break the unity of our party, and we will answer every attempt with the whole"
                        + " strength of the organisation. [20]",
                NARRATION));
        assertThat(fires(page, 2, PARAGRAPH, BlockRoles.Feature.REPORTED_WORDS_RUN_ON)).isTrue();
        assertThat(roles.infer(page)).containsExactly(PARAGRAPH, PARAGRAPH, QUOTE, QUOTE, PARAGRAPH);
        // Without a marker after it, nothing says the reported words are quoted at all.
        List<BlockRoles.Candidate> uncited = narrating(run(
                NARRATION, "At the end of the session Bukharin replied to his critics.",
                "It is the task of the party to close its ranks.", NARRATION));
        assertThat(fires(uncited, 2, PARAGRAPH, BlockRoles.Feature.REPORTED_WORDS_RUN_ON)).isFalse();
    }

    @Test
    @DisplayName("a block that says I and closes with a marker is someone's cited words, even right after another quotation")
    void firstPersonCited() {
        List<BlockRoles.Candidate> page = narrating(run(
                NARRATION,
                "In January he addressed a letter to the Central Committee.",
                "I have not spoken once on the questions settled by the congress, and I have never made any"
                        + " proposal outside the leading bodies of the party. [14]",
                "Even now, weighing the whole course of the discussion, I think that my silence was correct from"
                        + " the standpoint of the interests of the party. [15]",
                NARRATION));
        assertThat(fires(page, 3, QUOTE, BlockRoles.Feature.FIRST_PERSON_CITED)).isTrue();
        assertThat(roles.infer(page)).containsExactly(PARAGRAPH, PARAGRAPH, QUOTE, QUOTE, PARAGRAPH);
    }

    @Test
    @DisplayName("quotations set one after another with a sentence of the author's between each two")
    void bridgeBetweenCitations() {
        List<BlockRoles.Candidate> page = narrating(run(
                NARRATION,
                "Trotsky recalls the first weeks after the February revolution:",
                "The problem of power was put before the party only after the arrival of Lenin in Petrograd, and"
                        + " even then the line of the party was challenged from every side. [5]",
                "Trotsky turns on Zinoviev and Kamenev the charge levelled against him.",
                "The speech which Lenin delivered at the Finland station on the character of the revolution was"
                        + " a bombshell to many leaders of the party; the polemic with the partisans of ‘completing"
                        + " the democratic revolution’ began on the very first day. [6]",
                NARRATION));
        assertThat(fires(page, 4, PARAGRAPH, BlockRoles.Feature.BRIDGE_BETWEEN_CITATIONS)).isTrue();
        assertThat(roles.infer(page)).containsExactly(PARAGRAPH, PARAGRAPH, QUOTE, PARAGRAPH, QUOTE, PARAGRAPH);
    }

    @Test
    @DisplayName("the markers ahead of every block, found in one pass, are those found block by block")
    void markersAheadInOnePass() {
        java.util.Random random = new java.util.Random(5);
        String[] shapes = {"A sentence of the author's.", "Trotsky wrote:", "The words he wrote. [4]", "A heading"};
        for (int trial = 0; trial < 500; trial++) {
            String[] texts = new String[random.nextInt(30)];
            for (int k = 0; k < texts.length; k++) {
                texts[k] = shapes[random.nextInt(shapes.length)];
            }
            List<BlockRoles.Candidate> page = run(texts);
            boolean[] ahead = BlockRoles.markersAhead(page);
            for (int i = 0; i < texts.length; i++) {
                assertThat(ahead[i]).as("block %d of %s", i, List.of(texts)).isEqualTo(BlockRoles.markerAhead(page, i));
            }
        }
    }
}
