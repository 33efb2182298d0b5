package org.miatext;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import org.miatext.ast.Document;
import org.miatext.parse.TreeBuilder;

/**
 * Parses chapters in the style of the Marxists Internet Archive.
 *
 * <pre>{@code
 * Document chapter = MiaText.parse(Path.of("seeds/chapter.txt"));
 * for (Citation citation : chapter.citations()) {
 *     chapter.entryFor(citation).ifPresent(entry -> System.out.println(citation.text() + " -> " + entry.body()));
 * }
 * }</pre>
 *
 * <p>Parsing never fails on text: whatever the input, a {@link Document} comes back, with any
 * structural problems in {@link Document#problems()}. Only reading a file can fail.
 */
public final class MiaText {

    /** The source name used for text given directly. */
    public static final String STRING_SOURCE = "<string>";

    private MiaText() {
    }

    /** Parses a chapter given as text. */
    public static Document parse(String text) {
        return parse(text, STRING_SOURCE);
    }

    /**
     * Parses a chapter given as text, naming its source for diagnostics.
     *
     * @param text       the chapter
     * @param sourceName the name diagnostics give as its file
     */
    public static Document parse(String text, String sourceName) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceName, "sourceName");
        return new TreeBuilder().build(text, sourceName);
    }

    /**
     * Reads a UTF-8 file and parses it. A byte order mark, CRLF and CR line endings are kept in
     * the document's source. Files larger than {@link ParseOptions#DEFAULT_MAX_INPUT_SIZE} are
     * refused.
     *
     * @throws MiaTextException naming the file when it cannot be read (missing, a directory, a
     *                          device or FIFO, a symbolic link loop, no permission), is too large,
     *                          is UTF-16, or is not valid UTF-8 (with the byte offset of the first
     *                          bad byte)
     */
    public static Document parse(Path file) {
        return parse(file, ParseOptions.defaults());
    }

    /**
     * Reads a UTF-8 file and parses it, with options.
     *
     * @throws MiaTextException as {@link #parse(Path)}; "too large" is beyond
     *                          {@link ParseOptions#maxInputSize()} bytes
     */
    public static Document parse(Path file, ParseOptions options) {
        return parse(readUtf8(file, options.maxInputSize()), file.toString());
    }

    /**
     * Reads all of a reader and parses it. More than {@link ParseOptions#DEFAULT_MAX_INPUT_SIZE}
     * chars are refused.
     *
     * @throws UncheckedIOException when the reader fails
     * @throws MiaTextException     when the input is too large
     */
    public static Document parse(Reader reader) {
        return parse(reader, ParseOptions.defaults());
    }

    /**
     * Reads all of a reader and parses it, with options.
     *
     * @throws UncheckedIOException when the reader fails
     * @throws MiaTextException     when more than {@link ParseOptions#maxInputSize()} chars are read
     */
    public static Document parse(Reader reader, ParseOptions options) {
        long max = options.maxInputSize();
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            int n;
            while ((n = reader.read(buffer)) >= 0) {
                sb.append(buffer, 0, n);
                if (sb.length() > max) {
                    throw new MiaTextException(STRING_SOURCE + ": input is larger than the maximum input size of "
                            + max + " characters");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read input: " + e.getMessage(), e);
        }
        return parse(sb.toString());
    }

    /**
     * Reads a file as strict UTF-8, refusing files larger than
     * {@link ParseOptions#DEFAULT_MAX_INPUT_SIZE} bytes.
     *
     * @throws MiaTextException naming the file and what is wrong
     */
    public static String readUtf8(Path file) {
        return readUtf8(file, ParseOptions.DEFAULT_MAX_INPUT_SIZE);
    }

    /**
     * Reads a file as strict UTF-8. Only regular files are read: a directory, a device, a FIFO
     * or a socket is refused before anything is read, so that reading never blocks or runs on.
     *
     * @param maxBytes the largest file accepted, in bytes
     * @throws MiaTextException naming the file and what is wrong
     */
    public static String readUtf8(Path file, long maxBytes) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw readError(file, e);
        }
        if (attributes.isDirectory()) {
            throw new MiaTextException(file + ": is a directory, not a chapter file");
        }
        if (!attributes.isRegularFile()) {
            throw new MiaTextException(file + ": is not a regular file (a device, FIFO or socket): not read");
        }
        if (attributes.size() > maxBytes) {
            throw tooLarge(file, attributes.size(), maxBytes);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // Read at most one byte past the limit: the file may have grown since it was measured.
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw readError(file, e);
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(file, bytes.length, maxBytes);
        }
        return decodeUtf8(bytes, file.toString());
    }

    private static MiaTextException tooLarge(Path file, long size, long maxBytes) {
        return new MiaTextException(file + ": file is too large (" + (size > maxBytes ? "more than " : "")
                + maxBytes + " bytes is the maximum input size)");
    }

    private static MiaTextException readError(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new MiaTextException(file + ": no such file", e);
        }
        if (e instanceof AccessDeniedException) {
            return new MiaTextException(file + ": permission denied", e);
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null
                && fse.getReason().toLowerCase(java.util.Locale.ROOT).contains("symbolic link")) {
            return new MiaTextException(file + ": symbolic link loop (" + fse.getReason() + ")", e);
        }
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : e.getMessage();
        return new MiaTextException(file + ": cannot read: " + reason, e);
    }

    /**
     * Decodes strict UTF-8.
     *
     * @throws MiaTextException naming the source and the byte offset of the first invalid byte
     */
    public static String decodeUtf8(byte[] bytes, String sourceName) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new MiaTextException(sourceName + ": the file is UTF-16 (it starts with a UTF-16 byte order mark);"
                    + " convert it to UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new MiaTextException(sourceName + ": not valid UTF-8: bad byte 0x"
                    + String.format("%02X", bytes[in.position()] & 0xFF) + " at byte offset " + in.position()
                    + kindOfBytes(bytes));
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new MiaTextException(sourceName + ": not valid UTF-8 at the end of the file");
        }
        out.flip();
        return out.toString();
    }

    /** What undecodable bytes look like, for the error message. */
    private static String kindOfBytes(byte[] bytes) {
        if (bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F' && bytes[4] == '-') {
            return " (the file is a PDF, not plain text)";
        }
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return " (the file looks binary: it has NUL bytes)";
            }
        }
        return " (if the file is Latin-1 or Windows-1252, convert it to UTF-8)";
    }
}
