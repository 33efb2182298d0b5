package org.miatext.refs;

import java.util.Arrays;
import org.miatext.ast.SourceSpan;

/** Makes {@link SourceSpan}s for offsets of a source: 1-based lines, code-point columns. */
final class Spans {

    private final String source;
    private final int[] lineStarts;

    Spans(String source) {
        this.source = source;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            boolean end = c == '\n' || (c == '\r' && (i + 1 == source.length() || source.charAt(i + 1) != '\n'));
            if (end) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    SourceSpan span(int start, int end) {
        int line = line(start);
        int endLine = line(end);
        return new SourceSpan(start, end - start, line, column(line, start), endLine, column(endLine, end));
    }

    private int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    private int column(int line, int offset) {
        int start = lineStarts[line - 1];
        int col = 1 + source.codePointCount(start, offset);
        if (start == 0 && !source.isEmpty() && source.charAt(0) == '\uFEFF' && offset > 0) {
            col--;
        }
        return col;
    }
}
