package org.miatext;

/**
 * Options for reading and parsing a chapter.
 *
 * <pre>{@code
 * Document chapter = MiaText.parse(Path.of("big.txt"), ParseOptions.defaults().withMaxInputSize(256L << 20));
 * }</pre>
 *
 * @param maxInputSize the largest input accepted: for a file, its size in bytes; for a
 *                     {@link java.io.Reader}, the chars read. Larger inputs are refused with a
 *                     {@link MiaTextException} naming the source and the limit. Default
 *                     {@link #DEFAULT_MAX_INPUT_SIZE} (64 MiB); at least 0.
 */
public record ParseOptions(long maxInputSize) {

    /** The default maximum input size: 64 MiB (67,108,864 bytes or chars). */
    public static final long DEFAULT_MAX_INPUT_SIZE = 64L * 1024 * 1024;

    /** Checks the values. */
    public ParseOptions {
        if (maxInputSize < 0) {
            throw new IllegalArgumentException("maxInputSize must be at least 0, not " + maxInputSize);
        }
    }

    /** The default options. */
    public static ParseOptions defaults() {
        return new ParseOptions(DEFAULT_MAX_INPUT_SIZE);
    }

    /** These options with another maximum input size. */
    public ParseOptions withMaxInputSize(long maxInputSize) {
        return new ParseOptions(maxInputSize);
    }
}
