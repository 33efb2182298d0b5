package org.miatext.render;

import java.util.List;
import java.util.Optional;
import org.miatext.check.FileReport;
import org.miatext.diagnostic.Diagnostic;
import org.miatext.diagnostic.Severity;

/**
 * Check results as JUnit XML, which most CI servers show as a test report: one
 * {@code <testcase>} per file (its {@code name} and {@code file} are the file name). A file
 * with a diagnostic at or above the fail level gets a {@code <failure>} listing them, one per
 * line in the text form; a file that could not be read gets an {@code <error>}; diagnostics
 * below the fail level go to the test case's {@code <system-out>}.
 */
public final class JUnitXmlRenderer {

    private JUnitXmlRenderer() {
    }

    /**
     * The reports as a JUnit XML document.
     *
     * @param failOn the least severity that fails a file; empty to fail none
     */
    public static String render(List<FileReport> reports, Optional<Severity> failOn) {
        int failures = 0;
        int errors = 0;
        StringBuilder cases = new StringBuilder();
        for (FileReport r : reports) {
            cases.append("    <testcase classname=\"miatext.check\" name=\"").append(escape(r.file()))
                    .append("\" file=\"").append(escape(r.file())).append("\">\n");
            if (r.isFailed()) {
                errors++;
                cases.append("      <error type=\"io\" message=\"").append(escape(r.failure().orElseThrow()))
                        .append("\"/>\n");
            }
            List<Diagnostic> failing = r.diagnostics().stream()
                    .filter(d -> failOn.isPresent() && d.severity().compareTo(failOn.get()) >= 0).toList();
            List<Diagnostic> other = r.diagnostics().stream().filter(d -> !failing.contains(d)).toList();
            if (!failing.isEmpty()) {
                failures++;
                cases.append("      <failure type=\"").append(escape(failing.get(0).ruleId()))
                        .append("\" message=\"").append(failing.size()).append(failing.size() == 1 ? " problem" : " problems")
                        .append("\">");
                for (Diagnostic d : failing) {
                    cases.append(escape(d.toString())).append('\n');
                }
                cases.append("</failure>\n");
            }
            if (!other.isEmpty()) {
                cases.append("      <system-out>");
                for (Diagnostic d : other) {
                    cases.append(escape(d.toString())).append('\n');
                }
                cases.append("</system-out>\n");
            }
            cases.append("    </testcase>\n");
        }
        String counts = "tests=\"" + reports.size() + "\" failures=\"" + failures + "\" errors=\"" + errors + "\"";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuites name=\"miatext check\" " + counts + ">\n"
                + "  <testsuite name=\"miatext check\" " + counts + " skipped=\"0\">\n"
                + cases
                + "  </testsuite>\n"
                + "</testsuites>\n";
    }

    /** Escapes text for XML content and attributes, dropping characters XML 1.0 forbids. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                case '\t' -> sb.append("&#9;");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
