package org.miatext.robustness;

import java.util.List;
import java.util.Map;
import org.miatext.ast.BlankLines;
import org.miatext.ast.Block;
import org.miatext.ast.Document;
import org.miatext.ast.Entry;
import org.miatext.ast.Footer;
import org.miatext.ast.Inline;
import org.miatext.ast.Node;
import org.miatext.ast.NodeWalker;
import org.miatext.ast.NotesHeading;
import org.miatext.ast.SourceSpan;
import org.miatext.ast.TextBlock;
import org.miatext.diagnostic.Diagnostic;
import org.miatext.eval.MiniJson;
import org.miatext.render.JsonRenderer;
import org.miatext.render.OutlineRenderer;
import org.miatext.render.TextRenderer;

/**
 * The properties every parsed document must have, whatever its text. Each method throws an
 * {@link AssertionError} naming the first violation; the fuzz tests, the property tests and
 * the hostile-input tests all call these, so that they check one and the same contract.
 */
final class Invariants {

    private Invariants() {
    }

    /** Lossless: the text renderer gives the source back exactly. */
    static void roundTrips(Document document, String source) {
        check(document.source().equals(source), "document.source() differs from the input");
        String rendered = TextRenderer.render(document);
        if (!rendered.equals(source)) {
            int i = 0;
            while (i < rendered.length() && i < source.length() && rendered.charAt(i) == source.charAt(i)) {
                i++;
            }
            throw new AssertionError("text rendering differs from the source at char " + i + " (rendered "
                    + rendered.length() + " chars, source " + source.length() + ")");
        }
    }

    /**
     * Spans: every node lies inside the source; a leaf's text is exactly {@code document.text(span)};
     * the top-level blocks tile the source after the byte order mark; the children of every
     * container tile it, in order; every problem's span lies inside the source.
     */
    static void spansAreSound(Document document) {
        String source = document.source();
        int position = document.hasByteOrderMark() ? 1 : 0;
        for (Block block : document.blocks()) {
            SourceSpan span = block.span();
            check(span.offset() == position, "top-level block " + describe(block) + " starts at " + span.offset()
                    + ", expected " + position);
            position = span.end();
        }
        check(position == source.length(), "top-level blocks end at " + position + ", source has " + source.length());
        for (Block block : document.blocks()) {
            NodeWalker.walk(block, node -> nodeIsSound(document, node));
        }
        for (Diagnostic problem : document.problems()) {
            inside(problem.span(), source.length(), "problem " + problem);
        }
    }

    private static void nodeIsSound(Document document, Node node) {
        SourceSpan span = node.span();
        inside(span, document.source().length(), describe(node));
        String text = leafText(node);
        if (text != null) {
            check(text.equals(document.text(span)), describe(node) + ": text differs from document.text(span)");
        }
        if (node instanceof TextBlock textBlock) {
            check(textBlock.text().equals(document.text(span)), describe(node) + ": block text differs from its span");
        }
        List<? extends Node> children = NodeWalker.children(node);
        if (!children.isEmpty()) {
            int position = span.offset();
            for (Node child : children) {
                check(child.span().offset() == position, describe(child) + " inside " + describe(node)
                        + " starts at " + child.span().offset() + ", expected " + position);
                position = child.span().end();
            }
            check(position == span.end(), "children of " + describe(node) + " end at " + position
                    + ", the node at " + span.end());
        } else {
            check(node instanceof Entry == false, describe(node) + ": an entry without blocks");
        }
    }

    /** Line and column of every span agree with {@link Positions}, computed independently. */
    static void positionsAgree(Document document) {
        Positions positions = new Positions(document.source());
        for (Block block : document.blocks()) {
            NodeWalker.walk(block, node -> positions.check(node.span(), describe(node)));
        }
        for (Diagnostic problem : document.problems()) {
            positions.check(problem.span(), "problem " + problem);
        }
    }

    /**
     * The JSON rendering is valid JSON, and its leaves' texts (after the byte order mark) give the
     * source back: the JSON loses nothing either.
     */
    @SuppressWarnings("unchecked")
    static void jsonIsSound(Document document) {
        String json = JsonRenderer.render(document);
        Object parsed;
        try {
            parsed = MiniJson.parse(json);
        } catch (RuntimeException e) {
            throw new AssertionError("JSON rendering is not valid JSON: " + e.getMessage(), e);
        }
        Map<String, Object> root = (Map<String, Object>) parsed;
        check(JsonRenderer.SCHEMA.equals(root.get("schema")), "JSON schema id missing");
        StringBuilder text = new StringBuilder();
        if (Boolean.TRUE.equals(root.get("byteOrderMark"))) {
            text.append('\uFEFF');
        }
        leaves((List<Object>) root.get("children"), text);
        check(text.toString().equals(document.source()), "JSON leaves do not give the source back");
        check(((List<Object>) root.get("problems")).size() == document.problems().size(), "JSON problems count differs");
    }

