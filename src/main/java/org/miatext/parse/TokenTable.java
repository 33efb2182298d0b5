package org.miatext.parse;

import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * The tokens of a chapter as plain numbers: for each, its type, its first char and the char
 * after its last (12 bytes, against some 50 for one of ANTLR's token objects). The token objects
 * can then go as soon as the parser is done, rather than live until the tree is built, held by
 * every block that points to them; and no ANTLR type is seen past {@link ChapterSyntax}.
 */
final class TokenTable {

    private final int[] values;
    private final int count;

    /** The table of {@code tokens}, the end-of-file token left out. */
    TokenTable(List<Token> tokens) {
        int n = tokens.size();
        int[] table = new int[3 * n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            Token token = tokens.get(i);
            if (token.getType() == Token.EOF) {
                continue;
            }
            table[3 * kept] = token.getType();
            table[3 * kept + 1] = token.getStartIndex();
            table[3 * kept + 2] = token.getStopIndex() + 1;
            kept++;
        }
        this.values = table;
        this.count = kept;
    }

    /** How many tokens there are (the end-of-file token not counted). */
    int count() {
        return count;
    }

    /** The type of token {@code i} (a {@code ChapterLexer} constant). */
    int type(int i) {
        return values[3 * i];
    }

    /** The offset of the first char of token {@code i}. */
    int start(int i) {
        return values[3 * i + 1];
    }

    /** The offset just after the last char of token {@code i}. */
    int end(int i) {
        return values[3 * i + 2];
    }
}
