package org.miatext.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.miatext.MiaTextException;
import picocli.CommandLine;

/**
 * The files a command works on: each argument is a chapter file, or a directory whose
 * {@code *.txt} files (not its sub-directories) are taken in name order. Also the
 * {@code --max-size} converter. Shared by the commands that read chapters.
 */
final class ChapterFiles {

    private ChapterFiles() {
    }

    /** One argument's files, or why it has none. */
    record Expansion(List<Path> files, String error) {
    }

    /** The files of one argument: a directory without {@code *.txt} files is an error. */
    static Expansion expand(Path argument) {
        if (!Files.isDirectory(argument)) {
            return new Expansion(List.of(argument), null);
        }
        try (Stream<Path> list = Files.list(argument)) {
            List<Path> files = list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .filter(p -> !Files.isDirectory(p))
                    .sorted()
                    .toList();
            return files.isEmpty()
                    ? new Expansion(List.of(), argument + ": no .txt files in this directory")
                    : new Expansion(new ArrayList<>(files), null);
        } catch (IOException | UncheckedIOException e) {
            return new Expansion(List.of(), argument + ": cannot list the directory: " + e.getMessage());
        }
    }

    /**
     * Reads {@code --max-size}: a number of bytes, or with a suffix {@code k}, {@code m} or
     * {@code g} (powers of 1024, any case): {@code 64m} is 67,108,864 bytes.
     */
    static final class SizeConverter implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            long unit = 1;
            if (!v.isEmpty() && "kmg".indexOf(v.charAt(v.length() - 1)) >= 0) {
                unit = 1L << (10 * ("kmg".indexOf(v.charAt(v.length() - 1)) + 1));
                v = v.substring(0, v.length() - 1);
            }
            try {
                long n = Long.parseLong(v);
                if (n < 0) {
                    throw new CommandLine.TypeConversionException("'" + value + "' is negative");
                }
                return Math.multiplyExact(n, unit);
            } catch (NumberFormatException | ArithmeticException e) {
                throw new CommandLine.TypeConversionException("'" + value
                        + "' is not a size (bytes, or a number with k, m or g)");
            }
        }
    }

    /** A one-line message for a failure to read a file. */
    static String message(RuntimeException e) {
        if (e instanceof MiaTextException) {
            return e.getMessage();
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
