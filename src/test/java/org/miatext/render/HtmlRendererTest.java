package org.miatext.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.miatext.MiaText;
import org.miatext.ast.BlockQuote;
import org.miatext.ast.Document;
import org.miatext.ast.Heading;

/** The chapter as HTML, read back with jsoup. */
class HtmlRendererTest {

    static final Document SEED = MiaText.parse(Path.of("seeds/000_69c2650609e06f78.txt"));

    private static org.jsoup.nodes.Document page(String text) {
        return Jsoup.parse(HtmlRenderer.render(MiaText.parse(text)));
    }

    @Test
    @DisplayName("the seed: front matter as titles, sections, 42 quotations, every citation a link to its reference")
    void seed() {
        String html = HtmlRenderer.render(SEED);
        RenderedChecks.html(SEED, html);
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        assertThat(page.title()).isEqualTo("Trotsky: Fighting the rising Stalinist bureaucracy – 4. The Lessons of October");
        assertThat(page.select("head > style")).hasSize(1);
        assertThat(page.select("head > meta[name=viewport]")).hasSize(1);
        assertThat(page.select("p.author").text()).isEqualTo("Tony Cliff");
        assertThat(page.select("h1").text()).isEqualTo("Trotsky: Fighting the rising Stalinist bureaucracy");
        assertThat(page.select("h2").text()).isEqualTo("4. The Lessons of October");
        assertThat(page.select("p.subtitle").text()).isEqualTo("Trotsky uses history to castigate Zinoviev and Kamenev");
        assertThat(page.select("h3").size()).isEqualTo((int) SEED.body().stream()
                .filter(b -> b instanceof Heading h && h.role() == Heading.Role.SECTION).count());
        assertThat(page.select("blockquote")).hasSize(RenderedChecks.quotations(SEED));
        assertThat(page.select("a.citation")).hasSize(63);
        assertThat(page.select("section.notes div.reference")).hasSize(60);
        assertThat(page.select("section.notes div.note")).hasSize(3);
        assertThat(page.select("footer").text()).isEqualTo("Last updated on 5 August 2009");
        Element first = page.selectFirst("a.citation");
        assertThat(first.text()).isEqualTo("[1]");
        assertThat(first.attr("href")).isEqualTo("#ref-1");
        assertThat(page.getElementById("ref-1").selectFirst("a.label").attr("href")).isEqualTo("#" + first.id());
        assertThat(page.getElementById("ref-1").text()).startsWith("1. Protokoll des Fünften Kongresses");
    }

    @Test
    @DisplayName("a quotation of several blocks is one blockquote; a line break of the source is a <br>")
    void quotationOfSeveralBlocks() {
        org.jsoup.nodes.Document page = Jsoup.parse(HtmlRenderer.render(SEED));
        long quoteBlocks = SEED.body().stream().filter(b -> b instanceof BlockQuote).count();
        long continuing = SEED.body().stream().filter(b -> b instanceof BlockQuote q && q.continuation()).count();
        assertThat(continuing).as("the seed has quotations of several blocks").isPositive();
        assertThat(page.select("article > blockquote")).hasSize((int) (quoteBlocks - continuing));
        assertThat(page.select("article > blockquote > p")).hasSize((int) quoteBlocks);
        assertThat(page("Then he went on.\nFirst line,\nsecond line.\n").select("p br")).hasSize(2);
    }

    @Test
    @DisplayName("a second citation of an entry gets its own id; the entry links back to the first")
    void citationsOfOneEntry() {
        org.jsoup.nodes.Document page = page("""
                First mention. [1] Asterisked aside. [1*] Second mention. [1]

                1*. An aside of the author.

                1. Trotsky, Challenge, p.12.
                """);
        assertThat(page.select("a.citation").eachAttr("id")).containsExactly("cite-ref-1", "cite-note-1", "cite-ref-1-2");
        assertThat(page.select("a.citation").eachAttr("href")).containsExactly("#ref-1", "#note-1", "#ref-1");
        assertThat(page.select("div.note#note-1 a.label").attr("href")).isEqualTo("#cite-note-1");
        assertThat(page.select("div.reference#ref-1 a.label").attr("href")).isEqualTo("#cite-ref-1");
    }

    @Test
    @DisplayName("a citation with no entry, an uncited entry and an editorial bracket are marked, not linked")
    void unresolvedAndEditorial() {
        org.jsoup.nodes.Document page = page("""
                He [Lenin] said so. [1] And more. [2]

                1. Trotsky, Challenge, p.12.

                3. Lenin, Works, p.1.
                """);
        assertThat(page.select("span.editorial").text()).isEqualTo("[Lenin]");
        assertThat(page.select("span.citation.unresolved").text()).isEqualTo("[2]");
        assertThat(page.select("a.citation").text()).isEqualTo("[1]");
        assertThat(page.select("div#ref-1 a.label").text()).isEqualTo("1.");
        assertThat(page.select("div#ref-3 span.label").text()).isEqualTo("3.");
    }

    @Test
    @DisplayName("markup characters are text; characters HTML cannot carry become U+FFFD")
    void escapes() {
        String html = HtmlRenderer.render(MiaText.parse("A <script>alert(1)</script> & \"quoted\" \u0000 \uD800 \uFFFF text.\n"));
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;", "&amp;", "&quot;quoted&quot;");
        assertThat(html).doesNotContain("\u0000").doesNotContain("\uD800").doesNotContain("\uFFFF").contains("\uFFFD \uFFFD \uFFFD");
        // U+FFFF would end the page for jsoup (its end-of-input mark): found by the fuzzer.
        assertThat(Jsoup.parse(html).select("p").text())
                .isEqualTo("A <script>alert(1)</script> & \"quoted\" \uFFFD \uFFFD \uFFFD text.");
    }

    @Test
    @DisplayName("renderBody gives the chapter alone, to embed in a page")
    void bodyOnly() {
        String body = HtmlRenderer.renderBody(SEED);
        assertThat(body).startsWith("<article class=\"chapter\">").endsWith("</article>\n").doesNotContain("<html", "<style");
        assertThat(HtmlRenderer.render(SEED)).contains(body);
    }

    @Test
    @DisplayName("a second sequence numbered from 1 again gets ids of its own, and its citations link into it")
    void twoSequences() {
        Document doc = MiaText.parse("""
                Foreword text. [1]

                Notes

                1. Foreword source.

                The article's text. [1] [2]

                Notes

                1. Article source one.

                2. Article source two.
                """);
        String html = HtmlRenderer.render(doc);
        RenderedChecks.html(doc, html);
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        assertThat(page.select("div.reference").eachAttr("id")).containsExactly("ref-1", "ref-1-p2", "ref-2-p2");
        assertThat(page.select("a.citation").eachAttr("href")).containsExactly("#ref-1", "#ref-1-p2", "#ref-2-p2");
    }
}
