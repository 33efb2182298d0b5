package org.miatext.render;

import java.util.ArrayList;
import java.util.List;
import org.miatext.ast.BlankLines;
import org.miatext.ast.Block;
import org.miatext.ast.BlockQuote;
import org.miatext.ast.Citation;
import org.miatext.ast.Document;
import org.miatext.ast.EditorialBracket;
import org.miatext.ast.Entry;
import org.miatext.ast.EntryLabel;
import org.miatext.ast.Footer;
import org.miatext.ast.Heading;
import org.miatext.ast.Inline;
import org.miatext.ast.LineBreak;
import org.miatext.ast.NotesHeading;
import org.miatext.ast.Paragraph;
import org.miatext.ast.Reference;
import org.miatext.ast.Text;
import org.miatext.ast.TextBlock;

/**
 * Renders a chapter as a TEI P5 document, for digital editions and the tools that read them.
 *
 * <ul>
 *   <li>{@code teiHeader}: the title (work title and chapter heading), the author, the source
 *       file;</li>
 *   <li>{@code front/titlePage}: the author line ({@code docAuthor}) and the work title
 *       ({@code docTitle/titlePart});</li>
 *   <li>{@code body/div[@type='chapter']}: the chapter heading as its {@code head}, subtitles as
 *       {@code head[@type='sub']}, paragraphs, block quotations as {@code quote} (a quotation of
 *       several blocks one {@code quote} with a {@code p} each), and each section heading opening
 *       a {@code div[@type='section']};</li>
 *   <li>citations as {@code <ref type="citation" target="#ref-12">[12]</ref>} (no {@code target}
 *       when the chapter lacks the entry), editorial brackets as {@code seg[@type='editorial']},
 *       line breaks inside a block as {@code lb};</li>
 *   <li>{@code back}: each notes list as a {@code div[@type='notes']} (its heading, if the page kept
 *       it, as {@code head}) of {@code <note xml:id="ref-12" n="12" type="reference">} or
 *       {@code type="note"} entries, each opening with its {@code label}; the "Last updated" line
 *       as {@code div[@type='colophon']}.</li>
 * </ul>
 *
 * <p>Ids are those of {@link HtmlRenderer}. Body text found after a notes list (an appendix) joins
 * the body, since TEI keeps the back matter last. Characters XML cannot carry (control
 * characters but tab, line feed and carriage return; lone surrogates; U+FFFE and U+FFFF) become
 * U+FFFD. Every word of the chapter is in the {@code text} element, none twice.
 */
public final class TeiRenderer {

    /** The TEI namespace. */
    public static final String NAMESPACE = "http://www.tei-c.org/ns/1.0";

    private TeiRenderer() {
    }

    /** The chapter as a TEI document (XML, UTF-8). */
    public static String render(Document document) {
        return new Writer(document).write();
    }

    private static final class Writer {
        private final Document document;
        private final Anchors anchors;
        private final StringBuilder out;
        private boolean inSection;
        private boolean inQuote;
        private boolean divHasContent;

        Writer(Document document) {
            this.document = document;
            this.anchors = new Anchors(document);
            this.out = new StringBuilder(document.source().length() * 5 / 4 + 1024);
        }

        String write() {
            List<Heading> authors = new ArrayList<>();
            List<Heading> titles = new ArrayList<>();
            for (Block block : document.blocks()) {
                if (block instanceof Heading h && h.role() == Heading.Role.AUTHOR) {
                    authors.add(h);
                } else if (block instanceof Heading h && h.role() == Heading.Role.WORK_TITLE) {
                    titles.add(h);
                }
            }
            out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"").append(NAMESPACE).append("\">\n");
            header(authors);
            out.append("<text>\n");
            if (!authors.isEmpty() || !titles.isEmpty()) {
                out.append("<front>\n<titlePage>\n");
                for (Heading title : titles) {
                    out.append("<docTitle><titlePart type=\"main\">");
                    inlines(title.content(), null);
                    out.append("</titlePart></docTitle>\n");
                }
                for (Heading author : authors) {
                    out.append("<docAuthor>");
                    inlines(author.content(), null);
                    out.append("</docAuthor>\n");
                }
                out.append("</titlePage>\n</front>\n");
            }
            body();
            back();
            out.append("</text>\n</TEI>\n");
            return out.toString();
        }

        private void header(List<Heading> authors) {
            out.append("<teiHeader>\n<fileDesc>\n<titleStmt>\n<title>");
            escape(Anchors.title(document), out);
            out.append("</title>\n");
            for (Heading author : authors) {
                out.append("<author>");
                escape(author.text().replaceAll("\\s+", " ").strip(), out);
                out.append("</author>\n");
            }
            out.append("</titleStmt>\n<publicationStmt>\n<p>Converted from plain text by miatext.</p>\n"
                    + "</publicationStmt>\n<sourceDesc>\n<p>");
            escape(document.sourceName(), out);
            out.append("</p>\n</sourceDesc>\n</fileDesc>\n</teiHeader>\n");
        }

