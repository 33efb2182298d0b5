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
        List<Inline> content = content();
        ChunkedList<Citation> found = null;
        for (int i = 0, n = content.size(); i < n; i++) {
            if (content.get(i) instanceof Citation citation) {
                if (found == null) {
                    found = new ChunkedList<>();
                }
                found.add(citation);
            }
        }
        return found == null ? List.of() : ChunkedList.copyOf(found.freeze());
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
