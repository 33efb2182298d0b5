package org.miatext.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.miatext.MiaText;
import org.miatext.ast.BlankLines;
import org.miatext.ast.Block;
import org.miatext.ast.BlockQuote;
import org.miatext.ast.Citation;
import org.miatext.ast.Document;
import org.miatext.ast.EditorialBracket;
import org.miatext.ast.Entry;
import org.miatext.ast.Heading;
import org.miatext.ast.Inline;
import org.miatext.ast.LineBreak;
import org.miatext.ast.Note;
import org.miatext.ast.NotesHeading;
import org.miatext.ast.Paragraph;
import org.miatext.ast.Reference;
import org.miatext.ast.TextBlock;
import org.miatext.render.TextRenderer;

/** Each construct of the format, by small examples. */
class ChapterParsingTest {

    static Document parse(String text) {
        Document document = MiaText.parse(text);
        assertThat(TextRenderer.render(document)).as("lossless").isEqualTo(text);
        return document;
    }

    static List<Block> content(Document document) {
        return document.blocks().stream().filter(b -> !(b instanceof BlankLines)).toList();
    }

    static final String BODY = """
            Rosa Luxemburg

            Reform or Revolution

            4. The Lessons of October

            A subtitle under the chapter

            The party was tested in 1917, as an army is tested in war. [1]

            """;

    @Nested
    class FrontMatter {

        @Test
        void authorTitleChapterAndSubtitle() {
            Document d = parse(BODY);
            var fm = d.frontMatter();
            assertThat(fm.author()).hasValueSatisfying(h -> assertThat(h.text()).isEqualTo("Rosa Luxemburg"));
            assertThat(fm.workTitle()).hasValueSatisfying(h -> assertThat(h.text()).isEqualTo("Reform or Revolution"));
            assertThat(fm.chapterHeading()).hasValueSatisfying(h -> assertThat(h.text()).isEqualTo("4. The Lessons of October"));
            assertThat(fm.subtitle()).hasValueSatisfying(h -> assertThat(h.text()).isEqualTo("A subtitle under the chapter"));
        }

        @Test
        void aNumberedChapterHeadingIsNotAnEntry() {
            Document d = parse(BODY);
            assertThat(d.references()).isEmpty();
            assertThat(d.frontMatter().chapterHeading().orElseThrow().role()).isEqualTo(Heading.Role.CHAPTER);
        }

        @Test
        void aTitleBrokenAfterACommaIsOneTitle() {
            Document d = parse("James Connolly\n\nThe United Irish League, the Labour Party,\nand “the Pleasant Relations”\n\n"
                    + "(3 May 1913)\n\nOne of the earliest of the pioneers of the modern Socialist movement said so.\n");
            assertThat(d.frontMatter().workTitle()).hasValueSatisfying(h -> assertThat(h.span().endLine()).isEqualTo(4));
            assertThat(d.frontMatter().subtitles()).extracting(Heading::text).containsExactly("(3 May 1913)");
        }

        @Test
        void aNumberedListAtTheTopIsNotTitles() {
            // "1. ..." then "2. ...": a list that continues its numbering is no chapter heading and
            // subtitles (before, every block of a page of such lines became a subtitle).
            Document d = parse("1. Ibid., p.2.\n\n2. Ibid., p.3.\n\n3. Ibid., p.4.\n");
            assertThat(d.frontMatter().chapterHeading()).isEmpty();
            assertThat(d.frontMatter().subtitles()).isEmpty();
            assertThat(d.body()).filteredOn(Paragraph.class::isInstance).hasSize(3);
        }

        @Test
        void aTitleBrokenOverLinesIsOneHeading() {
            Document d = parse("Tony Cliff\n\nLenin 1\n\nChapter 5\nThe 1903 Congress:\nBolshevism Is Born\n\n"
                    + "LENIN WAS ready and willing to deal not only with general problems of theory and of organisation.");
            assertThat(d.frontMatter().chapterHeading()).hasValueSatisfying(h -> {
                assertThat(h.span().line()).isEqualTo(5);
                assertThat(h.span().endLine()).isEqualTo(7);
            });
        }
    }

