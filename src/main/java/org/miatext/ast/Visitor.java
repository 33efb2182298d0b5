package org.miatext.ast;

/**
 * Visits the nodes of a chapter, one method per node type. Container nodes do not visit their
 * children by themselves; {@link NodeWalker} does when a visitor wants every node.
 *
 * @param <R> what each visit returns ({@link Void} when nothing)
 */
public interface Visitor<R> {
    R visitHeading(Heading heading);

    R visitParagraph(Paragraph paragraph);

    R visitBlockQuote(BlockQuote blockQuote);

    R visitNotesHeading(NotesHeading notesHeading);

    R visitNote(Note note);

    R visitReference(Reference reference);

    R visitFooter(Footer footer);

    R visitBlankLines(BlankLines blankLines);

    R visitText(Text text);

    R visitCitation(Citation citation);

    R visitEditorialBracket(EditorialBracket editorialBracket);

    R visitEntryLabel(EntryLabel entryLabel);

    R visitLineBreak(LineBreak lineBreak);
}
