package org.miatext.render;

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
 * Renders a chapter as HTML5, with its structure made explicit: the front matter as title
 * headings, section headings, paragraphs, block quotations (a quotation of several blocks in one
 * {@code <blockquote>}), and every citation a link to its entry and back.
 *
 * <table>
 * <caption>What each part of the chapter becomes</caption>
 * <tr><th>chapter</th><th>HTML</th></tr>
 * <tr><td>author line, subtitle</td><td>{@code <p class="author">}, {@code <p class="subtitle">}</td></tr>
 * <tr><td>work title, chapter heading, section heading</td><td>{@code <h1>}, {@code <h2>}, {@code <h3>}</td></tr>
 * <tr><td>paragraph, block quotation</td><td>{@code <p>}, {@code <blockquote><p>}</td></tr>
 * <tr><td>citation {@code [12]}, {@code [3*]}</td><td>{@code <a class="citation" id="cite-ref-12"
 *     href="#ref-12">[12]</a>}, {@code href="#note-3"}; a citation whose entry the chapter lacks:
 *     {@code <span class="citation unresolved">}</td></tr>
 * <tr><td>editorial bracket {@code [My emphasis]}</td><td>{@code <span class="editorial">}</td></tr>
 * <tr><td>notes heading and entries</td><td>{@code <section class="notes">} with
 *     {@code <h3 class="notes-heading">} and one {@code <div class="reference" id="ref-12">} or
 *     {@code <div class="note" id="note-3">} per entry, whose label links back to its first
 *     citation</td></tr>
 * <tr><td>"Last updated on ..." line</td><td>{@code <footer>}</td></tr>
 * </table>
 *
 * <p>Ids are made unique: a second citation of entry 12 is {@code cite-ref-12-2}, an entry of a
 * second independent sequence ({@link Document#sequencePart(Entry)}) {@code ref-12-p2}. The text
 * is the source's, escaped, except characters HTML cannot carry (NUL and other control
 * characters, lone surrogates), which become U+FFFD.
 */
public final class HtmlRenderer {

    /** A page that reads like the archive's: a column of text, quotations set in, markers raised. */
    private static final String STYLE = """
            body { max-width: 42em; margin: 2em auto; padding: 0 1em; font-family: Georgia, serif; line-height: 1.5; }
            p.author, p.subtitle { font-style: italic; }
            blockquote { margin: 1em 2em; font-size: 95%; }
            a.citation, span.citation { font-size: 75%; vertical-align: super; text-decoration: none; }
            span.citation.unresolved { color: #a00; }
            span.editorial { color: #555; }
            section.notes { font-size: 90%; border-top: 1px solid #ccc; margin-top: 2em; }
            footer { font-size: 85%; color: #555; margin-top: 2em; }
            """;

    private HtmlRenderer() {
    }

    /**
     * A whole HTML page, titled after the chapter's work title and chapter heading, with a small
     * stylesheet of its own (a column of text, quotations set in, markers raised).
     */
    public static String render(Document document) {
        StringBuilder out = new StringBuilder(document.source().length() * 5 / 4 + 512);
        out.append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>");
        text(Anchors.title(document), out);
        out.append("</title>\n<meta name=\"generator\" content=\"miatext\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        body(document, out);
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    /** The chapter alone, as an {@code <article class="chapter">}: for a page of one's own. */
    public static String renderBody(Document document) {
        StringBuilder out = new StringBuilder(document.source().length() * 5 / 4 + 256);
        body(document, out);
        return out.toString();
    }

    private static void body(Document document, StringBuilder out) {
        new Writer(document, out).write();
    }

    /** One rendering: where it is in the block structure, and the document's ids. */
    private static final class Writer {
        private final Document document;
        private final StringBuilder out;
        private final Anchors anchors;
        private boolean inQuote;
        private boolean inNotes;

        Writer(Document document, StringBuilder out) {
            this.document = document;
            this.out = out;
            this.anchors = new Anchors(document);
        }

        void write() {
            out.append("<article class=\"chapter\">\n");
            for (Block block : document.blocks()) {
                block(block);
            }
            closeQuote();
            closeNotes();
            out.append("</article>\n");
        }

        private void block(Block block) {
            if (block instanceof BlankLines) {
                return;
            }
            if (!(block instanceof BlockQuote quote && quote.continuation())) {
                closeQuote();
            }
            if (!(block instanceof Entry)) {
                closeNotes();
            }
            if (block instanceof Heading heading) {
                heading(heading);
            } else if (block instanceof Paragraph paragraph) {
                paragraph(paragraph.content(), null);
            } else if (block instanceof BlockQuote quote) {
                if (!inQuote) {
                    out.append("<blockquote>\n");
                    inQuote = true;
                }
                paragraph(quote.content(), null);
            } else if (block instanceof NotesHeading notesHeading) {
                openNotes();
                if (!notesHeading.isDropped()) {
                    out.append("<h3 class=\"notes-heading\">");
                    text(notesHeading.text().strip(), out);
                    out.append("</h3>\n");
                }
            } else if (block instanceof Entry entry) {
                entry(entry);
            } else if (block instanceof Footer footer) {
                out.append("<footer><p>");
                text(footer.text().strip(), out);
                out.append("</p></footer>\n");
            }
        }

        private void heading(Heading heading) {
            String tag = switch (heading.role()) {
                case WORK_TITLE -> "h1";
                case CHAPTER -> "h2";
                case SECTION -> "h3";
                case AUTHOR, SUBTITLE -> "p";
            };
            out.append('<').append(tag);
            switch (heading.role()) {
                case AUTHOR -> out.append(" class=\"author\"");
                case SUBTITLE -> out.append(" class=\"subtitle\"");
                default -> { }
            }
            out.append('>');
            inlines(heading.content(), null);
            out.append("</").append(tag).append(">\n");
        }

        private void entry(Entry entry) {
            openNotes();
            out.append("<div class=\"").append(entry instanceof Reference ? "reference" : "note")
                    .append("\" id=\"").append(anchors.id(entry)).append("\">\n");
            boolean quoting = false;
            for (Block inner : entry.blocks()) {
                if (inner instanceof BlockQuote quote) {
                    if (!quoting || !quote.continuation()) {
                        out.append(quoting ? "</blockquote>\n" : "").append("<blockquote>\n");
                        quoting = true;
                    }
                    paragraph(quote.content(), entry);
                } else if (inner instanceof TextBlock textBlock) {
                    out.append(quoting ? "</blockquote>\n" : "");
                    quoting = false;
                    paragraph(textBlock.content(), entry);
                }
            }
            out.append(quoting ? "</blockquote>\n" : "").append("</div>\n");
        }

        private void paragraph(List<Inline> content, Entry entry) {
            out.append("<p>");
            inlines(content, entry);
            out.append("</p>\n");
        }

        private void inlines(List<Inline> content, Entry entry) {
            for (Inline inline : content) {
                if (inline instanceof Citation citation) {
                    String target = anchors.target(citation);
                    if (target == null) {
                        out.append("<span class=\"citation unresolved\">");
                        text(citation.text(), out);
                        out.append("</span>");
                    } else {
                        out.append("<a class=\"citation\" id=\"").append(anchors.id(citation))
                                .append("\" href=\"#").append(target).append("\">");
                        text(citation.text(), out);
                        out.append("</a>");
                    }
                } else if (inline instanceof EntryLabel label) {
                    String back = entry == null ? null : anchors.firstCitation(entry);
                    if (back == null) {
                        out.append("<span class=\"label\">");
                    } else {
                        out.append("<a class=\"label\" href=\"#").append(back).append("\">");
                    }
                    text(label.text().stripTrailing(), out);
                    out.append(back == null ? "</span>" : "</a>");
                    text(label.text().substring(label.text().stripTrailing().length()), out);
                } else if (inline instanceof EditorialBracket bracket) {
                    out.append("<span class=\"editorial\">");
                    text(bracket.text(), out);
                    out.append("</span>");
                } else if (inline instanceof LineBreak) {
                    out.append("<br>\n");
                } else if (inline instanceof Text text) {
                    text(text.text(), out);
                }
            }
        }

        private void closeQuote() {
            if (inQuote) {
                out.append("</blockquote>\n");
                inQuote = false;
            }
        }

        private void openNotes() {
            if (!inNotes) {
                out.append("<section class=\"notes\">\n");
                inNotes = true;
            }
        }

        private void closeNotes() {
            if (inNotes) {
                out.append("</section>\n");
                inNotes = false;
            }
        }
    }

    private static void text(String s, StringBuilder out) {
        Characters.escapeMarkup(s, out, false);
    }
}
