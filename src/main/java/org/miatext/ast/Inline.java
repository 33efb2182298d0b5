package org.miatext.ast;

/** A piece of a line: text, a citation marker, an editorial bracket, an entry label or a line break. */
public sealed interface Inline extends Node
        permits Text, Citation, EditorialBracket, EntryLabel, LineBreak {

    /** The exact source text of this piece. */
    String text();
}
