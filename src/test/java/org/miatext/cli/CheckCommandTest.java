package org.miatext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    static final String GOOD = "A Writer\n\nA Work\n\nA claim [1] and another [2] in a paragraph of the chapter.\n\nNotes\n\n1. a.\n\n2. b.";
    static final String DANGLING = GOOD.replace("[2]", "[3]").replace("2. b.", "2. b.\n\n3x");
    static final String REPEATED = GOOD.replace("[2] in", "[2] and [1] in");

    @TempDir
    Path dir;

    String out;
    String err;

    int run(String... args) {
        CliRun run = CliRun.run(args);
        out = run.out();
        err = run.err();
        return run.code();
    }

    @BeforeEach
    void files() throws Exception {
        Files.createDirectories(dir.resolve("book/part2"));
        Files.writeString(dir.resolve("book/b-good.txt"), GOOD);
        Files.writeString(dir.resolve("book/part2/a-repeated.txt"), REPEATED);
        Files.writeString(dir.resolve("book/c-dangling.txt"), GOOD.replace("[2]", "[9]"));
        Files.writeString(dir.resolve("book/notes.md"), "not a chapter [7]");
    }

    @Test
    void directoriesAreSearchedRecursivelyAndOutputIsSortedByPath() {
        int code = run("check", dir.resolve("book").toString());
        assertThat(code).isEqualTo(1);
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith(dir.resolve("book/c-dangling.txt") + ":5:25: error: [9] points to no entry");
        assertThat(lines.get(1)).contains("c-dangling.txt").contains("[notes/orphan]");
        assertThat(lines.get(2)).startsWith(dir.resolve("book/part2/a-repeated.txt") + ":5:33: warning:");
        assertThat(lines.get(3)).isEqualTo("3 files checked: 2 errors, 1 warning, 0 infos in 2 files");
    }

    @Test
    void failOnChoosesTheExitCode() {
        Path repeated = dir.resolve("book/part2/a-repeated.txt");
        assertThat(run("check", repeated.toString())).isZero();
        assertThat(run("check", "--fail-on", "warning", repeated.toString())).isEqualTo(1);
        assertThat(run("check", "--fail-on", "never", dir.resolve("book").toString())).isZero();
        assertThat(run("check", dir.resolve("book/b-good.txt").toString())).isZero();
        assertThat(out).isEqualTo("1 file checked: 0 errors, 0 warnings, 0 infos in 0 files\n");
    }

    @Test
    void disableSwitchesRulesOff() {
        assertThat(run("check", "--disable", "notes/dangling,notes/orphan", dir.resolve("book").toString())).isZero();
        assertThat(out).doesNotContain("dangling").contains("repeated-citation");
        assertThat(run("check", "--disable", "notes/nothing", dir.toString())).isEqualTo(2);
        assertThat(err).contains("unknown rule 'notes/nothing'").doesNotContain("Exception");
    }

    @Test
    void globChoosesFiles() {
        assertThat(run("check", "--glob", "*.md", "--fail-on", "never", dir.resolve("book").toString())).isZero();
        assertThat(out).contains("notes.md:1:15: error: [7] points to no entry").contains("1 file checked");
        assertThat(run("check", "--glob", "part2/*.txt", dir.resolve("book").toString())).isZero();
        assertThat(out).contains("a-repeated.txt").doesNotContain("c-dangling");
        assertThat(run("check", "--glob", "*.none", dir.resolve("book").toString())).isEqualTo(2);
        assertThat(err).contains("no files matching");
    }

    @Test
    void aBadFileIsReportedAndTheRunContinues() throws Exception {
        Files.write(dir.resolve("book/bad.txt"), new byte[] {'a', (byte) 0xFF, 'b'});
        int code = run("check", dir.resolve("book").toString(), dir.resolve("missing.txt").toString());
        assertThat(code).isEqualTo(2);
        assertThat(out).contains("bad.txt: error: not valid UTF-8: bad byte 0xFF at byte offset 1")
                .contains("missing.txt: error: no such file or directory")
                .contains("c-dangling.txt:5:25: error")
                .contains("3 files checked").contains("2 files could not be read");
        assertThat(err).contains("bad.txt").doesNotContain("Exception");
    }

    @Test
    void formatsAndOutputFile() throws Exception {
        Path report = dir.resolve("report.sarif");
        assertThat(run("check", "--format", "sarif", "--output", report.toString(), dir.resolve("book").toString())).isEqualTo(1);
        assertThat(out).isEmpty();
        JsonNode sarif = new ObjectMapper().readTree(Files.readString(report, StandardCharsets.UTF_8));
        assertThat(sarif.get("runs").get(0).get("results")).hasSize(3);

        assertThat(run("check", "--format", "json", dir.resolve("book").toString())).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(out);
        assertThat(json.get("files")).hasSize(3);
        assertThat(json.get("files").get(0).get("file").asText()).endsWith("b-good.txt");

        assertThat(run("check", "--format", "github", dir.resolve("book").toString())).isEqualTo(1);
        assertThat(out.lines()).hasSize(3).allMatch(l -> l.startsWith("::error ") || l.startsWith("::warning "));

        assertThat(run("check", "--format", "junit", dir.resolve("book").toString())).isEqualTo(1);
        assertThat(out).startsWith("<?xml").contains("<testcase");

        assertThat(run("check", "--format", "yaml", dir.toString())).isEqualTo(2);
        assertThat(run("check", "--output", dir.resolve("no/such/dir/r.txt").toString(), dir.resolve("book").toString()))
                .isEqualTo(2);
        assertThat(err).contains("cannot write the report").doesNotContain("Exception");
    }

    @Test
    void manyFilesAreCheckedInParallelWithAStableOrder() throws Exception {
        Path many = dir.resolve("many");
        Files.createDirectories(many);
        for (int i = 0; i < 60; i++) {
            Files.writeString(many.resolve(String.format("ch%02d.txt", i)), i % 3 == 0 ? REPEATED : GOOD);
        }
        run("check", many.toString());
        String first = out;
        run("check", many.toString());
        assertThat(out).isEqualTo(first);
        List<String> warnings = out.lines().filter(l -> l.contains("warning:")).toList();
        assertThat(warnings).hasSize(20).isSorted();
    }
}
