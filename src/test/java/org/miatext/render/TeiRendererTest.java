package org.miatext.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.miatext.MiaText;
import org.miatext.ast.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The chapter as TEI, read back with the JDK's XML parser and XPath. */
class TeiRendererTest {

    static final Document SEED = MiaText.parse(Path.of("seeds/000_69c2650609e06f78.txt"));

    /** XPath over a TEI document, the prefix {@code t} bound to the TEI namespace. */
    private static final class Tei {
        final org.w3c.dom.Document dom;
        final XPath xpath = XPathFactory.newInstance().newXPath();

        Tei(String xml) throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            dom = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            xpath.setNamespaceContext(new javax.xml.namespace.NamespaceContext() {
                public String getNamespaceURI(String prefix) {
                    return switch (prefix) {
                        case "t" -> TeiRenderer.NAMESPACE;
                        case "xml" -> javax.xml.XMLConstants.XML_NS_URI;
                        default -> javax.xml.XMLConstants.NULL_NS_URI;
                    };
                }

                public String getPrefix(String uri) {
                    return null;
                }

                public java.util.Iterator<String> getPrefixes(String uri) {
                    return null;
                }
            });
        }

        String text(String path) throws Exception {
            return xpath.evaluate(path, dom).replaceAll("\\s+", " ").strip();
        }

        int count(String path) throws Exception {
            return ((NodeList) xpath.evaluate(path, dom, XPathConstants.NODESET)).getLength();
        }
    }

    @Test
    @DisplayName("the seed: header, title page, chapter with its sections, quotations, notes in the back")
    void seed() throws Exception {
        String xml = TeiRenderer.render(SEED);
        RenderedChecks.tei(SEED, xml);
        Tei tei = new Tei(xml);
        assertThat(tei.text("/t:TEI/t:teiHeader/t:fileDesc/t:titleStmt/t:title"))
                .isEqualTo("Trotsky: Fighting the rising Stalinist bureaucracy – 4. The Lessons of October");
        assertThat(tei.text("/t:TEI/t:teiHeader/t:fileDesc/t:titleStmt/t:author")).isEqualTo("Tony Cliff");
        assertThat(tei.text("//t:front/t:titlePage/t:docAuthor")).isEqualTo("Tony Cliff");
        assertThat(tei.text("//t:front/t:titlePage/t:docTitle/t:titlePart"))
                .isEqualTo("Trotsky: Fighting the rising Stalinist bureaucracy");
        assertThat(tei.text("//t:body/t:div[@type='chapter']/t:head[1]")).isEqualTo("4. The Lessons of October");
        assertThat(tei.text("//t:body/t:div[@type='chapter']/t:head[@type='sub']"))
                .isEqualTo("Trotsky uses history to castigate Zinoviev and Kamenev");
        assertThat(tei.count("//t:body//t:quote")).isEqualTo(34);
        assertThat(tei.count("//t:ref[@type='citation'][@target]")).isEqualTo(63);
        assertThat(tei.count("//t:back/t:div[@type='notes']/t:note[@type='reference']")).isEqualTo(60);
        assertThat(tei.count("//t:back/t:div[@type='notes']/t:note[@type='note']")).isEqualTo(3);
        assertThat(tei.text("//t:note[@xml:id='ref-1']/t:p/t:label")).isEqualTo("1.");
        assertThat(tei.text("//t:note[@xml:id='ref-1']/@n")).isEqualTo("1");
        assertThat(tei.text("//t:ref[1]/@target")).isEqualTo("#ref-1");
        assertThat(tei.text("//t:back/t:div[@type='colophon']")).isEqualTo("Last updated on 5 August 2009");
    }

    @Test
    @DisplayName("section headings open divisions; a citation with no entry is a ref without a target")
    void sectionsAndUnresolvedCitations() throws Exception {
        Document doc = MiaText.parse("""
                Tony Cliff

                Trotsky

                4. The Lessons of October

                The party history, Trotsky wrote, fell into three distinct periods. [1]

                The Years of Preparation

                He [Lenin] said so. [2]

                The Decisive Trial

                And it was tried.
                First line,
                second line.

                1. Trotsky, Challenge, p.12.
                """);
        String xml = TeiRenderer.render(doc);
        RenderedChecks.tei(doc, xml);
        Tei tei = new Tei(xml);
        assertThat(tei.count("//t:div[@type='chapter']/t:div[@type='section']")).isEqualTo(2);
        assertThat(tei.text("//t:div[@type='section'][1]/t:head")).isEqualTo("The Years of Preparation");
        assertThat(tei.text("//t:div[@type='section'][1]//t:seg[@type='editorial']")).isEqualTo("[Lenin]");
        assertThat(tei.count("//t:ref[not(@target)]")).isEqualTo(1);
        assertThat(tei.count("//t:div[@type='section'][2]//t:lb")).isEqualTo(2);
    }

    @Test
    @DisplayName("characters XML cannot carry become U+FFFD; markup characters are text")
    void escapes() throws Exception {
        Document doc = MiaText.parse("Tony Cliff\n\nA <b> & \"text\" \u0000 \u000C \uD800 \uFFFF here, plainly said.\n");
        String xml = TeiRenderer.render(doc);
        RenderedChecks.tei(doc, xml);
        assertThat(new Tei(xml).text("//t:body//t:p")).isEqualTo("A <b> & \"text\" \uFFFD \uFFFD \uFFFD \uFFFD here, plainly said.");
    }

    @Test
    @DisplayName("a garbled page with two footers keeps both (found by the generated chapters)")
    void twoFooters() throws Exception {
        Document doc = MiaText.parse("Last updated on1. Revolution must I 1924.\n\nLast updated on 13 August 2009\n");
        String xml = TeiRenderer.render(doc);
        RenderedChecks.tei(doc, xml);
        RenderedChecks.html(doc, HtmlRenderer.render(doc));
        RenderedChecks.markdown(doc, MarkdownRenderer.render(doc));
    }

    @Test
    @DisplayName("an empty chapter is still a valid document")
    void empty() throws Exception {
        Document doc = MiaText.parse("");
        String xml = TeiRenderer.render(doc);
        RenderedChecks.tei(doc, xml);
        assertThat(new Tei(xml).count("//t:body/t:div/t:p")).isEqualTo(1);
    }
}