    @SuppressWarnings("unchecked")
    private static void leaves(List<Object> nodes, StringBuilder out) {
        for (Object o : nodes) {
            Map<String, Object> node = (Map<String, Object>) o;
            Object children = node.get("children");
            if (children != null) {
                leaves((List<Object>) children, out);
            } else {
                out.append((String) node.get("text"));
            }
        }
    }

    /** The outline has its header line, then one line per non-blank block and one per problem. */
    static void outlineIsSound(Document document) {
        String outline = OutlineRenderer.render(document);
        check(outline.startsWith(document.sourceName() + ": "), "outline lacks its header");
        check(outline.endsWith("\n"), "outline does not end with a line break");
        long lines = outline.chars().filter(c -> c == '\n').count();
        long expected = 1 + document.problems().size() + countOutlined(document.blocks());
        check(lines == expected, "outline has " + lines + " lines, expected " + expected
                + " (one per block and problem): a block's preview broke its line");
    }

    private static long countOutlined(List<? extends Block> blocks) {
        long n = 0;
        for (Block block : blocks) {
            if (block instanceof BlankLines) {
                continue;
            }
            n++;
            if (block instanceof Entry entry) {
                n += countOutlined(entry.blocks().subList(1, entry.blocks().size()));
            }
        }
        return n;
    }

    /** Everything above, and the HTML, Markdown and TEI renderings read back ({@code RenderedChecks}). */
    static void all(Document document, String source) {
        roundTrips(document, source);
        spansAreSound(document);
        positionsAgree(document);
        jsonIsSound(document);
        outlineIsSound(document);
        org.miatext.render.RenderedChecks.html(document, org.miatext.render.HtmlRenderer.render(document));
        org.miatext.render.RenderedChecks.markdown(document, org.miatext.render.MarkdownRenderer.render(document));
        org.miatext.render.RenderedChecks.tei(document, org.miatext.render.TeiRenderer.render(document));
    }

    /** The exact text a leaf node holds, or null for containers. */
    static String leafText(Node node) {
        if (node instanceof Inline inline) {
            return inline.text();
        }
        if (node instanceof NotesHeading heading) {
            return heading.text();
        }
        if (node instanceof Footer footer) {
            return footer.text();
        }
        if (node instanceof BlankLines blank) {
            return blank.text();
        }
        return null;
    }

    private static void inside(SourceSpan span, int length, String what) {
        check(span.offset() >= 0 && span.length() >= 0 && span.end() <= length,
                what + ": span " + span + " lies outside the source of " + length + " chars");
    }

    private static String describe(Node node) {
        return node.getClass().getSimpleName() + "@" + node.span();
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    /**
     * Line and column of every char offset, computed in one pass, without the parser's
     * {@code LineIndex}: CRLF, LF and a lone CR each end a line; columns count code points (a
     * surrogate pair is one column); a byte order mark at offset 0 takes no column.
     */
    static final class Positions {
        private final int[] line;
        private final int[] column;

        Positions(String s) {
            int n = s.length();
            line = new int[n + 1];
            column = new int[n + 1];
            int l = 1;
            int c = 1;
            for (int i = 0; i <= n; i++) {
                line[i] = l;
                column[i] = c;
                if (i == n) {
                    break;
                }
                char ch = s.charAt(i);
                boolean endsLine = ch == '\n' || (ch == '\r' && (i + 1 == n || s.charAt(i + 1) != '\n'));
                if (endsLine) {
                    l++;
                    c = 1;
                } else if (i == 0 && ch == '\uFEFF') {
                    // the byte order mark takes no column
                } else if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    // the pair counts once, when its low half is passed
                } else {
                    c++;
                }
            }
        }

        void check(SourceSpan span, String what) {
            int start = span.offset();
            int end = span.end();
            Invariants.check(span.line() == line[start] && span.column() == column[start], what + ": starts at "
                    + span.line() + ":" + span.column() + ", expected " + line[start] + ":" + column[start]);
            Invariants.check(span.endLine() == line[end] && span.endColumn() == column[end], what + ": ends at "
                    + span.endLine() + ":" + span.endColumn() + ", expected " + line[end] + ":" + column[end]);
        }
    }
}
