package org.miatext.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.miatext.diagnostic.Diagnostic;
import org.miatext.diagnostic.Severity;

/**
 * Tells text that is not a chapter at all: an HTML page, a PDF, binary data. Such input is still
 * parsed (the tree stays lossless), but the document gets one error with a stable rule id, so
 * that a caller can refuse it instead of printing a tree of garbage:
 * <ul>
 *   <li>{@code input/html}: after a byte order mark and blank space the text opens with a tag,
 *       and an {@code <html>}, {@code <head>}, {@code <body>} or HTML doctype follows within its
 *       first 4,096 chars;</li>
 *   <li>{@code input/pdf}: the text opens with the PDF signature {@code %PDF-};</li>
 *   <li>{@code input/binary}: of the first 8,192 chars, at least 1 in 10 is a NUL, another C0
 *       control other than tab, line feed, vertical tab, form feed and carriage return, or
 *       U+FFFD (the replacement a lenient decoder leaves for undecodable bytes), and there are at
 *       least 8 of them. A few stray
 *       control characters in a chapter stay below that and are kept as text.</li>
 * </ul>
 */
final class InputKind {

    private static final int HTML_WINDOW = 4096;
    private static final int BINARY_WINDOW = 8192;
    private static final Pattern HTML_TAG = Pattern.compile("<(!doctype\\s+html|html|head|body)[\\s>]");

    private InputKind() {
    }

    /** The problem that says what the input is, if it is not plain text. */
    static Optional<Diagnostic> problem(String source, String sourceName, LineIndex lines) {
        int start = !source.isEmpty() && source.charAt(0) == '\uFEFF' ? 1 : 0;
        if (source.startsWith("%PDF-", start)) {
            return Optional.of(new Diagnostic("input/pdf", Severity.ERROR,
                    "the input is a PDF file, not plain text: copy the chapter's text from the page instead",
                    sourceName, lines.span(start, start + 5), Optional.empty()));
        }
        int first = start;
        while (first < source.length() && Character.isWhitespace(source.charAt(first))) {
            first++;
        }
        if (first < source.length() && source.charAt(first) == '<') {
            String head = source.substring(first, Math.min(source.length(), first + HTML_WINDOW)).toLowerCase(Locale.ROOT);
            Matcher tag = HTML_TAG.matcher(head);
            if (tag.find()) {
                int at = first + tag.start();
                return Optional.of(new Diagnostic("input/html", Severity.ERROR,
                        "the input is an HTML page, not plain text: copy the text the browser shows instead",
                        sourceName, lines.span(at, at + tag.end() - tag.start()), Optional.empty()));
            }
        }
        int window = Math.min(source.length(), BINARY_WINDOW);
        int odd = 0;
        int nuls = 0;
        int firstOdd = -1;
        for (int i = 0; i < window; i++) {
            char c = source.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r') || c == '\uFFFD';
            if (control) {
                odd++;
                nuls += c == 0 ? 1 : 0;
                firstOdd = firstOdd < 0 ? i : firstOdd;
            }
        }
        if (odd >= 8 && odd * 10 >= window) {
            String message = nuls * 3 >= window
                    ? "the input looks like UTF-16 read as UTF-8 (every other char is NUL): convert it to UTF-8"
                    : "the input looks binary (" + odd + " of its first " + window
                    + " chars are control characters): it is not a chapter's text";
            return Optional.of(new Diagnostic("input/binary", Severity.ERROR, message, sourceName,
                    lines.span(firstOdd, firstOdd + 1), Optional.empty()));
        }
        return Optional.empty();
    }
}
