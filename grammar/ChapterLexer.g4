/*
 * ChapterLexer: the tokens of a chapter copied as plain text from a marxists.org page.
 *
 * The format is line-oriented. A line starts in the default mode (LINE_START), where the
 * things that only mean something at the start of a line are recognised: the label of a
 * notes entry ("12. ", "3*. ", "[12] ", "(1) ", "A. "), a notes-section heading ("Notes"),
 * the "Last updated on ..." footer, and a line of nothing but spaces. Whatever else starts
 * the line switches to INLINE mode, where the lexer finds citation markers ("[12]", "[3*]",
 * "[A]"), editorial brackets ("[Lenin's]", "[My emphasis]") and runs of plain text.
 *
 * Every character of any input matches some rule, so lexing never fails and no text is lost.
 * Offsets are UTF-16 indices: the parser feeds the lexer raw chars, not code points.
 */
lexer grammar ChapterLexer;

/** A byte order mark, only as the very first character of the input: see nextToken(). */
tokens { BOM }

@members {
    /**
     * The byte order mark is recognised here rather than by a rule: a rule would need a
     * predicate ("only at offset 0") at the start of every line-start token, and a lexer
     * predicate there stops ANTLR from caching the mode's start state in its DFA, so that
     * every line would be lexed by simulating the ATN.
     */
    @Override
    public Token nextToken() {
        if (_input.index() == 0 && _input.LA(1) == 0xFEFF) {
            _tokenStartCharIndex = 0;
            _tokenStartLine = getInterpreter().getLine();
            _tokenStartCharPositionInLine = getInterpreter().getCharPositionInLine();
            getInterpreter().consume(_input);
            _type = BOM;
            _channel = DEFAULT_TOKEN_CHANNEL;
            _text = null;
            return emit();
        }
        if (runsText) {
            int next = _input.LA(1);
            if (_mode == INLINE && (next == '\r' || next == '\n')) {
                return lineEnd(next);
            }
            if (_mode == INLINE && next != IntStream.EOF && (next != '[' || _input.LA(2) == '[')) {
                return textRun();
            }
            Token token = super.nextToken();
            if (token.getType() == TEXT && _mode == INLINE && token instanceof CommonToken text) {
                // Text that opens a line (LINE_TEXT is one char) or a stray bracket: the run of
                // text after it joins it, so that a line of text is one token, not two.
                int run = endOfTextRun();
                if (run > _input.index()) {
                    getInterpreter().setCharPositionInLine(getInterpreter().getCharPositionInLine() + run - _input.index());
                    _input.seek(run);
                    text.setStopIndex(run - 1);
                }
            }
            return token;
        }
        return super.nextToken();
    }

    /**
     * Whether line ends and runs of plain text are scanned by {@link #lineEnd} and
     * {@link #textRun()} rather than by the generated lexer. They give the tokens of the rules
     * (tests lex with them on and off), except that text tokens next to each other are joined
     * (a line's first char and the run after it; a stray bracket and the text around it); it is
     * off only to show that.
     */
    public boolean runsText = true;

    /**
     * A TEXT token, scanned here: inside a line, a char other than "[" or a line end can start
     * no rule but TEXT, and TEXT's longest match ends at the next such char. Text runs are most
     * of a chapter, and the generated lexer pays a DFA step for each of their chars, and a full
     * ATN simulation for each char above U+007F (its DFA tables stop at 127), such as the curly
     * quotes of every paragraph; this loop is several times faster.
     *
     * <p>A "[" followed by another "[" can open no bracket (STRAY_BRACKET: text): the run goes on
     * through it, so that "[[[[..." is one token and not one token per char.
     */
    private Token textRun() {
        _token = null;
        _channel = DEFAULT_TOKEN_CHANNEL;
        _tokenStartCharIndex = _input.index();
        _tokenStartCharPositionInLine = getInterpreter().getCharPositionInLine();
        _tokenStartLine = getInterpreter().getLine();
        _text = null;
        int end = endOfTextRun();
        _input.seek(end);
        getInterpreter().setCharPositionInLine(_tokenStartCharPositionInLine + end - _tokenStartCharIndex);
        _type = TEXT;
        return emit();
    }

    /**
     * Where the run of text from the current position ends: at a line end, at a "[" not
     * followed by another "[", or at the end of the input.
     */
    private int endOfTextRun() {
        if (_input instanceof org.miatext.parse.StringCharStream chars) {
            return chars.endOfTextRun(_input.index());
        }
        int i = 1;
        for (int next = _input.LA(i); next != IntStream.EOF && next != '\r' && next != '\n'
                && (next != '[' || _input.LA(i + 1) == '['); next = _input.LA(++i)) {
            // read on
        }
        return _input.index() + i - 1;
    }

    /**
     * The end of a line of text (NEWLINE: CRLF, LF or a lone CR), scanned here: no other rule of
     * the INLINE mode starts with one. As the generated lexer does, LF starts a new line and a
     * lone CR does not.
     */
    private Token lineEnd(int first) {
        _token = null;
        _channel = DEFAULT_TOKEN_CHANNEL;
        _tokenStartCharIndex = _input.index();
        _tokenStartCharPositionInLine = getInterpreter().getCharPositionInLine();
        _tokenStartLine = getInterpreter().getLine();
        _text = null;
        _input.consume();
        boolean crlf = first == '\r' && _input.LA(1) == '\n';
        if (crlf) {
            _input.consume();
        }
        if (first == '\n' || crlf) {
            getInterpreter().setLine(_tokenStartLine + 1);
            getInterpreter().setCharPositionInLine(0);
        } else {
            getInterpreter().setCharPositionInLine(_tokenStartCharPositionInLine + 1);
        }
        _type = NEWLINE;
        _mode = DEFAULT_MODE;
        return emit();
    }

    /** "[A]" is a lettered marker, unless a letter follows: "[W]e are" is an editor's capital. */
    private void letterMarkerOrBracket() {
        setType(Character.isLetter(_input.LA(1)) ? EDITORIAL : CITATION);
    }

    /** True when the next character ends the line (or the input). */
    private boolean atLineEnd() {
        int next = _input.LA(1);
        return next == IntStream.EOF || next == '\n' || next == '\r';
    }
}

