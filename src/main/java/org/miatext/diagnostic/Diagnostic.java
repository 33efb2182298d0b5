package org.miatext.diagnostic;

import java.util.Objects;
import java.util.Optional;
import org.miatext.ast.SourceSpan;

/**
 * A problem found in a chapter, with where it is and a stable rule id.
 *
 * @param ruleId   stable id of the rule that found it ({@code "parse/syntax"}, {@code "notes/dangling"})
 * @param severity how serious it is
 * @param message  one sentence for a human
 * @param file     the file name or {@code "<string>"} for text given directly
 * @param span     where it is (line, column, end line, end column)
 * @param hint     a suggestion ("did you mean [41]?"), may be absent
 */
public record Diagnostic(String ruleId, Severity severity, String message, String file, SourceSpan span,
                         Optional<String> hint) {

    public Diagnostic {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(hint, "hint");
    }

    /** The first line of the problem. */
    public int line() {
        return span.line();
    }

    /** The first column of the problem. */
    public int column() {
        return span.column();
    }

    /** The line just after the problem ends. */
    public int endLine() {
        return span.endLine();
    }

    /** The column just after the problem ends (exclusive). */
    public int endColumn() {
        return span.endColumn();
    }

    /** {@code file:line:column: severity: message [rule]}, the form editors and CI logs link. */
    @Override
    public String toString() {
        return file + ":" + line() + ":" + column() + ": " + severity.label() + ": " + message
                + hint.map(h -> " (" + h + ")").orElse("") + " [" + ruleId + "]";
    }
}