    @Nested
    class Blocks {

        @Test
        void aSectionHeadingIsAShortLineThatEndsNoSentence() {
            Document d = parse(BODY + "A Pause\n\nOn 15 January 1925 Trotsky broke his silence and wrote to the Central Committee.\n");
            assertThat(d.body()).filteredOn(Heading.class::isInstance).extracting(b -> ((Heading) b).text())
                    .containsExactly("A Pause");
        }

        @Test
        void aSectionNumberAloneIsAHeadingAndTwoQuestionsAreProse() {
            Document d = parse(BODY + "IV.\n\nThe fourth part begins here, and it goes on for a while in prose.\n\n"
                    + "What did the Tsar do? How did he answer the toilers?\n\nHe answered with bullets, as the text goes on to say.\n");
            assertThat(d.body()).filteredOn(Heading.class::isInstance).extracting(b -> ((Heading) b).text())
                    .containsExactly("IV.");
        }

        @Test
        void fourTitlesInARowAreAListNotHeadings() {
            // A table of contents: a heading heads text, and these head nothing.
            Document d = parse(BODY + "There is strategy and strategy\n\nStrategic hypotheses\n\n"
                    + "About the dictatorship of the proletariat\n\nOn the broad party\n\n"
                    + "The first part begins here, and it goes on for a while in prose.\n\nA Pause\n\n"
                    + "The second part goes on in prose as well, as the first one did.\n");
            assertThat(d.body()).filteredOn(Heading.class::isInstance).extracting(b -> ((Heading) b).text())
                    .containsExactly("A Pause");
        }

        @Test
        void linesOfOneBlockKeepTheirBreaks() {
            Document d = parse("First line of a poem,\nsecond line of it.\n\nNext block.");
            Paragraph p = (Paragraph) content(d).get(0);
            assertThat(p.content()).filteredOn(LineBreak.class::isInstance).hasSize(1);
            assertThat(p.span().line()).isEqualTo(1);
            assertThat(p.span().endLine()).isEqualTo(2);
        }

        @Test
        void aBlockAfterAnIntroducingColonAndClosedByAMarkerIsAQuote() {
            Document d = parse(BODY + "He describes the stand of Pravda in March 1917 thus:\n\n"
                    + "... an extreme confusion of political perspectives. As a matter of fact, Pravda held a position"
                    + " much closer to revolutionary defencism than to the position of Lenin. [2]\n\n"
                    + "A sad role was played by many leaders of the party in April.\n");
            assertThat(d.body()).filteredOn(BlockQuote.class::isInstance).hasSize(1);
            assertThat(((BlockQuote) d.body().stream().filter(BlockQuote.class::isInstance).findFirst().orElseThrow())
                    .text()).startsWith("... an extreme");
        }
    }

    @Nested
    class Markers {

        @Test
        void citationsNotesAndLetteredMarkers() {
            Document d = parse("The workers were tired.[1] Shatov[4*] said so [A] and more. [12]");
            assertThat(d.citations()).extracting(Citation::text).containsExactly("[1]", "[4*]", "[A]", "[12]");
            assertThat(d.citations()).extracting(Citation::kind).containsExactly(Citation.Kind.REFERENCE,
                    Citation.Kind.NOTE, Citation.Kind.LETTERED_NOTE, Citation.Kind.REFERENCE);
            assertThat(d.citations()).extracting(Citation::label).containsExactly("1", "4*", "A", "12");
        }

        @Test
        void markersGluedToTheWordBefore() {
            Document d = parse("They were ‘tired’.[1] and Shatov[4*] too");
            Citation first = d.citations().get(0);
            assertThat(first.span().column()).isEqualTo(19);
            assertThat(d.citations().get(1).span().column()).isEqualTo(33);
        }

        @Test
        void editorialBracketsAreNotMarkers() {
            Document d = parse("On October 11 [Lenin's] letter [My emphasis] was read [Laughter] and [...] more; [W]e went.");
            assertThat(d.citations()).isEmpty();
            TextBlock block = (TextBlock) content(d).get(0);
            assertThat(block.content()).filteredOn(EditorialBracket.class::isInstance)
                    .extracting(Inline::text).containsExactly("[Lenin's]", "[My emphasis]", "[Laughter]", "[...]", "[W]");
        }

