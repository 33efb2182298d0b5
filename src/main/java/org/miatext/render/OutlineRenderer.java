package org.miatext.render;

import java.util.List;
import java.util.Locale;
import org.miatext.ast.BlankLines;
import org.miatext.ast.Block;
import org.miatext.ast.Citation;
import org.miatext.ast.Document;
import org.miatext.ast.Entry;
import org.miatext.ast.Footer;
import org.miatext.ast.Heading;
import org.miatext.ast.Note;
import org.miatext.ast.TextBlock;

/**
 * A readable outline of a chapter: one line per block with its kind, line range, a preview and
 * the labels of its markers.
 */
public final class OutlineRenderer {

    private OutlineRenderer() {
    }

    /** The outline, one block a line. */
    public static String render(Document document) {
        StringBuilder out = new StringBuilder();
        out.append(document.sourceName()).append(": ").append(document.body().size()).append(" body blocks, ")
                .append(document.notes().size()).append(" notes, ").append(document.references().size())
                .append(" references, ").append(document.citations().size()).append(" citations\n");
        for (Block block : document.blocks()) {
            line(block, "", out);
        }
        document.problems().forEach(p -> out.append(p).append('\n'));
        return out.toString();
    }

    private static void line(Block block, String indent, StringBuilder out) {
        if (block instanceof BlankLines) {
            return;
        }
        String kind = block.accept(JsonRenderer.TYPE);
        if (block instanceof Heading h) {
            kind = "heading:" + h.role().name().toLowerCase(Locale.ROOT);
        }
        String lines = block.span().line() == block.span().endLine() ? "L" + block.span().line()
                : "L" + block.span().line() + "-" + block.span().endLine();
        out.append(indent).append(String.format("%-6s %-18s", lines, kind));
        if (block instanceof Entry entry) {
            out.append(' ').append(entry instanceof Note ? "[" + entry.label() + "]" : entry.label() + ".");
            out.append(' ').append(preview(entry.body()));
            List<Citation> cites = entry.citations();
            if (!cites.isEmpty()) {
                out.append("  cites ").append(labels(cites));
            }
            out.append('\n');
            if (entry.blocks().size() > 1) {
                for (Block inner : entry.blocks().subList(1, entry.blocks().size())) {
                    line(inner, indent + "  ", out);
                }
            }
            return;
        }
        if (block instanceof TextBlock textBlock) {
            out.append(' ').append(preview(textBlock.text()));
            List<Citation> cites = textBlock.citations();
            if (!cites.isEmpty()) {
                out.append("  cites ").append(labels(cites));
            }
        } else if (block instanceof Footer footer) {
            // A footer may run over several lines: one outline line all the same.
            out.append(' ').append(preview(footer.text()));
        } else {
            out.append(' ').append(preview(document(block)));
        }
        out.append('\n');
    }

    private static String document(Block block) {
        return block instanceof org.miatext.ast.NotesHeading h ? h.text() : "";
    }

    private static String labels(List<Citation> citations) {
        StringBuilder sb = new StringBuilder();
        for (Citation c : citations) {
            sb.append(sb.length() == 0 ? "" : " ").append('[').append(c.label()).append(']');
        }
        return sb.toString();
    }

    private static String preview(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        String cut = flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
        return visible(cut);
    }

    /**
     * Control characters (NUL, ESC, the other C0 and C1 controls, DEL) and other line breaks are
     * shown as {@code \\u001B}, so that a chapter's text cannot move the terminal's cursor or
     * break an outline line.
     */
    private static String visible(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
            if (control && sb == null) {
                sb = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (sb != null) {
                if (control) {
                    sb.append(String.format("\\u%04X", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }
}
