package org.miatext.render;

import java.util.List;
import org.miatext.check.FileReport;
import org.miatext.diagnostic.Diagnostic;
import org.miatext.diagnostic.Severity;

/**
 * Check results as plain text, one line per diagnostic in the
 * {@code file:line:column: severity: message [rule]} form that editors and CI logs turn into
 * links, then a summary line.
 */
public final class DiagnosticTextRenderer {

    private DiagnosticTextRenderer() {
    }

    /** The reports in order, then the summary line; every line ends with a newline. */
    public static String render(List<FileReport> reports) {
        StringBuilder sb = new StringBuilder();
        for (FileReport report : reports) {
            if (report.isFailed()) {
                sb.append(report.file()).append(": error: ").append(report.failure().orElseThrow())
                        .append(" [io/unreadable]\n");
            }
            for (Diagnostic d : report.diagnostics()) {
                sb.append(d).append('\n');
            }
        }
        return sb.append(summary(reports)).append('\n').toString();
    }

    /** "3 files checked: 2 errors, 1 warning, 0 infos in 1 file; 1 file could not be read". */
    public static String summary(List<FileReport> reports) {
        long errors = 0;
        long warnings = 0;
        long infos = 0;
        long withFindings = 0;
        long failed = 0;
        for (FileReport r : reports) {
            errors += r.count(Severity.ERROR);
            warnings += r.count(Severity.WARNING);
            infos += r.count(Severity.INFO);
            withFindings += r.diagnostics().isEmpty() ? 0 : 1;
            failed += r.isFailed() ? 1 : 0;
        }
        String s = plural(reports.size() - failed, "file") + " checked: " + plural(errors, "error") + ", "
                + plural(warnings, "warning") + ", " + plural(infos, "info") + " in " + plural(withFindings, "file");
        if (failed > 0) {
            s += "; " + plural(failed, "file") + " could not be read";
        }
        return s;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
