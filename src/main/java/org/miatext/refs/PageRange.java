package org.miatext.refs;

/**
 * A page or a run of pages, with an abbreviated end expanded as a reader expands it:
 * {@code 213-4} is 213 to 214, {@code 249-50} is 249 to 250, {@code 1123-31} is 1123 to 1131.
 * Pages printed in roman numerals ({@code xiv}) keep their numeral in {@link #printed()} and
 * count by their value.
 *
 * @param first   the first page
 * @param last    the last page (equal to {@code first} for a single page)
 * @param printed the page or range as printed ({@code "213-4"})
 */
public record PageRange(int first, int last, String printed) {

    public PageRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("invalid page range " + first + "-" + last);
        }
    }

    /** True when the range covers more than one page. */
    public boolean isRange() {
        return last != first;
    }

    /**
     * Reads a page or range as printed ({@code "213-4"}, {@code "300–1"}, {@code "xiv"}).
     *
     * @return the range, or {@code null} when the text is not a page number or range
     */
    static PageRange parse(String printed) {
        String s = printed.trim();
        int dash = -1;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c == '\u2013' || c == '\u2014') {
                dash = i;
                break;
            }
        }
        if (dash < 0) {
            int page = pageNumber(s);
            return page < 0 ? null : new PageRange(page, page, s);
        }
        String a = s.substring(0, dash).trim();
        String b = s.substring(dash + 1).trim();
        int first = pageNumber(a);
        if (first < 0 || b.isEmpty()) {
            return null;
        }
        int last;
        if (isDigits(a) && isDigits(b)) {
            last = expandEnd(a, b);
        } else {
            last = pageNumber(b);
        }
        if (last < first) {
            return null;
        }
        return new PageRange(first, last, s);
    }

    /** {@code 213} and {@code 4} give 214: the end borrows the leading digits it leaves out. */
    static int expandEnd(String first, String end) {
        if (end.length() >= first.length()) {
            return parseIntSafe(end);
        }
        return parseIntSafe(first.substring(0, first.length() - end.length()) + end);
    }

    private static int pageNumber(String s) {
        if (isDigits(s)) {
            return parseIntSafe(s);
        }
        return Roman.value(s);
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty() || s.length() > 6) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i)) || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int parseIntSafe(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** {@code "213-214"}, or {@code "342"} for a single page. */
    @Override
    public String toString() {
        return isRange() ? first + "-" + last : Integer.toString(first);
    }

    /** Lower-case roman numerals, as prefaces are paged. */
    static final class Roman {
        private Roman() {
        }

        static int value(String s) {
            if (s.isEmpty() || s.length() > 8 || !s.toLowerCase(java.util.Locale.ROOT).matches("[ivxlc]+")) {
                return -1;
            }
            String t = s.toLowerCase(java.util.Locale.ROOT);
            int total = 0;
            for (int i = 0; i < t.length(); i++) {
                int v = digit(t.charAt(i));
                int next = i + 1 < t.length() ? digit(t.charAt(i + 1)) : 0;
                total += v < next ? -v : v;
            }
            return total;
        }

        private static int digit(char c) {
            return switch (c) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                default -> 100;
            };
        }
    }
}
