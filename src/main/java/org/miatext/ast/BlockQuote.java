package org.miatext.ast;

import java.util.List;
import org.miatext.internal.ChunkedList;

/**
 * A block quotation. Plain text carries no quote markup, so quotes are inferred from the
 * block and its neighbours (see the README's "Block roles").
 *
 * @param content     the quoted text, markers included
 * @param continuation true when this block continues the quotation of the block quote before
 *                    it (a quotation of several paragraphs)
 * @param span        where it lies
 */
public record BlockQuote(List<Inline> content, boolean continuation, SourceSpan span) implements Block, TextBlock {

    public BlockQuote {
        content = ChunkedList.copyOf(content);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitBlockQuote(this);
    }
}
