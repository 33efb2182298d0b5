package org.miatext.render;

import org.miatext.ast.Block;
import org.miatext.ast.Document;
import org.miatext.ast.Entry;
import org.miatext.ast.Footer;
import org.miatext.ast.BlankLines;
import org.miatext.ast.Inline;
import org.miatext.ast.NotesHeading;
import org.miatext.ast.TextBlock;

/**
 * Renders a document back as plain text. Built from the nodes alone, it gives back the source
 * exactly (line endings, byte order mark and all): the proof that the tree loses nothing.
 */
public final class TextRenderer {

    private TextRenderer() {
    }

    /** The chapter's text, rebuilt from its nodes. */
    public static String render(Document document) {
        StringBuilder out = new StringBuilder(document.source().length());
        if (document.hasByteOrderMark()) {
            out.append('\uFEFF');
        }
        for (Block block : document.blocks()) {
            append(block, out);
        }
        return out.toString();
    }

    private static void append(Block block, StringBuilder out) {
        if (block instanceof Entry entry) {
            for (Block inner : entry.blocks()) {
                append(inner, out);
            }
        } else if (block instanceof TextBlock textBlock) {
            for (Inline inline : textBlock.content()) {
                out.append(inline.text());
            }
        } else if (block instanceof NotesHeading heading) {
            out.append(heading.text());
        } else if (block instanceof Footer footer) {
            out.append(footer.text());
        } else if (block instanceof BlankLines blank) {
            out.append(blank.text());
        }
    }
}
