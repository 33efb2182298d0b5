package org.miatext.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.miatext.ast.Block;
import org.miatext.ast.BlockQuote;
import org.miatext.ast.Document;
import org.miatext.ast.EditorialBracket;
import org.miatext.ast.Entry;
import org.miatext.ast.Footer;
import org.miatext.ast.Heading;
import org.miatext.ast.Inline;
import org.miatext.ast.NotesHeading;
import org.miatext.ast.Text;
import org.miatext.ast.TextBlock;

/**
 * What the HTML and Markdown renderers must keep on any chapter, read back with real parsers
 * (jsoup, commonmark-java with its footnotes extension). Used by the renderers' tests and by the
 * fuzz tests.
 */
public final class RenderedChecks {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private RenderedChecks() {
    }

    /**
     * The HTML page: every id unique, every in-page link lands on an id, one link per citation
     * whose entry the chapter has and an "unresolved" span per other, one element per entry and
     * per quotation, and the words of the page's text are the words of the source, no more and
     * no fewer.
     */
    public static void html(Document document, String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        Set<String> ids = new HashSet<>();
        for (Element element : page.select("[id]")) {
            check(ids.add(element.id()), "id used twice: " + element.id());
        }
        for (Element link : page.select("a[href]")) {
            String href = link.attr("href");
            check(href.startsWith("#") && ids.contains(href.substring(1)), "link to nowhere: " + href);
        }
        long resolved = document.citations().stream().filter(c -> document.entryFor(c).isPresent()).count();
        check(page.select("a.citation").size() == resolved, "citation links: " + page.select("a.citation").size()
                + ", resolved citations: " + resolved);
        check(page.select("span.citation.unresolved").size() == document.citations().size() - resolved,
                "unresolved citations");
        check(page.select("div.reference").size() == document.references().size(), "references");
        check(page.select("div.note").size() == document.notes().size(), "notes");
        check(page.select("blockquote").size() == quotations(document), "block quotations: "
                + page.select("blockquote").size() + ", expected " + quotations(document));
        check(words(page.body().text()).equals(words(document.source())), "the page's words are not the source's");
    }

    /**
     * The Markdown: no markup that the chapter did not call for (no list, link, code, HTML or
     * thematic break; emphasis only for subtitles), one footnote reference per citation whose
     * entry the chapter has and one definition per cited entry, a block quote per quotation at
     * most, and every word of the chapter's text, markers and labels aside, still there, with no
     * word that is not in the source.
     */
    public static void markdown(Document document, String markdown) {
        org.commonmark.node.Node root = Parser.builder().extensions(List.of(FootnotesExtension.create())).build()
                .parse(markdown);
        Map<String, Integer> counts = new HashMap<>();
        List<String> literals = new ArrayList<>();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Text text) {
                literals.add(text.getLiteral());
            }

