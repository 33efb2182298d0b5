package org.miatext.render;

/** What the HTML, TEI and Markdown renderers do with characters their formats treat specially. */
final class Characters {

    private Characters() {
    }

    /**
     * A character the format cannot carry, written as U+FFFD: a C0 control character but tab,
     * line feed and carriage return (and form feed, in HTML and Markdown); a surrogate not in a
     * pair (the caller passes pairs over); U+FFFE and U+FFFF; and in HTML and Markdown also DEL and
     * the noncharacters U+FDD0 to U+FDEF, which HTML parsers take as errors (jsoup reads U+FFFF as
     * the end of its input).
     */
    static boolean unrepresentable(char c, boolean xml) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r' && (xml || c != '\f');
        }
        if (c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c)) {
            return true;
        }
        return !xml && (c == 0x7F || c >= '\uFDD0' && c <= '\uFDEF');
    }

    /** Escapes text for HTML or XML content and attribute values ({@code & < > "}). */
    static void escapeMarkup(String s, StringBuilder out, boolean xml) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else {
                        out.append(unrepresentable(c, xml) ? '\uFFFD' : c);
                    }
                }
            }
        }
    }
}
