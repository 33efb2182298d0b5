package org.miatext.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.miatext.MiaText;
import org.miatext.ast.Document;

/** The chapter as Markdown, read back with commonmark-java and its footnotes extension. */
class MarkdownRendererTest {

    static final Document SEED = MiaText.parse(Path.of("seeds/000_69c2650609e06f78.txt"));
    private static final List<org.commonmark.Extension> FOOTNOTES = List.of(FootnotesExtension.create());

    /** The Markdown as a Markdown reader shows it: commonmark-java's HTML, read by jsoup. */
    private static org.jsoup.nodes.Document shown(String markdown) {
        String html = HtmlRenderer.builder().extensions(FOOTNOTES).build()
                .render(Parser.builder().extensions(FOOTNOTES).build().parse(markdown));
        return Jsoup.parseBodyFragment(html);
    }

    @Test
    @DisplayName("the seed: titles as headings, quotations as block quotes, every citation a footnote")
    void seed() {
        String markdown = MarkdownRenderer.render(SEED);
        RenderedChecks.markdown(SEED, markdown);
        assertThat(markdown).startsWith("""
                Tony Cliff

                # Trotsky: Fighting the rising Stalinist bureaucracy

                ## 4\\. The Lessons of October

                *Trotsky uses history to castigate Zinoviev and Kamenev*

                """);
        org.jsoup.nodes.Document shown = shown(markdown);
        assertThat(shown.select("h1").text()).isEqualTo("Trotsky: Fighting the rising Stalinist bureaucracy");
        assertThat(shown.select("h2").text()).isEqualTo("4. The Lessons of October");
        assertThat(shown.select("body > blockquote")).hasSize(34);
        assertThat(shown.select("sup.footnote-ref")).hasSize(63);
        assertThat(shown.select("section.footnotes > ol > li")).hasSize(63);   // 60 references, 3 notes
        assertThat(markdown).contains("[^ref-1]: Protokoll des Fünften Kongresses")
                .endsWith("\n\nLast updated on 5 August 2009\n\n");
    }

    private static final String BEFORE = """
            Tony Cliff

            Trotsky

            4. The Lessons of October

            The party history, Trotsky wrote, fell into three distinct periods, each with problems of its own.

            """;

    @ParameterizedTest(name = "{0}")
    @DisplayName("text that looks like Markdown stays text")
    @ValueSource(strings = {
        "1986. The year of the strike.",
        "12) A point of order.",
        "- not a list item",
        "+ not one either",
        "* * *",
        "# not a heading",
        "> not a quotation",
        "<b>not HTML</b> and <http://example.org>",
        "[a link](http://example.org) and ![an image](x.png)",
        "*not emphasis* and _nor this_ and `no code`",
        "AT&T &amp; &#42; entities stay as written",
        "a | table | row",
        "~~not struck~~",
        "back\\slash at the end\\",
    })
    void markupCharactersAreText(String line) {
        Document doc = MiaText.parse(BEFORE + line + "\n\nAnd the text goes on after it, as prose does.\n");
        String markdown = MarkdownRenderer.render(doc);
        RenderedChecks.markdown(doc, markdown);
        org.jsoup.nodes.Document shown = shown(markdown);
        // A paragraph, a quotation or a section heading, as the parser read it: its text intact.
        assertThat(shown.body().children()).allMatch(e -> List.of("p", "blockquote", "h1", "h2", "h3").contains(e.tagName()));
        assertThat(shown.body().child(4).text()).isEqualTo(line.strip());
    }

    @Test
    @DisplayName("a line that would underline the one above as a heading stays a line")
    void setextUnderlines() {
        Document doc = MiaText.parse(BEFORE + "A line of text\n===\nand another\n---\n");
        org.jsoup.nodes.Document shown = shown(MarkdownRenderer.render(doc));
        assertThat(shown.select("hr")).isEmpty();
        assertThat(shown.body().child(4).text()).isEqualTo("A line of text === and another ---");
    }

    @Test
    @DisplayName("a second citation of an entry refers to the same footnote; an uncited entry keeps its label")
    void citationsAndEntries() {
        Document doc = MiaText.parse("""
                First mention. [1] Asterisked aside. [1*] Second mention. [1] Missing. [4]

                1*. An aside of the author.

                1. Trotsky, Challenge, p.12.

                3. Lenin, Works, p.1.
                """);
        String markdown = MarkdownRenderer.render(doc);
        RenderedChecks.markdown(doc, markdown);
        assertThat(markdown).contains("First mention. [^ref-1] Asterisked aside. [^note-1] Second mention. [^ref-1]"
                + " Missing. \\[4\\]");
        assertThat(markdown).contains("[^note-1]: An aside of the author.", "[^ref-1]: Trotsky, Challenge, p.12.",
                "\n3\\. Lenin, Works, p.1.");
    }

    @Test
    @DisplayName("text right after a footnote reference cannot turn it into a link or a definition")
    void afterAFootnoteReference() {
        for (String after : List.of("(1928-29) of Kamenev.", ": a colon.", "! and [sic]")) {
            Document doc = MiaText.parse(BEFORE + "[3*]" + after + "\n\nPeasants [3*]" + after + "\n\n3*. My emphasis.\n");
            String markdown = MarkdownRenderer.render(doc);
            RenderedChecks.markdown(doc, markdown);
            assertThat(doc.citations()).isNotEmpty();
            assertThat(shown(markdown).select("sup.footnote-ref")).as(markdown).hasSize(doc.citations().size());
            assertThat(shown(markdown).select("a:not([data-footnote-ref]):not(.footnote-backref)")).as(markdown).isEmpty();
        }
    }

    @Test
    @DisplayName("a line break of the source is a hard break; a quotation of several blocks one block quote")
    void breaksAndQuotations() {
        Document doc = MiaText.parse("Then he went on.\nFirst line,\nsecond line.\n");
        assertThat(MarkdownRenderer.render(doc)).isEqualTo("Then he went on.\\\nFirst line,\\\nsecond line.\n\n");
        org.jsoup.nodes.Document shown = shown(MarkdownRenderer.render(SEED));
        long quoteBlocks = SEED.body().stream().filter(b -> b instanceof org.miatext.ast.BlockQuote).count();
        assertThat(shown.select("body > blockquote > p")).hasSize((int) quoteBlocks);
    }

    @Test
    @DisplayName("characters Markdown cannot carry become U+FFFD")
    void unrepresentable() {
        String markdown = MarkdownRenderer.render(MiaText.parse("A \u0000 and \uD800 here.\n"));
        assertThat(markdown).isEqualTo("A \uFFFD and \uFFFD here.\n\n");
    }
}
