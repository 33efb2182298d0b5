package org.miatext.robustness;

/**
 * Turns the fuzzer's bytes into a Java string so that every string is reachable, while a text
 * file used as a seed reads as itself.
 *
 * <p>Bytes are read as UTF-8; surrogate code points encoded in three bytes ({@code ED A0 80}, as
 * in WTF-8) give lone surrogates; any byte that starts no valid sequence becomes U+DC80..U+DCFF
 * (Python's "surrogateescape"). So a seed chapter in UTF-8 decodes to its own text, and the
 * fuzzer can still make lone surrogates, NULs and every other char.
 */
final class FuzzText {

    private FuzzText() {
    }

    static String decode(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length);
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                sb.append((char) b);
                i++;
                continue;
            }
            int length;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                min = 0x10000;
            } else {
                sb.append((char) (0xDC00 | b));
                i++;
                continue;
            }
            int codePoint = b & (0xFF >> (length + 1));
            boolean valid = i + length <= n;
            for (int k = 1; valid && k < length; k++) {
                int c = bytes[i + k] & 0xFF;
                if ((c & 0xC0) != 0x80) {
                    valid = false;
                } else {
                    codePoint = (codePoint << 6) | (c & 0x3F);
                }
            }
            if (valid && codePoint >= min && codePoint <= 0x10FFFF) {
                sb.appendCodePoint(codePoint);
                i += length;
            } else {
                sb.append((char) (0xDC00 | b));
                i++;
            }
        }
        return sb.toString();
    }
}
