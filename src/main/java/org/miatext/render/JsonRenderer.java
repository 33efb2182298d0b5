package org.miatext.render;

import java.util.List;
import org.miatext.ast.BlankLines;
import org.miatext.ast.Block;
import org.miatext.ast.BlockQuote;
import org.miatext.ast.Citation;
import org.miatext.ast.Document;
import org.miatext.ast.EditorialBracket;
import org.miatext.ast.EntryLabel;
import org.miatext.ast.Footer;
import org.miatext.ast.Heading;
import org.miatext.ast.LineBreak;
import org.miatext.ast.Node;
import org.miatext.ast.NodeWalker;
import org.miatext.ast.Note;
import org.miatext.ast.NotesHeading;
import org.miatext.ast.Paragraph;
import org.miatext.ast.Reference;
import org.miatext.ast.SourceSpan;
import org.miatext.ast.Text;
import org.miatext.ast.Visitor;
import org.miatext.diagnostic.Diagnostic;

/**
 * Renders the whole tree as JSON, schema {@code miatext-tree/1} (documented in the README):
 * every node is an object with a {@code type} and a {@code span}; containers have
 * {@code children}; leaves have their exact {@code text}.
 */
public final class JsonRenderer {

    /** The schema id written at the top of every document. */
    public static final String SCHEMA = "miatext-tree/1";

    private JsonRenderer() {
    }

    /** The document as one JSON object. */
    public static String render(Document document) {
        StringBuilder out = new StringBuilder(document.source().length() * 3);
        out.append("{\"schema\":").append(Json.quote(SCHEMA))
                .append(",\"type\":\"document\",\"file\":").append(Json.quote(document.sourceName()))
                .append(",\"byteOrderMark\":").append(document.hasByteOrderMark())
                .append(",\"span\":");
        int length = document.source().length();
        int lastLine = 1;
        int lastColumn = 1;
        if (!document.blocks().isEmpty()) {
            SourceSpan last = document.blocks().get(document.blocks().size() - 1).span();
            lastLine = last.endLine();
            lastColumn = last.endColumn();
        }
        span(new SourceSpan(0, length, 1, 1, lastLine, lastColumn), out);
        out.append(",\"problems\":[");
        List<Diagnostic> problems = document.problems();
        for (int i = 0; i < problems.size(); i++) {
            Diagnostic d = problems.get(i);
            out.append(i == 0 ? "" : ",").append("{\"rule\":").append(Json.quote(d.ruleId()))
                    .append(",\"severity\":").append(Json.quote(d.severity().label()))
                    .append(",\"message\":").append(Json.quote(d.message())).append(",\"span\":");
            span(d.span(), out);
            out.append('}');
        }
        out.append("],\"children\":[");
        children(document.blocks(), out);
        out.append("]}");
        return out.toString();
    }

    private static void children(List<? extends Node> nodes, StringBuilder out) {
        for (int i = 0; i < nodes.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            node(nodes.get(i), out);
        }
    }

    private static void node(Node node, StringBuilder out) {
        out.append("{\"type\":").append(Json.quote(node.accept(TYPE))).append(",\"span\":");
        span(node.span(), out);
        if (node instanceof Heading h) {
            out.append(",\"role\":").append(Json.quote(h.role().name().toLowerCase(java.util.Locale.ROOT)));
        } else if (node instanceof BlockQuote q) {
            out.append(",\"continuation\":").append(q.continuation());
        } else if (node instanceof Note n) {
            out.append(",\"label\":").append(Json.quote(n.label()));
        } else if (node instanceof Reference r) {
            out.append(",\"label\":").append(Json.quote(r.label()));
        } else if (node instanceof Citation c) {
            out.append(",\"label\":").append(Json.quote(c.label()))
                    .append(",\"kind\":").append(Json.quote(c.kind().name().toLowerCase(java.util.Locale.ROOT)));
        } else if (node instanceof EntryLabel l) {
            out.append(",\"label\":").append(Json.quote(l.label()));
        } else if (node instanceof Footer f) {
            out.append(",\"date\":").append(Json.quote(f.dateText()));
        }
        List<? extends Node> children = NodeWalker.children(node);
        if (!children.isEmpty()) {
            out.append(",\"children\":[");
            children(children, out);
            out.append(']');
        } else {
            out.append(",\"text\":").append(Json.quote(text(node)));
        }
        out.append('}');
    }

    private static String text(Node node) {
        if (node instanceof org.miatext.ast.Inline inline) {
            return inline.text();
        }
        if (node instanceof NotesHeading h) {
            return h.text();
        }
        if (node instanceof Footer f) {
            return f.text();
        }
        if (node instanceof BlankLines b) {
            return b.text();
        }
        return "";
    }

    static void span(SourceSpan s, StringBuilder out) {
        out.append("{\"offset\":").append(s.offset()).append(",\"length\":").append(s.length())
                .append(",\"line\":").append(s.line()).append(",\"column\":").append(s.column())
                .append(",\"endLine\":").append(s.endLine()).append(",\"endColumn\":").append(s.endColumn()).append('}');
    }

    /** The JSON type name of each node. */
    static final Visitor<String> TYPE = new Visitor<>() {
        public String visitHeading(Heading heading) { return "heading"; }
        public String visitParagraph(Paragraph paragraph) { return "paragraph"; }
        public String visitBlockQuote(BlockQuote blockQuote) { return "blockQuote"; }
        public String visitNotesHeading(NotesHeading notesHeading) { return "notesHeading"; }
        public String visitNote(Note note) { return "note"; }
        public String visitReference(Reference reference) { return "reference"; }
        public String visitFooter(Footer footer) { return "footer"; }
        public String visitBlankLines(BlankLines blankLines) { return "blankLines"; }
        public String visitText(Text text) { return "text"; }
        public String visitCitation(Citation citation) { return "citation"; }
        public String visitEditorialBracket(EditorialBracket editorialBracket) { return "editorial"; }
        public String visitEntryLabel(EntryLabel entryLabel) { return "entryLabel"; }
        public String visitLineBreak(LineBreak lineBreak) { return "lineBreak"; }
    };
}
