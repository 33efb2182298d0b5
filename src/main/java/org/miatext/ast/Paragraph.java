package org.miatext.ast;

import java.util.List;
import org.miatext.internal.ChunkedList;

/**
 * A paragraph of running text (a block of several lines keeps its line breaks as
 * {@link LineBreak}s). Information blocks, table rows and text of the notes area that belongs
 * to no entry are paragraphs too.
 *
 * @param content the paragraph's text, markers included
 * @param span    where it lies
 */
public record Paragraph(List<Inline> content, SourceSpan span) implements Block, TextBlock {

    public Paragraph {
        content = ChunkedList.copyOf(content);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitParagraph(this);
    }
}
