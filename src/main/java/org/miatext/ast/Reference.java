package org.miatext.ast;

import java.util.List;
import org.miatext.internal.ChunkedList;

/**
 * An entry of the numbered notes list or bibliography ({@code 12. Ibid., p.342.}), cited in the
 * text by {@code [12]}.
 *
 * @param label  the number as printed, without decoration ({@code "12"})
 * @param blocks the entry's blocks; the first opens with its {@link EntryLabel}
 * @param span   where the whole entry lies
 */
public record Reference(String label, List<Block> blocks, SourceSpan span) implements Entry {

    public Reference {
        blocks = ChunkedList.copyOf(blocks);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitReference(this);
    }
}