// ---------------------------------------------------------------- line start (default mode)

/**
 * One or more blank lines, as one token: a line end at the start of a line ends an empty line,
 * and a line holding only spaces or tabs counts as blank too. (One token for the whole run:
 * a token per blank line made a page of blank lines cost several times more per byte than
 * text.) Line endings of every style are kept as they are: CRLF, LF or a lone CR.
 */
BLANK_LINES : ([ \t]* ('\r\n' | '\n' | '\r'))+ ;

/**
 * Spaces or tabs that open a line: the last line of the input when nothing follows them (a
 * blank line with no line end), text otherwise. (The choice is made in an action after the
 * match, not by a predicate: lexer predicates keep ANTLR from caching the states they are
 * reached in, and every line would pay for it.)
 */
BLANK_SPACE : [ \t]+ { if (!atLineEnd()) { setType(TEXT); mode(INLINE); } } ;

/**
 * The page footer: "Last updated on 5 August 2009", "Last updated: 12.1.2005", ...
 * The whole line is one token; the date is read by the tree builder.
 */
FOOTER : [Ll] 'ast ' [Uu] 'pdated' ~[\r\n]* -> mode(INLINE) ;

/**
 * A notes-section heading, alone on its line: "Notes", "Footnotes", "References",
 * "Endnotes", "Note by MIA", "Author's Footnotes", "Translator's notes:", "NOTES", ...
 * When more follows on the line ("Notes on the text"), the words are plain text.
 */
NOTES_HEADING
    : (HEADING_OWNER [ \t]+)? HEADING_WORD ([ \t]+ ('by' | 'from') ~[\r\n]*)? [ \t]* ':'? [ \t]*
      { if (!atLineEnd()) { setType(TEXT); } } -> mode(INLINE)
    ;

fragment HEADING_OWNER
    : ('Author' | 'Editor' | 'Translator' | 'Transcriber' | 'Publisher'
      | 'AUTHOR' | 'EDITOR' | 'TRANSLATOR' | 'TRANSCRIBER' | 'PUBLISHER') APOSTROPHE_S?
    | 'Editorial' | 'EDITORIAL' | 'Alphabetical' | 'ALPHABETICAL' | 'MIA' | 'Explanatory'
    ;

