package org.miatext.ast;

/** A block of the chapter: one or more lines with no blank line between them, or a run of blank lines. */
public sealed interface Block extends Node
        permits Heading, Paragraph, BlockQuote, NotesHeading, Entry, Footer, BlankLines {
}