        private void body() {
            out.append("<body>\n<div type=\"chapter\">\n");
            for (Block block : document.blocks()) {
                if (block instanceof Heading h && h.role() == Heading.Role.CHAPTER) {
                    head(h, "");
                } else if (block instanceof Heading h && h.role() == Heading.Role.SUBTITLE) {
                    head(h, " type=\"sub\"");
                }
            }
            for (Block block : document.blocks()) {
                if (block instanceof BlankLines || block instanceof Entry || block instanceof NotesHeading
                        || block instanceof Footer) {
                    continue;
                }
                if (!(block instanceof BlockQuote quote && quote.continuation())) {
                    closeQuote();
                }
                if (block instanceof Heading heading) {
                    if (heading.role() == Heading.Role.SECTION) {
                        closeSection();
                        out.append("<div type=\"section\">\n");
                        inSection = true;
                        head(heading, "");
                        divHasContent = false;
                    }
                } else if (block instanceof Paragraph paragraph) {
                    paragraph(paragraph.content(), null);
                } else if (block instanceof BlockQuote quote) {
                    if (!inQuote) {
                        out.append("<quote>\n");
                        inQuote = true;
                    }
                    paragraph(quote.content(), null);
                }
            }
            closeQuote();
            closeSection();
            if (!divHasContent) {
                out.append("<p/>\n");   // a div needs more than its head
            }
            out.append("</div>\n</body>\n");
        }

        private void back() {
            boolean any = document.blocks().stream().anyMatch(b -> b instanceof Entry || b instanceof NotesHeading
                    || b instanceof Footer);
            if (!any) {
                return;
            }
            out.append("<back>\n");
            boolean inNotes = false;
            boolean notesHaveContent = false;
            for (Block block : document.blocks()) {
                if (block instanceof NotesHeading heading) {
                    if (inNotes) {
                        out.append(notesHaveContent ? "" : "<p/>\n").append("</div>\n");
                    }
                    out.append("<div type=\"notes\">\n");
                    inNotes = true;
                    notesHaveContent = false;
                    if (!heading.isDropped()) {
                        out.append("<head>");
                        escape(heading.text().strip(), out);
                        out.append("</head>\n");
                    }
                } else if (block instanceof Entry entry) {
                    if (!inNotes) {
                        out.append("<div type=\"notes\">\n");
                        inNotes = true;
                    }
                    entry(entry);
                    notesHaveContent = true;
                }
            }
            if (inNotes) {
                out.append(notesHaveContent ? "" : "<p/>\n").append("</div>\n");
            }
            for (Block block : document.blocks()) {
                if (block instanceof Footer footer) {   // a garbled page can have two
                    out.append("<div type=\"colophon\">\n<p>");
                    escape(footer.text().strip(), out);
                    out.append("</p>\n</div>\n");
                }
            }
            out.append("</back>\n");
        }

        private void head(Heading heading, String attributes) {
            out.append("<head").append(attributes).append('>');
            inlines(heading.content(), null);
            out.append("</head>\n");
        }

        private void entry(Entry entry) {
            out.append("<note xml:id=\"").append(anchors.id(entry)).append("\" n=\"");
            escape(entry.label(), out);
            out.append("\" type=\"").append(entry instanceof Reference ? "reference" : "note").append("\">\n");
            boolean quoting = false;
            for (Block inner : entry.blocks()) {
                if (!(inner instanceof TextBlock textBlock)) {
                    continue;
                }
                boolean quote = inner instanceof BlockQuote;
                if (quoting && !(quote && ((BlockQuote) inner).continuation())) {
                    out.append("</quote>\n");
                    quoting = false;
                }
                if (quote && !quoting) {
                    out.append("<quote>\n");
                    quoting = true;
                }
                paragraph(textBlock.content(), entry);
            }
            out.append(quoting ? "</quote>\n" : "").append("</note>\n");
        }

        private void paragraph(List<Inline> content, Entry entry) {
            out.append("<p>");
            inlines(content, entry);
            out.append("</p>\n");
            divHasContent = true;
        }

        private void inlines(List<Inline> content, Entry entry) {
            for (Inline inline : content) {
                if (inline instanceof Citation citation) {
                    String target = anchors.target(citation);
                    out.append("<ref type=\"citation\"");
                    if (target != null) {
                        out.append(" target=\"#").append(target).append('"');
                    }
                    out.append('>');
                    escape(citation.text(), out);
                    out.append("</ref>");
                } else if (inline instanceof EntryLabel label) {
                    String text = label.text().stripTrailing();
                    out.append("<label>");
                    escape(text, out);
                    out.append("</label>");
                    escape(label.text().substring(text.length()), out);
                } else if (inline instanceof EditorialBracket bracket) {
                    out.append("<seg type=\"editorial\">");
                    escape(bracket.text(), out);
                    out.append("</seg>");
                } else if (inline instanceof LineBreak) {
                    out.append("<lb/>\n");
                } else if (inline instanceof Text text) {
                    escape(text.text(), out);
                }
            }
        }

        private void closeQuote() {
            if (inQuote) {
                out.append("</quote>\n");
                inQuote = false;
            }
        }

        private void closeSection() {
            if (inSection) {
                out.append(divHasContent ? "" : "<p/>\n").append("</div>\n");
                inSection = false;
                divHasContent = true;   // the chapter's div holds the section now
            }
        }
    }

    private static void escape(String s, StringBuilder out) {
        Characters.escapeMarkup(s, out, true);
    }
}