        @Test
        void aBracketedYearIsAnEditorsDate() {
            Document d = parse("This happened in June [1848] in Paris. [1]\n\n\n1. Marx, Civil War, p.3.");
            assertThat(d.citations()).extracting(Citation::label).containsExactly("1");
        }

        @Test
        void parenthesisedMarkersCountWhereTheNotesAreLabelledSo() {
            Document d = parse("The volume before us (1) carries us back.\n\nNotes\n\n(1) Ludwig Feuerbach, by C.N. Starcke.");
            assertThat(d.citations()).extracting(Citation::text).containsExactly("(1)");
            assertThat(d.entryFor(d.citations().get(0))).isPresent();
            Document plain = parse("The points are (1) this and (2) that.");
            assertThat(plain.citations()).isEmpty();
        }
    }

    @Nested
    class NotesLists {

        static final String CHAPTER = """
                Tony Cliff

                Trotsky

                4. The Lessons of October

                Trotsky wrote a letter. [1] It was read [1*] by many.

                The second paragraph cites again. [2]


                1*. My emphasis. These words are struck out of the fourth edition. [3]

                ‘Max Eastman relates all sorts of fables about these letters.’

                Krupskaya ended rather abruptly.


                1. Protokoll des Fünften Kongresses, (n.d.), Vol.2, pp.583, 619.

                2. Trotsky, Challenge (1923-25), p.200.

                3. Ibid., p.212.

                Last updated on 5 August 2009""";

        @Test
        void asteriskedNotesAndTheNumberedListAfterDroppedHeadings() {
            Document d = parse(CHAPTER);
            assertThat(d.notes()).extracting(Note::label).containsExactly("1*");
            assertThat(d.references()).extracting(Reference::label).containsExactly("1", "2", "3");
            assertThat(d.notesHeadings()).hasSize(2).allMatch(NotesHeading::isDropped);
            assertThat(d.notesHeadings().get(0).span().line()).isEqualTo(10);
            assertThat(d.footer()).isPresent();
        }

        @Test
        void aNoteRunsOverSeveralBlocksIncludingAQuote() {
            Note note = parse(CHAPTER).note("1*").orElseThrow();
            assertThat(note.blocks()).filteredOn(b -> !(b instanceof BlankLines)).hasSize(3);
            assertThat(note.blocks()).filteredOn(BlockQuote.class::isInstance).hasSize(1);
            assertThat(note.citations()).extracting(Citation::label).containsExactly("3");
            assertThat(note.span().line()).isEqualTo(12);
            assertThat(note.span().endLine()).isEqualTo(16);
        }

        @Test
        void lookupsBetweenCitationsAndEntries() {
            Document d = parse(CHAPTER);
            Citation first = d.citations().get(0);
            assertThat(d.entryFor(first)).containsSame(d.reference("1").orElseThrow());
            assertThat(d.citationsOf(d.note("1*").orElseThrow())).extracting(Citation::text).containsExactly("[1*]");
            assertThat(d.reference("3").orElseThrow().body()).isEqualTo("Ibid., p.212.");
            assertThat(d.reference("2").orElseThrow().entryLabel().text()).isEqualTo("2. ");
        }

        @Test
        void eitherOrderOfTheTwoLists() {
            String numberedFirst = "Text cites [1] and [1*].\n\nNotes\n\n1. Trotsky, My Life, p.516.\n\nFootnotes\n\n1*. A note.";
            Document d = parse(numberedFirst);
            assertThat(d.references()).hasSize(1);
            assertThat(d.notes()).hasSize(1);
            assertThat(d.notesHeadings()).extracting(NotesHeading::text).containsExactly("Notes", "Footnotes");
        }

