package org.miatext.ast;

import java.util.List;
import org.miatext.internal.ChunkedList;

/**
 * An entry of a notes list: an asterisked or lettered {@link Note}, or a {@link Reference} of
 * the numbered list. An entry may run over several blocks (more paragraphs, quotations, table
 * rows); its first block opens with the {@link EntryLabel}.
 */
public sealed interface Entry extends Block permits Note, Reference {

    /** The entry's label without decoration: {@code "12"}, {@code "3*"}, {@code "A"}, {@code "29a"}. */
    String label();

    /** The blocks of the entry in order, the blank lines between them included. */
    List<Block> blocks();

    /** The label as printed at the start of the entry. */
    default EntryLabel entryLabel() {
        for (Block block : blocks()) {
            if (block instanceof TextBlock textBlock) {
                for (Inline inline : textBlock.content()) {
                    if (inline instanceof EntryLabel entryLabel) {
                        return entryLabel;
                    }
                }
            }
        }
        throw new IllegalStateException("entry without a label");
    }

    /** Citation markers inside the entry (a note may cite the numbered list). */
    default List<Citation> citations() {
        ChunkedList<Citation> found = new ChunkedList<>();
        Document.collectEntryCitations(blocks(), found);
        return ChunkedList.copyOf(found.freeze());
    }

    /** The entry's text without its label, blocks joined as in the source. */
    default String body() {
        StringBuilder sb = new StringBuilder();
        for (Block block : blocks()) {
            if (block instanceof TextBlock textBlock) {
                for (Inline inline : textBlock.content()) {
                    if (!(inline instanceof EntryLabel)) {
                        sb.append(inline.text());
                    }
                }
            } else if (block instanceof BlankLines blank) {
                sb.append(blank.text());
            }
        }
        return sb.toString();
    }
}
