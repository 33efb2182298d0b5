package org.miatext.fix;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two texts by lines ({@code diff -u} format, three lines of context). */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;
    private static final long MAX_CELLS = 40_000_000L;

    private UnifiedDiff() {
    }

    /**
     * The unified diff from {@code before} to {@code after}, or the empty string when they are equal.
     *
     * @param name the file name shown in the {@code ---} and {@code +++} lines
     */
    public static String of(String name, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<char[]> ops = script(a, b); // each op: {kind, ...} kind ' ', '-', '+'
        StringBuilder out = new StringBuilder();
        out.append("--- a/").append(name).append('\n').append("+++ b/").append(name).append('\n');
        int n = ops.size();
        int i = 0;
        int[] aLine = new int[n + 1];
        int[] bLine = new int[n + 1];
        int al = 0;
        int bl = 0;
        for (int k = 0; k < n; k++) {
            aLine[k] = al;
            bLine[k] = bl;
            char kind = ops.get(k)[0];
            if (kind != '+') {
                al++;
            }
            if (kind != '-') {
                bl++;
            }
        }
        aLine[n] = al;
        bLine[n] = bl;
        while (i < n) {
            while (i < n && ops.get(i)[0] == ' ') {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int lastChange = i;
            while (end < n) {
                if (ops.get(end)[0] != ' ') {
                    lastChange = end;
                } else if (end - lastChange > 2 * CONTEXT) {
                    break;
                }
                end++;
            }
            end = Math.min(n, lastChange + CONTEXT + 1);
            int aCount = 0;
            int bCount = 0;
            for (int k = start; k < end; k++) {
                char kind = ops.get(k)[0];
                aCount += kind != '+' ? 1 : 0;
                bCount += kind != '-' ? 1 : 0;
            }
            out.append("@@ -").append(range(aLine[start], aCount)).append(" +").append(range(bLine[start], bCount))
                    .append(" @@\n");
            for (int k = start; k < end; k++) {
                char[] op = ops.get(k);
                String line = new String(op, 1, op.length - 1);
                out.append(op[0]).append(stripEnding(line)).append('\n');
                if (!line.endsWith("\n") && !line.endsWith("\r")) {
                    out.append("\\ No newline at end of file\n");
                }
            }
            i = end;
        }
        return out.toString();
    }

    private static String range(int start, int count) {
        int shown = count == 0 ? start : start + 1;
        return count == 1 ? Integer.toString(shown) : shown + "," + count;
    }

    private static String stripEnding(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }

    /** Lines with their endings. */
    static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n'))) {
                out.add(s.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < s.length()) {
            out.add(s.substring(start));
        }
        return out;
    }

    /** The edit script: common prefix and suffix kept, the middle aligned by longest common subsequence. */
    private static List<char[]> script(List<String> a, List<String> b) {
        int pre = 0;
        while (pre < a.size() && pre < b.size() && a.get(pre).equals(b.get(pre))) {
            pre++;
        }
        int suf = 0;
        while (suf < a.size() - pre && suf < b.size() - pre
                && a.get(a.size() - 1 - suf).equals(b.get(b.size() - 1 - suf))) {
            suf++;
        }
        List<char[]> ops = new ArrayList<>();
        for (int k = 0; k < pre; k++) {
            ops.add(op(' ', a.get(k)));
        }
        List<String> am = a.subList(pre, a.size() - suf);
        List<String> bm = b.subList(pre, b.size() - suf);
        int n = am.size();
        int m = bm.size();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            am.forEach(l -> ops.add(op('-', l)));
            bm.forEach(l -> ops.add(op('+', l)));
        } else {
            int[][] lcs = new int[n + 1][m + 1];
            for (int x = n - 1; x >= 0; x--) {
                for (int y = m - 1; y >= 0; y--) {
                    lcs[x][y] = am.get(x).equals(bm.get(y)) ? lcs[x + 1][y + 1] + 1
                            : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
                }
            }
            int x = 0;
            int y = 0;
            while (x < n || y < m) {
                if (x < n && y < m && am.get(x).equals(bm.get(y))) {
                    ops.add(op(' ', am.get(x++)));
                    y++;
                } else if (x < n && (y == m || lcs[x + 1][y] >= lcs[x][y + 1])) {
                    ops.add(op('-', am.get(x++)));
                } else {
                    ops.add(op('+', bm.get(y++)));
                }
            }
        }
        for (int k = a.size() - suf; k < a.size(); k++) {
            ops.add(op(' ', a.get(k)));
        }
        return ops;
    }

    private static char[] op(char kind, String line) {
        char[] c = new char[line.length() + 1];
        c[0] = kind;
        line.getChars(0, line.length(), c, 1);
        return c;
    }
}
