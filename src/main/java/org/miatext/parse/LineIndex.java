package org.miatext.parse;

import java.util.Arrays;
import org.miatext.ast.SourceSpan;

/**
 * Turns char offsets into 1-based lines and code-point columns. CRLF, LF and a lone CR each
 * end a line; a byte order mark at the very start takes no column.
 */
final class LineIndex {

    private final String source;
    private final int[] lineStarts;
    private final int lineCount;
    private final boolean hasSurrogates;
    /**
     * The line found last: the tree builder asks for offsets in source order, so the next
     * answer is nearly always on this line or a few after it (one index serves one parse, on
     * one thread).
     */
    private int lastLine;

    LineIndex(String source) {
        this.source = source;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        boolean surrogates = false;
        for (int i = 0, n = source.length(); i < n; i++) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && source.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            } else if (Character.isSurrogate(c)) {
                surrogates = true;
            }
        }
        this.lineStarts = starts;
        this.lineCount = count;
        this.hasSurrogates = surrogates;
    }

    /** 1-based line of a char offset. */
    int line(int offset) {
        int i = lastLine;
        if (offset >= lineStarts[i]) {
            // Walk forward a few lines; fall back to a binary search for a far jump.
            for (int steps = 0; steps < 8; steps++) {
                if (i + 1 == lineCount || offset < lineStarts[i + 1]) {
                    lastLine = i;
                    return i + 1;
                }
                i++;
            }
        }
        int index = Arrays.binarySearch(lineStarts, 0, lineCount, offset);
        int line = index >= 0 ? index + 1 : -index - 1;
        lastLine = line - 1;
        return line;
    }

    /** 1-based code-point column of a char offset on the given line. */
    int column(int line, int offset) {
        int start = lineStarts[line - 1];
        if (start == 0 && !source.isEmpty() && source.charAt(0) == '\uFEFF' && offset > 0) {
            start = 1;
        }
        if (!hasSurrogates) {
            return offset - start + 1;
        }
        return source.codePointCount(start, Math.min(offset, source.length())) + 1;
    }

    /** The span of the chars {@code [start, end)}. */
    SourceSpan span(int start, int end) {
        int line = line(start);
        int endLine = end == start ? line : line(end);
        return new SourceSpan(start, end - start, line, column(line, start), endLine, column(endLine, end));
    }

    /** Offset where a 1-based line starts. */
    int lineStart(int line) {
        return lineStarts[line - 1];
    }

    int lineCount() {
        return lineCount;
    }
}
