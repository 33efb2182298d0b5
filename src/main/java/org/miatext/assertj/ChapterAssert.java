package org.miatext.assertj;

import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.miatext.ast.Document;
import org.miatext.check.CheckOptions;
import org.miatext.check.Checker;
import org.miatext.check.Rule;
import org.miatext.diagnostic.Diagnostic;
import org.miatext.diagnostic.Severity;

/**
 * AssertJ assertions on a chapter's notes. Failure messages list every diagnostic concerned,
 * one per line, in the {@code file:line:column: severity: message [rule]} form.
 */
public final class ChapterAssert extends AbstractAssert<ChapterAssert, Document> {

    ChapterAssert(Document actual) {
        super(actual, ChapterAssert.class);
    }

    /**
     * Verifies that the checker finds no error and no warning (information, such as numbering
     * that starts above 1, is allowed).
     */
    public ChapterAssert hasConsistentNotes() {
        return hasNoDiagnosticsAtOrAbove(Severity.WARNING, CheckOptions.defaults());
    }

    /** Like {@link #hasConsistentNotes()}, with the given rule ids switched off. */
    public ChapterAssert hasConsistentNotesIgnoring(String... ruleIds) {
        CheckOptions options = CheckOptions.defaults();
        for (String id : ruleIds) {
            Rule rule = Rule.byId(id).orElseThrow(() -> new IllegalArgumentException("unknown rule id: " + id));
            options = options.disable(rule);
        }
        return hasNoDiagnosticsAtOrAbove(Severity.WARNING, options);
    }

    /** Verifies that the checker finds nothing at or above {@code severity}. */
    public ChapterAssert hasNoDiagnosticsAtOrAbove(Severity severity) {
        return hasNoDiagnosticsAtOrAbove(severity, CheckOptions.defaults());
    }

    /** Verifies that the checker reports {@code ruleId} on line {@code line}. */
    public ChapterAssert hasDiagnostic(String ruleId, int line) {
        isNotNull();
        List<Diagnostic> all = Checker.check(actual);
        if (all.stream().noneMatch(d -> d.ruleId().equals(ruleId) && d.line() == line)) {
            failWithMessage("Expecting chapter %s to have a %s diagnostic on line %d, but the checker found:%n%s",
                    actual.sourceName(), ruleId, line, list(all));
        }
        return this;
    }

    private ChapterAssert hasNoDiagnosticsAtOrAbove(Severity severity, CheckOptions options) {
        isNotNull();
        List<Diagnostic> found = Checker.check(actual, options).stream()
                .filter(d -> d.severity().compareTo(severity) >= 0)
                .toList();
        if (!found.isEmpty()) {
            failWithMessage("Expecting chapter %s to have consistent notes, but the checker found %d %s:%n%s",
                    actual.sourceName(), found.size(), found.size() == 1 ? "problem" : "problems", list(found));
        }
        return this;
    }

    private static String list(List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            return "  (nothing)";
        }
        return String.join(System.lineSeparator(),
                Arrays.stream(diagnostics.toArray(Diagnostic[]::new)).map(d -> "  " + d).toList());
    }
}
