package org.miatext.ast;

import java.util.List;
import org.miatext.internal.ChunkedList;

/** A block made of inline content: its text can be read with markers and brackets in place. */
public interface TextBlock {

    /** The block's content in reading order; line breaks inside the block are {@link LineBreak}s. */
    List<Inline> content();

    /** The citation markers of this block, in reading order. */
    default List<Citation> citations() {
        // A loop, not a stream: the checker asks every block, and most have no citation at all.
        ChunkedList<Citation> found = new ChunkedList<>();
        Document.collectCitations(content(), found);
        return ChunkedList.copyOf(found.freeze());
    }

    /** The block's exact source text. */
    default String text() {
        StringBuilder sb = new StringBuilder();
        for (Inline inline : content()) {
            sb.append(inline.text());
        }
        return sb.toString();
    }
}