/** "'s", "’s", "s" or "S": Author's, Authors, AUTHOR'S. */
fragment APOSTROPHE_S : ('\'' | '\u2019')? [sS] ;

fragment HEADING_WORD
    : [Nn] 'ote' 's'? | 'NOTES' | 'NOTE'
    | [Ff] 'ootnote' 's'? | 'FOOTNOTES' | 'FOOTNOTE'
    | [Ee] 'ndnote' 's'? | 'ENDNOTES'
    | [Rr] 'eference' 's'? | 'REFERENCES'
    | [Ss] 'ources' | 'SOURCES'
    | [Bb] 'ibliography' | 'BIBLIOGRAPHY'
    | [Rr] 'emarks' | [Aa] 'nnotations'
    ;

/**
 * The label of an asterisked or lettered note: "3*. ", "3**. ", "29a. ", "[A] ", and
 * "A. " / "a. " (a single letter needs a space after its dot, so that "E.H. Carr" stays
 * text), and "A " without a dot. The spaces after a label belong to it. Many of these also
 * open ordinary sentences ("A sad role ..."): the tree builder takes them for labels only
 * inside a notes area, and a bare letter only when the text cites it.
 */
NOTE_LABEL
    : ( ( DIGITS '*'+ '.'? | DIGITS [a-z] '.' | '[' [A-Za-z] ']' | '[' DIGITS '*'+ ']' ) [ \t]*
      | [A-Za-z] '.' [ \t]+
      | [A-Z] [ \t]+
      ) -> mode(INLINE)
    ;

/**
 * The label of an entry of the numbered notes list or bibliography: "12. ", "3.Hic" (no
 * space), "[12] ", "(1) ", "12) ".
 */
REFERENCE_LABEL
    : ( DIGITS '.' | '[' DIGITS ']' | '(' DIGITS ')' | DIGITS ')' ) [ \t]*
      -> mode(INLINE)
    ;

/** A marker or bracket that happens to open the line: the same tokens as inline. */
LINE_LETTER_CITATION : '[' [A-Za-z] ']' { letterMarkerOrBracket(); } -> mode(INLINE) ;
LINE_CITATION  : CITATION_SHAPE -> type(CITATION), mode(INLINE) ;
LINE_EDITORIAL : EDITORIAL_SHAPE -> type(EDITORIAL), mode(INLINE) ;

/** Any other first character: plain text from here to the end of the line. */
LINE_TEXT : ~[\r\n] -> type(TEXT), mode(INLINE) ;

// ---------------------------------------------------------------- inside a line

mode INLINE;

/** The end of a line of text: CRLF, LF or a lone CR, kept as it is. The next line starts afresh. */
NEWLINE : ('\r\n' | '\n' | '\r') -> mode(DEFAULT_MODE) ;

/**
 * A lettered marker "[A]" / "[a]" only when no letter follows: "[W]e are" is an editor's
 * capital, not a marker.
 */
LETTER_CITATION : '[' [A-Za-z] ']' { letterMarkerOrBracket(); } ;

/**
 * A citation marker: "[12]" points into the numbered list, "[3*]" to an asterisked note,
 * "[A]" / "[a]" / "[29a]" to a lettered note. It may be glued to the word before it
 * ("tired".[1]", "Shatov[4*]"): text runs stop at every "[".
 */
CITATION : CITATION_SHAPE ;

/**
 * Anything else in square brackets is the editor's or author's own words: "[Lenin's]",
 * "[My emphasis]", "[Laughter]", "[...]". It is text, not a marker.
 */
EDITORIAL : EDITORIAL_SHAPE ;

/**
 * A run of plain text: everything up to the next bracket or line end. (The lexer scans these
 * runs in a loop of its own, textRun() above, which gives the same tokens faster, and takes a
 * stray "[" followed by another "[" into the run.)
 */
TEXT : ~[[\r\n]+ ;

/** A "[" that opens no bracket on this line. */
STRAY_BRACKET : '[' -> type(TEXT) ;

fragment CITATION_SHAPE
    : '[' ' '? DIGITS ' '? '*'* ']'
    | '[' DIGITS [a-z] ']'
    ;

fragment EDITORIAL_SHAPE : '[' ~[[\]\r\n]* ']' ;

fragment DIGITS : [0-9]+ ;
