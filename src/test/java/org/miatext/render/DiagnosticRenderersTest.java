package org.miatext.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.miatext.ast.SourceSpan;
import org.miatext.check.FileReport;
import org.miatext.check.Rule;
import org.miatext.diagnostic.Diagnostic;
import org.miatext.diagnostic.Severity;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Each output format is read back with a real consumer (Jackson, the JDK's DOM parser) and its fields checked. */
class DiagnosticRenderersTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static final Diagnostic DANGLING = new Diagnostic("notes/dangling", Severity.ERROR,
            "[47] points to no entry of the numbered list", "ch 4/a.txt",
            new SourceSpan(100, 4, 12, 40, 12, 44), Optional.of("did you mean [41]?"));
    static final Diagnostic REPEATED = new Diagnostic("numbering/repeated-citation", Severity.WARNING,
            "entry 2 is cited more than once: [2] here and at line 3, \"quoted\" <b> & 100%", "ch 4/a.txt",
            new SourceSpan(200, 3, 20, 5, 20, 8), Optional.empty());
    static final Diagnostic INFO = new Diagnostic("numbering/starts-above-one", Severity.INFO,
            "The numbered list starts at [61], not [1]", "b.txt",
            new SourceSpan(10, 4, 3, 7, 3, 11), Optional.of("the chapter may continue its book's numbering"));

    static final List<FileReport> REPORTS = List.of(
            FileReport.checked("ch 4/a.txt", List.of(DANGLING, REPEATED)),
            FileReport.checked("b.txt", List.of(INFO)),
            FileReport.checked("c.txt", List.of()),
            FileReport.failed("d.txt", "not valid UTF-8: bad byte 0xFF at byte offset 3"));

    @Test
    void text() {
        String text = DiagnosticTextRenderer.render(REPORTS);
        List<String> lines = text.lines().toList();
        assertThat(lines).containsExactly(
                "ch 4/a.txt:12:40: error: [47] points to no entry of the numbered list (did you mean [41]?) [notes/dangling]",
                "ch 4/a.txt:20:5: warning: " + REPEATED.message() + " [numbering/repeated-citation]",
                "b.txt:3:7: info: The numbered list starts at [61], not [1] (the chapter may continue its book's numbering) [numbering/starts-above-one]",
                "d.txt: error: not valid UTF-8: bad byte 0xFF at byte offset 3 [io/unreadable]",
                "3 files checked: 1 error, 1 warning, 1 info in 2 files; 1 file could not be read");
        Matcher m = Pattern.compile("^(.+):(\\d+):(\\d+): (error|warning|info): (.*) \\[([a-z/-]+)]$").matcher(lines.get(0));
        assertThat(m.matches()).isTrue();
        assertThat(m.group(1)).isEqualTo("ch 4/a.txt");
    }

    @Test
    void json() throws Exception {
        JsonNode root = JSON.readTree(DiagnosticJsonRenderer.render(REPORTS));
        assertThat(root.get("tool").asText()).isEqualTo("miatext");
        JsonNode files = root.get("files");
        assertThat(files).hasSize(4);
        JsonNode first = files.get(0);
        assertThat(first.get("file").asText()).isEqualTo("ch 4/a.txt");
        assertThat(first.get("error").isNull()).isTrue();
        JsonNode d = first.get("diagnostics").get(0);
        assertThat(d.get("rule").asText()).isEqualTo("notes/dangling");
        assertThat(d.get("severity").asText()).isEqualTo("error");
        assertThat(d.get("message").asText()).isEqualTo(DANGLING.message());
        assertThat(d.get("hint").asText()).isEqualTo("did you mean [41]?");
        assertThat(d.get("line").asInt()).isEqualTo(12);
        assertThat(d.get("column").asInt()).isEqualTo(40);
        assertThat(d.get("endLine").asInt()).isEqualTo(12);
        assertThat(d.get("endColumn").asInt()).isEqualTo(44);
        assertThat(first.get("diagnostics").get(1).get("message").asText()).isEqualTo(REPEATED.message());
        assertThat(first.get("diagnostics").get(1).get("hint").isNull()).isTrue();
        assertThat(files.get(3).get("error").asText()).contains("not valid UTF-8");
        JsonNode summary = root.get("summary");
        assertThat(summary.get("files").asInt()).isEqualTo(4);
        assertThat(summary.get("errors").asInt()).isEqualTo(1);
        assertThat(summary.get("warnings").asInt()).isEqualTo(1);
        assertThat(summary.get("infos").asInt()).isEqualTo(1);
        assertThat(summary.get("unreadable").asInt()).isEqualTo(1);
    }

    @Test
    void sarif() throws Exception {
        JsonNode root = JSON.readTree(SarifRenderer.render(REPORTS));
        assertThat(root.get("version").asText()).isEqualTo("2.1.0");
        assertThat(root.get("$schema").asText()).contains("sarif-2.1.0");
        JsonNode run = root.get("runs").get(0);
        assertThat(run.get("columnKind").asText()).isEqualTo("unicodeCodePoints");
        JsonNode driver = run.get("tool").get("driver");
        assertThat(driver.get("name").asText()).isEqualTo("miatext");
        JsonNode rules = driver.get("rules");
        assertThat(rules).hasSize(Rule.values().length);
        for (Rule rule : Rule.values()) {
            JsonNode r = rules.get(rule.ordinal());
            assertThat(r.get("id").asText()).isEqualTo(rule.id());
            assertThat(r.get("shortDescription").get("text").asText()).isEqualTo(rule.description());
            assertThat(r.get("defaultConfiguration").get("level").asText()).isIn("error", "warning", "note");
        }
        JsonNode results = run.get("results");
        assertThat(results).hasSize(3);
        JsonNode first = results.get(0);
        assertThat(first.get("ruleId").asText()).isEqualTo("notes/dangling");
        assertThat(rules.get(first.get("ruleIndex").asInt()).get("id").asText()).isEqualTo("notes/dangling");
        assertThat(first.get("level").asText()).isEqualTo("error");
        assertThat(first.get("message").get("text").asText()).isEqualTo(DANGLING.message() + " (did you mean [41]?)");
        JsonNode location = first.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo("ch%204/a.txt");
        JsonNode region = location.get("region");
        assertThat(region.get("startLine").asInt()).isEqualTo(12);
        assertThat(region.get("startColumn").asInt()).isEqualTo(40);
        assertThat(region.get("endLine").asInt()).isEqualTo(12);
        assertThat(region.get("endColumn").asInt()).isEqualTo(44);
        assertThat(results.get(1).get("level").asText()).isEqualTo("warning");
        assertThat(results.get(2).get("level").asText()).isEqualTo("note");
        JsonNode invocation = run.get("invocations").get(0);
        assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
        assertThat(invocation.get("toolExecutionNotifications").get(0).get("message").get("text").asText())
                .contains("not valid UTF-8");
    }

    @Test
    void github() {
        List<String> lines = GithubAnnotationsRenderer.render(REPORTS).lines().toList();
        assertThat(lines).hasSize(4);
        Pattern command = Pattern.compile("^::(error|warning|notice) (.*?)::(.*)$");
        Matcher m = command.matcher(lines.get(0));
        assertThat(m.matches()).isTrue();
        assertThat(m.group(1)).isEqualTo("error");
        assertThat(properties(m.group(2))).containsEntry("file", "ch 4/a.txt").containsEntry("line", "12")
                .containsEntry("col", "40").containsEntry("endLine", "12").containsEntry("endColumn", "43")
                .containsEntry("title", "notes/dangling");
        assertThat(m.group(3)).isEqualTo(DANGLING.message() + " (did you mean [41]?)");
        Matcher warning = command.matcher(lines.get(1));
        assertThat(warning.matches()).isTrue();
        assertThat(warning.group(1)).isEqualTo("warning");
        assertThat(unescape(warning.group(3))).isEqualTo(REPEATED.message());
        Matcher notice = command.matcher(lines.get(2));
        assertThat(notice.matches()).isTrue();
        assertThat(notice.group(1)).isEqualTo("notice");
        assertThat(lines.get(3)).startsWith("::error file=d.txt,");
        assertThat(GithubAnnotationsRenderer.property("a,b:c%\n")).isEqualTo("a%2Cb%3Ac%25%0A");
    }

    private static java.util.Map<String, String> properties(String s) {
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        for (String pair : s.split(",")) {
            int eq = pair.indexOf('=');
            map.put(pair.substring(0, eq), unescape(pair.substring(eq + 1)));
        }
        return map;
    }

    private static String unescape(String s) {
        return s.replace("%0A", "\n").replace("%0D", "\r").replace("%3A", ":").replace("%2C", ",").replace("%25", "%");
    }

    @Test
    void junit() throws Exception {
        String xml = JUnitXmlRenderer.render(REPORTS, Optional.of(Severity.WARNING));
        org.w3c.dom.Document dom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element suites = dom.getDocumentElement();
        assertThat(suites.getTagName()).isEqualTo("testsuites");
        assertThat(suites.getAttribute("tests")).isEqualTo("4");
        assertThat(suites.getAttribute("failures")).isEqualTo("1");
        assertThat(suites.getAttribute("errors")).isEqualTo("1");
        NodeList cases = dom.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(4);
        Element a = (Element) cases.item(0);
        assertThat(a.getAttribute("name")).isEqualTo("ch 4/a.txt");
        assertThat(a.getAttribute("file")).isEqualTo("ch 4/a.txt");
        Element failure = (Element) a.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("2 problems");
        assertThat(failure.getTextContent().lines().toList()).containsExactly(DANGLING.toString(), REPEATED.toString());
        Element b = (Element) cases.item(1);
        assertThat(b.getElementsByTagName("failure").getLength()).isZero();
        assertThat(b.getElementsByTagName("system-out").item(0).getTextContent()).contains("starts at [61]");
        Element c = (Element) cases.item(2);
        assertThat(c.getChildNodes().getLength()).isEqualTo(1); // only white space: a passing test case
        Element d = (Element) cases.item(3);
        assertThat(((Element) d.getElementsByTagName("error").item(0)).getAttribute("message")).contains("0xFF");

        String never = JUnitXmlRenderer.render(REPORTS, Optional.empty());
        org.w3c.dom.Document dom2 = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(never.getBytes(StandardCharsets.UTF_8)));
        assertThat(dom2.getElementsByTagName("failure").getLength()).isZero();
        assertThat(JUnitXmlRenderer.escape("a\u0001<b>")).isEqualTo("a&lt;b&gt;");
    }
}
