package org.miatext.ast;

import java.util.List;
import org.miatext.internal.ChunkedList;

/**
 * An asterisked ({@code 3*. ...}) or lettered ({@code A. ...}) note: the author's or editor's
 * footnote, cited in the text by {@code [3*]} or {@code [A]}.
 *
 * @param label  the label without decoration ({@code "3*"}, {@code "A"})
 * @param blocks the note's blocks; the first opens with its {@link EntryLabel}
 * @param span   where the whole note lies
 */
public record Note(String label, List<Block> blocks, SourceSpan span) implements Entry {

    public Note {
        blocks = ChunkedList.copyOf(blocks);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitNote(this);
    }
}
