package org.miatext.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.miatext.check.FileReport;
import org.miatext.check.Rule;
import org.miatext.diagnostic.Diagnostic;
import org.miatext.diagnostic.Severity;

/**
 * Check results as a SARIF 2.1.0 log, the format code-scanning dashboards read (GitHub code
 * scanning, Azure DevOps, many IDE viewers).
 *
 * <p>One run; the driver lists every {@link Rule} with its default level; each diagnostic is a
 * result with its rule id and index, level ({@code error}, {@code warning}, {@code note}),
 * message (the hint appended) and one physical location. The run declares
 * {@code "columnKind": "unicodeCodePoints"}, since miatext counts columns in code points. Files
 * that could not be read become error notifications of the invocation, which is then not
 * successful. Relative file names become relative URI references, absolute ones {@code file:}
 * URIs.
 */
public final class SarifRenderer {

    /** The version the renderers report for the tool. */
    public static final String TOOL_VERSION = "0.1.0";

    /** The SARIF schema the log declares. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifRenderer() {
    }

    /** The reports as a SARIF log (no trailing newline). */
    public static String render(List<FileReport> reports) {
        StringBuilder sb = new StringBuilder(1024);
        sb.append("{\"$schema\":").append(Json.quote(SCHEMA)).append(",\"version\":\"2.1.0\",\"runs\":[{");
        sb.append("\"tool\":{\"driver\":{\"name\":\"miatext\",\"version\":").append(Json.quote(TOOL_VERSION))
                .append(",\"rules\":[");
        Rule[] rules = Rule.values();
        for (int i = 0; i < rules.length; i++) {
            Rule rule = rules[i];
            sb.append(i == 0 ? "" : ",").append("{\"id\":").append(Json.quote(rule.id()))
                    .append(",\"name\":").append(Json.quote(name(rule)))
                    .append(",\"shortDescription\":{\"text\":").append(Json.quote(rule.description())).append('}')
                    .append(",\"defaultConfiguration\":{\"level\":").append(Json.quote(level(rule.severity())))
                    .append("}}");
        }
        sb.append("]}},\"columnKind\":\"unicodeCodePoints\",\"invocations\":[{\"executionSuccessful\":")
                .append(reports.stream().noneMatch(FileReport::isFailed))
                .append(",\"toolExecutionNotifications\":[");
        boolean first = true;
        for (FileReport r : reports) {
            if (r.isFailed()) {
                sb.append(first ? "" : ",").append("{\"level\":\"error\",\"message\":{\"text\":")
                        .append(Json.quote(r.failure().orElseThrow())).append("},\"locations\":[{\"physicalLocation\":")
                        .append("{\"artifactLocation\":{\"uri\":").append(Json.quote(uri(r.file()))).append("}}}]}");
                first = false;
            }
        }
        sb.append("]}],\"results\":[");
        first = true;
        for (FileReport r : reports) {
            for (Diagnostic d : r.diagnostics()) {
                sb.append(first ? "" : ",").append("{\"ruleId\":").append(Json.quote(d.ruleId()));
                Rule.byId(d.ruleId()).ifPresent(rule -> sb.append(",\"ruleIndex\":").append(rule.ordinal()));
                sb.append(",\"level\":").append(Json.quote(level(d.severity())))
                        .append(",\"message\":{\"text\":")
                        .append(Json.quote(d.message() + d.hint().map(h -> " (" + h + ")").orElse("")))
                        .append("},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":")
                        .append(Json.quote(uri(d.file()))).append("},\"region\":{\"startLine\":").append(d.line())
                        .append(",\"startColumn\":").append(d.column())
                        .append(",\"endLine\":").append(d.endLine())
                        .append(",\"endColumn\":").append(d.endColumn())
                        .append("}}}]}");
                first = false;
            }
        }
        return sb.append("]}]}").toString();
    }

    /** The SARIF level of a severity: error, warning or note. */
    public static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** "notes/kind-mismatch" gives "NotesKindMismatch". */
    static String name(Rule rule) {
        StringBuilder sb = new StringBuilder();
        boolean upper = true;
        for (char c : rule.id().toCharArray()) {
            if (c == '/' || c == '-') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    /** A relative URI reference for a relative file name, a {@code file:} URI for an absolute one. */
    static String uri(String file) {
        String slashed = file.replace('\\', '/');
        try {
            Path path = Path.of(file);
            if (path.isAbsolute()) {
                return path.toUri().toString();
            }
        } catch (InvalidPathException e) {
            // not a path of this system: fall through to a plain reference
        }
        try {
            return new URI(null, null, slashed, null).toASCIIString();
        } catch (URISyntaxException e) {
            return slashed;
        }
    }
}
