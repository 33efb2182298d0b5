package org.miatext.render;

import java.util.List;
import org.miatext.check.FileReport;
import org.miatext.diagnostic.Diagnostic;
import org.miatext.diagnostic.Severity;

/**
 * Check results as one JSON object:
 * <pre>{@code
 * {"tool":"miatext","version":"0.1.0",
 *  "files":[{"file":"a.txt","error":null,
 *            "diagnostics":[{"rule":"notes/dangling","severity":"error","message":"...","hint":null,
 *                            "line":3,"column":5,"endLine":3,"endColumn":9}]}],
 *  "summary":{"files":1,"errors":1,"warnings":0,"infos":0,"unreadable":0}}
 * }</pre>
 * Lines and columns are 1-based; columns count code points; end positions are exclusive.
 */
public final class DiagnosticJsonRenderer {

    private DiagnosticJsonRenderer() {
    }

    /** The reports as a JSON document (no trailing newline). */
    public static String render(List<FileReport> reports) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"tool\":\"miatext\",\"version\":").append(Json.quote(SarifRenderer.TOOL_VERSION))
                .append(",\"files\":[");
        long errors = 0;
        long warnings = 0;
        long infos = 0;
        long unreadable = 0;
        for (int i = 0; i < reports.size(); i++) {
            FileReport r = reports.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"file\":").append(Json.quote(r.file()))
                    .append(",\"error\":").append(r.failure().map(Json::quote).orElse("null"))
                    .append(",\"diagnostics\":[");
            for (int k = 0; k < r.diagnostics().size(); k++) {
                Diagnostic d = r.diagnostics().get(k);
                sb.append(k == 0 ? "" : ",").append("{\"rule\":").append(Json.quote(d.ruleId()))
                        .append(",\"severity\":").append(Json.quote(d.severity().label()))
                        .append(",\"message\":").append(Json.quote(d.message()))
                        .append(",\"hint\":").append(d.hint().map(Json::quote).orElse("null"))
                        .append(",\"line\":").append(d.line())
                        .append(",\"column\":").append(d.column())
                        .append(",\"endLine\":").append(d.endLine())
                        .append(",\"endColumn\":").append(d.endColumn())
                        .append('}');
            }
            sb.append("]}");
            errors += r.count(Severity.ERROR);
            warnings += r.count(Severity.WARNING);
            infos += r.count(Severity.INFO);
            unreadable += r.isFailed() ? 1 : 0;
        }
        sb.append("],\"summary\":{\"files\":").append(reports.size())
                .append(",\"errors\":").append(errors)
                .append(",\"warnings\":").append(warnings)
                .append(",\"infos\":").append(infos)
                .append(",\"unreadable\":").append(unreadable)
                .append("}}");
        return sb.toString();
    }
}
