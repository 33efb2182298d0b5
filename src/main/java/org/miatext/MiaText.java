package org.miatext;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Inputs larger than this (in chars) are refused by {@link #parse(Path)} and {@link #parse(Reader)}. */
    public static final long DEFAULT_MAX_INPUT_CHARS = 64L * 1024 * 1024;

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
     * the document's source.
     *
     * @throws MiaTextException naming the file when it cannot be read, is larger than
     *                          {@link #DEFAULT_MAX_INPUT_CHARS}, or is not valid UTF-8 (with the
     *                          byte offset of the first bad byte)
     */
    public static Document parse(Path file) {
        return parse(readUtf8(file), file.toString());
    }

    /**
     * Reads all of a reader and parses it.
     *
     * @throws UncheckedIOException when the reader fails
     */
    public static Document parse(Reader reader) {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            int n;
            while ((n = reader.read(buffer)) >= 0) {
                sb.append(buffer, 0, n);
                if (sb.length() > DEFAULT_MAX_INPUT_CHARS) {
                    throw new MiaTextException(STRING_SOURCE + ": input is larger than "
                            + DEFAULT_MAX_INPUT_CHARS + " characters");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read input: " + e.getMessage(), e);
        }
        return parse(sb.toString());
    }

    /**
     * Reads a file as strict UTF-8.
     *
     * @throws MiaTextException naming the file and what is wrong
     */
    public static String readUtf8(Path file) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new MiaTextException(file + ": is a directory, not a chapter file");
            }
            long size = Files.size(file);
            if (size > DEFAULT_MAX_INPUT_CHARS * 4) {
                throw new MiaTextException(file + ": file is too large (" + size + " bytes)");
            }
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new MiaTextException(file + ": no such file", e);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new MiaTextException(file + ": permission denied", e);
        } catch (IOException e) {
            throw new MiaTextException(file + ": cannot read: " + e.getMessage(), e);
        }
        return decodeUtf8(bytes, file.toString());
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
                    + String.format("%02X", bytes[in.position()] & 0xFF) + " at byte offset " + in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new MiaTextException(sourceName + ": not valid UTF-8 at the end of the file");
        }
        out.flip();
        return out.toString();
    }

}
