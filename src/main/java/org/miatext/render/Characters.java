package org.miatext.render;

/** What the HTML, TEI and Markdown renderers do with characters their formats treat specially. */
final class Characters {

    private Characters() {
    }

    /**
     * A character the format cannot carry, written as U+FFFD: a C0 control character but tab,
     * line feed and carriage return (and form feed, in HTML and Markdown), DEL in HTML and
     * Markdown, U+FFFE and U+FFFF in XML, and a surrogate not in a pair (the caller passes pairs
     * over).
     */
    static boolean unrepresentable(char c, boolean xml) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r' && (xml || c != '\f');
        }
        return xml ? c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c) : c == 0x7F || Character.isSurrogate(c);
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