            @Override
            protected void visitChildren(org.commonmark.node.Node parent) {
                counts.merge(parent.getClass().getSimpleName(), 1, Integer::sum);
                super.visitChildren(parent);
            }

        });
        for (Class<?> forbidden : List.of(ListBlock.class, org.commonmark.node.BulletList.class,
                org.commonmark.node.OrderedList.class, Link.class, Image.class, Code.class, FencedCodeBlock.class,
                IndentedCodeBlock.class, HtmlBlock.class, HtmlInline.class, ThematicBreak.class, StrongEmphasis.class,
                LinkReferenceDefinition.class)) {
            check(!counts.containsKey(forbidden.getSimpleName()), "markup the chapter did not call for: "
                    + forbidden.getSimpleName());
        }
        long subtitles = document.blocks().stream()
                .filter(b -> b instanceof Heading h && h.role() == Heading.Role.SUBTITLE).count();
        check(counts.getOrDefault(Emphasis.class.getSimpleName(), 0) <= subtitles, "emphasis beyond the subtitles");
        long resolved = document.citations().stream().filter(c -> document.entryFor(c).isPresent()).count();
        check(counts.getOrDefault(FootnoteReference.class.getSimpleName(), 0) == resolved,
                "footnote references: " + counts.get(FootnoteReference.class.getSimpleName()) + ", resolved citations: "
                        + resolved);
        long cited = document.entries().stream().filter(e -> !document.citationsOf(e).isEmpty()).count();
        check(counts.getOrDefault(FootnoteDefinition.class.getSimpleName(), 0) == cited, "footnote definitions: "
                + counts.get(FootnoteDefinition.class.getSimpleName()) + ", cited entries: " + cited);
        check(counts.getOrDefault(org.commonmark.node.BlockQuote.class.getSimpleName(), 0) <= quotations(document),
                "more block quotes than quotations");
        Map<String, Integer> rendered = words(String.join(" ", literals));
        Map<String, Integer> source = words(document.source());
        Map<String, Integer> text = words(textOf(document));
        text.forEach((word, n) -> check(rendered.getOrDefault(word, 0) >= n, "word lost: " + word));
        rendered.forEach((word, n) -> check(source.getOrDefault(word, 0) >= n, "word added: " + word));
    }

    /**
     * The TEI document: well-formed XML in the TEI namespace; every {@code xml:id} unique and every
     * {@code ref/@target} landing on one; a {@code ref} per citation (with a target when the
     * chapter has its entry), a {@code note} per entry, a {@code quote} per quotation; no {@code p}
     * or {@code quote} after a nested {@code div} and no {@code div} with nothing but a head (the
     * TEI content model); and the words of the {@code text} element those of the source exactly.
     */
    public static void tei(Document document, String xml) {
        org.w3c.dom.Document dom;
        try {
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            dom = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("TEI is not well-formed XML: " + e.getMessage(), e);
        }
        String tei = TeiRenderer.NAMESPACE;
        check(tei.equals(dom.getDocumentElement().getNamespaceURI()) && "TEI".equals(dom.getDocumentElement().getLocalName()),
                "root is not tei:TEI");
        Set<String> ids = new HashSet<>();
        org.w3c.dom.NodeList all = dom.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) all.item(i);
            check(tei.equals(e.getNamespaceURI()), "element outside the TEI namespace: " + e.getTagName());
            String id = e.getAttributeNS("http://www.w3.org/XML/1998/namespace", "id");
            if (!id.isEmpty()) {
                check(ids.add(id), "xml:id used twice: " + id);
            }
            if (e.getLocalName().equals("div")) {
                boolean nestedDiv = false;
                boolean content = false;
                for (org.w3c.dom.Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof org.w3c.dom.Element c) {
                        check(!(nestedDiv && !c.getLocalName().equals("div")), "a " + c.getLocalName() + " after a nested div");
                        nestedDiv |= c.getLocalName().equals("div");
                        content |= !c.getLocalName().equals("head");
                    }
                }
                check(content, "a div with nothing but its head");
            }
        }
        org.w3c.dom.NodeList refs = dom.getElementsByTagNameNS(tei, "ref");
        long resolved = document.citations().stream().filter(c -> document.entryFor(c).isPresent()).count();
        int targeted = 0;
        for (int i = 0; i < refs.getLength(); i++) {
            String target = ((org.w3c.dom.Element) refs.item(i)).getAttribute("target");
            if (!target.isEmpty()) {
                targeted++;
                check(target.startsWith("#") && ids.contains(target.substring(1)), "ref to nowhere: " + target);
            }
        }
        check(refs.getLength() == document.citations().size(), "refs: " + refs.getLength() + ", citations: "
                + document.citations().size());
        check(targeted == resolved, "refs with a target: " + targeted + ", resolved citations: " + resolved);
        check(dom.getElementsByTagNameNS(tei, "note").getLength() == document.entries().size(), "notes");
        check(dom.getElementsByTagNameNS(tei, "quote").getLength() == quotations(document), "quotes: "
                + dom.getElementsByTagNameNS(tei, "quote").getLength() + ", quotations: " + quotations(document));
        String text = dom.getElementsByTagNameNS(tei, "text").item(0).getTextContent();
        check(words(text).equals(words(document.source())), "the text's words are not the source's");
    }

    /** The chapter's own words: its text and editorial brackets, notes headings and footer. */
    private static String textOf(Document document) {
        StringBuilder text = new StringBuilder();
        for (Block block : document.blocks()) {
            if (block instanceof TextBlock textBlock) {
                inlines(textBlock.content(), text);
            } else if (block instanceof Entry entry) {
                entry.blocks().stream().filter(TextBlock.class::isInstance)
                        .forEach(b -> inlines(((TextBlock) b).content(), text));
            } else if (block instanceof NotesHeading heading) {
                text.append(heading.text()).append(' ');
            } else if (block instanceof Footer footer) {
                text.append(footer.text()).append(' ');
            }
        }
        return text.toString();
    }

    private static void inlines(List<Inline> content, StringBuilder into) {
        for (Inline inline : content) {
            if (inline instanceof Text || inline instanceof EditorialBracket) {
                into.append(inline.text());
            } else {
                into.append(' ');   // a marker or a line break parts words
            }
        }
        into.append(' ');
    }

    /** Quotations: runs of block quotes, a block that continues the one above counted with it. */
    static int quotations(Document document) {
        int count = countQuotations(document.blocks());
        for (Entry entry : document.entries()) {
            count += countQuotations(entry.blocks());
        }
        return count;
    }

    private static int countQuotations(List<Block> blocks) {
        int count = 0;
        boolean previousQuote = false;
        for (Block block : blocks) {
            if (block instanceof org.miatext.ast.BlankLines) {
                continue;
            }
            if (block instanceof BlockQuote quote && !(quote.continuation() && previousQuote)) {
                count++;
            }
            previousQuote = block instanceof BlockQuote;
        }
        return count;
    }

    /** The words of a text and how often each occurs; a soft hyphen joins (jsoup's text drops it). */
    static Map<String, Integer> words(String text) {
        Map<String, Integer> words = new HashMap<>();
        Matcher m = WORD.matcher(text.replace("\u00AD", ""));
        while (m.find()) {
            words.merge(m.group(), 1, Integer::sum);
        }
        return words;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
