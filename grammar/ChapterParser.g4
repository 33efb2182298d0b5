/*
 * ChapterParser: what a chapter is, block by block.
 *
 * A chapter is a sequence of blocks separated by blank lines. One blank line separates two
 * blocks; two or more make a section gap, which is all that is left where a notes heading was
 * dropped when the page was copied. A block is one or more lines with no blank line between
 * them (line breaks inside a block are kept).
 *
 * The first line of a block tells what it can be:
 *   - a notes heading ("Notes", "Footnotes", ...) opens a notes section;
 *   - the footer ("Last updated on ...") closes the page;
 *   - an entry: a block that opens with a label ("12. Ibid., p.342.", "3*. My emphasis.").
 *     Inside a notes section it is an entry of the asterisked/lettered notes or of the
 *     numbered bibliography; elsewhere it is ordinary text that happens to start with a
 *     number, such as the chapter heading "4. The Lessons of October";
 *   - any other block is text: a heading, a paragraph or a block quote. Plain text has no
 *     quote markup, so which of the three it is gets inferred by the tree builder
 *     (BlockRoles) from the block and its neighbours.
 * Inside a line: citation markers "[12]" / "[3*]" / "[A]", editorial brackets and text.
 */
parser grammar ChapterParser;

options { tokenVocab = ChapterLexer; }

/* A chapter with no block at all is blank lines, perhaps a last line of spaces. */
chapter
    : BOM? BLANK_LINES? (block (separator block)* trailer | BLANK_SPACE?) EOF
    ;

/** The line ending of a block's last line, then one or more blank lines. */
separator
    : NEWLINE BLANK_LINES
    ;

/** What may follow the last block: its line ending, blank lines, and a last line of spaces. */
trailer
    : (NEWLINE BLANK_LINES?)? BLANK_SPACE?
    ;

block
    : NOTES_HEADING moreLines?                  # notesHeading
    | FOOTER moreLines?                         # footer
    | entryLabel inlines? moreLines?            # entry
    | inlines moreLines?                        # textBlock
    ;

/** The label that opens an entry of a notes list or of the bibliography. */
entryLabel
    : NOTE_LABEL
    | REFERENCE_LABEL
    ;

/**
 * The further lines of the same block. A line that looks like a heading, a footer or an entry
 * does not open a new block unless a blank line comes before it.
 */
moreLines
    : (NEWLINE ((NOTES_HEADING | FOOTER | entryLabel) inlines? | inlines))+
    ;

/**
 * The rest of a line: citation markers ("[12]", "[3*]", "[A]", also glued to the word before),
 * editorial brackets ("[Lenin's]", "[My emphasis]") and text between them. One rule for the
 * whole run rather than one per token: the parser makes an object for every rule it enters.
 */
inlines
    : ( CITATION        // a marker: "[12]", "[3*]", "[A]"
      | EDITORIAL       // any other bracket: "[Lenin's]", "[Laughter]"
      | TEXT
      )+
    ;
