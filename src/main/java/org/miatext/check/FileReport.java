package org.miatext.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.miatext.diagnostic.Diagnostic;
import org.miatext.diagnostic.Severity;

/**
 * The outcome of checking one file: its diagnostics, or why it could not be checked.
 *
 * @param file        the file as named to the user
 * @param diagnostics what the checker found, sorted by position (empty when the file failed)
 * @param failure     why the file could not be read or parsed, if it could not
 */
public record FileReport(String file, List<Diagnostic> diagnostics, Optional<String> failure) {

    public FileReport {
        Objects.requireNonNull(file, "file");
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(failure, "failure");
    }

    /** A file that was checked. */
    public static FileReport checked(String file, List<Diagnostic> diagnostics) {
        return new FileReport(file, diagnostics, Optional.empty());
    }

    /** A file that could not be checked. */
    public static FileReport failed(String file, String message) {
        return new FileReport(file, List.of(), Optional.of(message));
    }

    /** True when the file could not be checked. */
    public boolean isFailed() {
        return failure.isPresent();
    }

    /** The number of diagnostics of this severity. */
    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** True when some diagnostic is at least as serious as {@code level}. */
    public boolean reaches(Severity level) {
        return diagnostics.stream().anyMatch(d -> d.severity().compareTo(level) >= 0);
    }
}
