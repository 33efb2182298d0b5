package org.miatext.render;

import java.util.List;
import org.miatext.check.FileReport;
import org.miatext.diagnostic.Diagnostic;

/**
 * Check results as GitHub Actions workflow commands, which the Actions runner turns into
 * annotations on the files of a pull request:
 * <pre>{@code ::error file=ch4.txt,line=12,col=40,endLine=12,endColumn=43,title=notes/dangling::[61] points to no entry}</pre>
 * Severities map to {@code error}, {@code warning} and {@code notice}. GitHub's end column is
 * inclusive, so it is the column of the last character. Values are escaped as the runner
 * expects ({@code %25}, {@code %0D}, {@code %0A}, and in properties {@code %3A}, {@code %2C}).
 */
public final class GithubAnnotationsRenderer {

    private GithubAnnotationsRenderer() {
    }

    /** One command per line, each ending with a newline. */
    public static String render(List<FileReport> reports) {
        StringBuilder sb = new StringBuilder();
        for (FileReport r : reports) {
            if (r.isFailed()) {
                sb.append("::error file=").append(property(r.file())).append(",title=")
                        .append(property("miatext: unreadable file")).append("::")
                        .append(data(r.failure().orElseThrow())).append('\n');
            }
            for (Diagnostic d : r.diagnostics()) {
                String command = switch (d.severity()) {
                    case ERROR -> "error";
                    case WARNING -> "warning";
                    case INFO -> "notice";
                };
                int endColumn = d.endLine() == d.line() ? Math.max(d.column(), d.endColumn() - 1) : d.endColumn();
                sb.append("::").append(command)
                        .append(" file=").append(property(d.file().replace('\\', '/')))
                        .append(",line=").append(d.line())
                        .append(",col=").append(d.column())
                        .append(",endLine=").append(d.endLine())
                        .append(",endColumn=").append(endColumn)
                        .append(",title=").append(property(d.ruleId()))
                        .append("::").append(data(d.message() + d.hint().map(h -> " (" + h + ")").orElse("")))
                        .append('\n');
            }
        }
        return sb.toString();
    }

    /** Escapes the message part of a workflow command. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value of a workflow command. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
