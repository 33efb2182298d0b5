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
import org.miatext.ast.Text;
import org.miatext.ast.TextBlock;

/**
 * Renders a chapter as CommonMark with footnotes (the {@code [^label]} syntax of GitHub, Pandoc,
 * commonmark-java's and flexmark's footnote extensions).
 *
 * <ul>
 *   <li>work title {@code #}, chapter heading {@code ##}, section and notes headings {@code ###};
 *       the author line a paragraph, a subtitle an emphasised one;</li>
 *   <li>block quotations as {@code >} blocks, a quotation of several blocks as one;</li>
 *   <li>a citation as a footnote reference, {@code [^ref-12]} or {@code [^note-3]} (names as in
 *       {@link HtmlRenderer}), and each cited entry as the footnote's definition, without its
 *       label (renderers number footnotes themselves); an entry nothing cites stays a paragraph
 *       with its label, as renderers drop a definition nobody references; a citation of an entry
 *       the chapter lacks stays as written, {@code \[12\]};</li>
 *   <li>the source's line breaks inside a block as hard line breaks;</li>
 *   <li>everything else as text, escaped so that nothing in it reads as markup (a line opening
 *       with "1986." or "- " stays a paragraph line). Leading and trailing spaces of a line go,
 *       as do characters Markdown cannot carry (NUL and other control characters, lone
 *       surrogates: U+FFFD).</li>
 * </ul>
 */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    /** The chapter as Markdown. */
    public static String render(Document document) {
        return new Writer(document).write();
    }

    private static final class Writer {
        private final Document document;
        private final Anchors anchors;
        private final StringBuilder out;
        /** The block being written, line by line: escaping depends on where a line starts. */
        private final StringBuilder line = new StringBuilder();
        private boolean lineStart;
        private boolean inQuote;

        Writer(Document document) {
            this.document = document;
            this.anchors = new Anchors(document);
            this.out = new StringBuilder(document.source().length() * 9 / 8 + 256);
        }

        String write() {
            for (Block block : document.blocks()) {
                block(block);
            }
            return out.toString();
        }

        private void block(Block block) {
            if (block instanceof BlankLines) {
                return;
            }
            boolean goesOn = block instanceof BlockQuote quote && quote.continuation() && inQuote;
            inQuote = block instanceof BlockQuote;
            if (block instanceof Heading heading) {
                heading(heading);
            } else if (block instanceof Paragraph paragraph) {
                emit("", "", inlines(paragraph.content(), null, true));
            } else if (block instanceof BlockQuote quote) {
                if (goesOn) {
                    joinQuotation("");
                }
                emit("> ", "> ", inlines(quote.content(), null, true));
            } else if (block instanceof NotesHeading notesHeading) {
                if (!notesHeading.isDropped()) {
                    emit("### ", "", escapedLine(notesHeading.text()));
                }
            } else if (block instanceof Entry entry) {
                entry(entry);
            } else if (block instanceof Footer footer) {
                emit("", "", escapedLine(footer.text()));
            }
        }

        private void heading(Heading heading) {
            String text = inlines(heading.content(), null, false);
            switch (heading.role()) {
                case WORK_TITLE -> emit("# ", "", text);
                case CHAPTER -> emit("## ", "", text);
                case SECTION -> emit("### ", "", text);
                case AUTHOR -> emit("", "", text);
                case SUBTITLE -> emit("*", "", text.isEmpty() ? text : text + "*");
            }
        }

        /**
         * A cited entry is a footnote definition: its first block after the name, the others
         * indented under it. An entry nothing cites stays text, label and all.
         */
        private void entry(Entry entry) {
            boolean footnote = anchors.firstCitation(entry) != null;
            String indent = footnote ? "    " : "";
            boolean first = true;
            boolean quoting = false;
            for (Block inner : entry.blocks()) {
                if (!(inner instanceof TextBlock textBlock)) {
                    continue;
                }
                String text = inlines(textBlock.content(), footnote ? entry : null, true);
                boolean quote = inner instanceof BlockQuote;
                String marker = quote ? "> " : "";
                if (quote && quoting && ((BlockQuote) inner).continuation()) {
                    joinQuotation(indent);
                }
                if (footnote && first) {
                    emit("[^" + anchors.id(entry) + "]: " + marker, indent + marker, text.isBlank() ? "\u00A0" : text);
                } else {
                    emit(indent + marker, indent + marker, text);
                }
                quoting = quote;
                first = false;
            }
        }

        /** Writes a block: its first line after {@code first}, every further line after {@code rest}. */
        private void emit(String first, String rest, String text) {
            if (text.isBlank()) {
                return;
            }
            out.append(first).append(rest.isEmpty() ? text : text.replace("\n", "\n" + rest)).append("\n\n");
        }

        /** Joins a block quote to the one above, one quotation of several paragraphs. */
        private void joinQuotation(String indent) {
            if (out.length() >= 2 && out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) == '\n') {
                out.setLength(out.length() - 1);
                out.append(indent).append(">\n");
            }
        }

        /** Text alone on a line (a notes heading, the footer), escaped. */
        private String escapedLine(String text) {
            line.setLength(0);
            lineStart = true;
            escape(text.strip().replaceAll("\\s+", " "), line);
            return line.toString();
        }

        /**
         * A block's inlines as Markdown. With {@code breaks}, a line break of the source is a hard
         * break; without, a space (a heading is one line).
         */
        private String inlines(List<Inline> content, Entry entry, boolean breaks) {
            line.setLength(0);
            lineStart = true;
            boolean afterCitation = false;
            for (Inline inline : content) {
                if (inline instanceof Citation citation) {
                    String target = anchors.target(citation);
                    if (target == null) {
                        escape(citation.text(), line);
                    } else {
                        line.append("[^").append(target).append(']');
                        lineStart = false;
                    }
                    afterCitation = target != null;
                    continue;
                }
                if (inline instanceof EntryLabel label) {
                    if (entry == null) {
                        escape(label.text(), line);
                    }
                    // A cited entry is a footnote: the renderer numbers it.
                } else if (inline instanceof LineBreak) {
                    trimEnd(line);
                    if (breaks) {
                        line.append("\\\n");
                        lineStart = true;
                    } else {
                        line.append(' ');
                    }
                } else if (inline instanceof Text || inline instanceof EditorialBracket) {
                    String text = inline.text();
                    if (afterCitation && (text.startsWith(":") || text.startsWith("("))) {
                        // "[^ref-1]:" at the start of a line would define a footnote, "[^ref-1](x)" be a link.
                        line.append('\\').append(text.charAt(0));
                        text = text.substring(1);
                        lineStart = false;
                    }
                    escape(text, line);
                }
                afterCitation = false;
            }
            // A hard break at the end of a block is no break: drop them all (in place: a block of
            // a hundred thousand empty lines must not be copied once per line).
            trimEnd(line);
            while (line.length() >= 2 && line.charAt(line.length() - 1) == '\n' && line.charAt(line.length() - 2) == '\\') {
                line.setLength(line.length() - 2);
                trimEnd(line);
            }
            return line.toString().strip();
        }

        /**
         * Escapes text so that it reads as itself: ASCII punctuation that could open inline markup
         * anywhere, and at the start of a line whatever could open a block (a heading, a quote, a
         * list item, a thematic break, an ordered list's "1986." or "12)").
         */
        private void escape(String text, StringBuilder to) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (lineStart) {
                    if (Character.isWhitespace(c)) {
                        continue;   // indentation (a form feed too) could make code of the line, or hide what opens it
                    }
                    lineStart = false;
                    if ("#>-+=".indexOf(c) >= 0) {
                        to.append('\\').append(c);
                        continue;
                    }
                    if (c >= '0' && c <= '9') {
                        int end = i;
                        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                            end++;
                        }
                        to.append(text, i, end);
                        if (end < text.length() && (text.charAt(end) == '.' || text.charAt(end) == ')')) {
                            to.append('\\').append(text.charAt(end));
                            end++;
                        }
                        i = end - 1;
                        continue;
                    }
                }
                if ("\\`*_[]<~|#".indexOf(c) >= 0
                        || c == '&' && i + 1 < text.length() && (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '#')) {
                    to.append('\\').append(c);
                } else if (c == '\n' || c == '\r') {
                    to.append(' ');
                } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    to.append(c).append(text.charAt(++i));
                } else if (Characters.unrepresentable(c, false)) {
                    to.append('\uFFFD');
                } else {
                    to.append(c);
                }
            }
        }

        private static void trimEnd(StringBuilder sb) {
            int end = sb.length();
            while (end > 0 && (sb.charAt(end - 1) == ' ' || sb.charAt(end - 1) == '\t')) {
                end--;
            }
            sb.setLength(end);
        }
    }
}