        @Test
        void notesHeadingWordings() {
            for (String heading : List.of("Notes", "Footnotes", "Footnote", "References", "Endnotes", "NOTES",
                    "Author's Footnotes", "Authors Notes", "Translator's notes:", "Editorial Notes", "Note by MIA")) {
                Document d = parse("Text cites [1].\n\n" + heading + "\n\n1. Trotsky, My Life, p.516.");
                assertThat(d.notesHeadings()).as(heading).extracting(NotesHeading::text).containsExactly(heading);
                assertThat(d.references()).as(heading).hasSize(1);
            }
        }

        @Test
        void labelStyles() {
            Document d = parse("Cites [12] [13] [14] [15].\n\nNotes\n\n12. Ibid., p.342.\n\n[13] Marx, Capital.\n\n"
                    + "14.Hic Rhodus, hic salta.\n\n15) Engels, Anti-Dühring.");
            assertThat(d.references()).extracting(Reference::label).containsExactly("12", "13", "14", "15");
        }

        @Test
        void numberingThatStartsAboveOne() {
            Document d = parse("Continuing the book [31] and [32].\n\n\n31. Lenin, CW, Vol.5.\n\n32. Ibid., p.3.");
            assertThat(d.references()).extracting(Reference::label).containsExactly("31", "32");
        }

        @Test
        void letteredNotes() {
            Document d = parse("A point [a] and another [b].\n\nNotes\n\na. First note.\n\nb. Second note.");
            assertThat(d.notes()).extracting(Entry::label).containsExactly("a", "b");
        }

        @Test
        void aNumberedListInsideTheBodyStaysBody() {
            Document d = parse("Cites [1] [2] [3] [4] [5] [6].\n\nThe Soviet declares:\n\n1. Count Witte calls upon us.\n\n"
                    + "2. Count Witte draws attention.\n\nAnd so on, as the text goes.\n\n\n1. A.\n\n2. B.\n\n3. C.\n\n4. D.\n\n5. E.\n\n6. F.");
            assertThat(d.references()).hasSize(6);
            assertThat(d.references().get(0).span().line()).isGreaterThan(10);
        }
    }

    @Nested
    class Footer {

        @Test
        void dateStyles() {
            assertThat(parse("Text.\n\nLast updated on 5 August 2009").footer().orElseThrow().dateText()).isEqualTo("5 August 2009");
            assertThat(parse("Text.\n\nLast updated: 12.1.2005").footer().orElseThrow().dateText()).isEqualTo("12.1.2005");
            assertThat(parse("Text.\n\nLast updated on: 2 November 2020.").footer().orElseThrow().dateText()).isEqualTo("2 November 2020");
        }
    }

    @Nested
    class SourceText {

        @Test
        void crlfBomAndNoFinalNewline() {
            String text = "\uFEFFTony Cliff\r\n\r\nIt cites [1].\r\n\r\n\r\n1. Ibid.";
            Document d = parse(text);
            assertThat(d.hasByteOrderMark()).isTrue();
            Citation c = d.citations().get(0);
            assertThat(c.span().line()).isEqualTo(3);
            assertThat(c.span().column()).isEqualTo(10);
            assertThat(d.text(c.span())).isEqualTo("[1]");
            assertThat(d.frontMatter().author().orElseThrow().span().column()).isEqualTo(1);
            assertThat(d.references()).hasSize(1);
        }

        @Test
        void loneCarriageReturnsEndLines() {
            Document d = parse("One.\r\rTwo cites [1].\r");
            assertThat(d.citations().get(0).span().line()).isEqualTo(3);
        }

        @Test
        void charactersOutsideTheBmpKeepOffsetsAndColumnsRight() {
            String text = "A 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 word[1] here.";
            Document d = parse(text);
            Citation c = d.citations().get(0);
            assertThat(c.span().offset()).isEqualTo(text.indexOf("[1]"));
            assertThat(c.span().column()).isEqualTo(text.codePointCount(0, text.indexOf("[1]")) + 1);
        }

        @Test
        void tabsAreText() {
            Document d = parse("Imports\tExports\n\n1913\t936.6\t1,472.1");
            assertThat(d.body()).hasSize(2).allMatch(Paragraph.class::isInstance);
        }
    }
}
