package org.miatext.cli;

import static org.miatext.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

    static final String SEED = "seeds/000_69c2650609e06f78.txt";



    @Test
    void treeIsTheDefault() {
        CliRun run = run("parse", SEED);
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("3 notes, 60 references, 63 citations").contains("heading:author");
    }

    @Test
    void textGivesTheSourceBack() throws Exception {
        CliRun run = run("parse", "--format", "text", SEED);
        assertThat(run.out()).isEqualTo(Files.readString(Path.of(SEED)));
    }

    @Test
    void jsonIsOneDocumentPerFile() {
        CliRun run = run("parse", "--format", "json", SEED);
        assertThat(run.out()).startsWith("{\"schema\":\"miatext-tree/1\"");
    }

    @Test
    void htmlAndMarkdownAreTheRenderersOutput() {
        CliRun html = run("parse", "--format", "html", SEED);
        assertThat(html.code()).isZero();
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<a class=\"citation\" id=\"cite-ref-1\" href=\"#ref-1\">[1]</a>");
        CliRun markdown = run("parse", "--format", "markdown", SEED);
        assertThat(markdown.code()).isZero();
        assertThat(markdown.out()).startsWith("Tony Cliff\n\n# Trotsky").contains("[^ref-1]: Protokoll");
        CliRun tei = run("parse", "--format", "tei", SEED);
        assertThat(tei.code()).isZero();
        assertThat(tei.out()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">");
    }

    @Test
    void outputDirGetsAFileForEachChapter(@TempDir Path dir) throws Exception {
        Path chapters = Files.createDirectories(dir.resolve("chapters"));
        Files.copy(Path.of(SEED), chapters.resolve("lessons.txt"));
        Files.writeString(chapters.resolve("other.txt"), "Text. [1]\n\n1. Trotsky, Challenge, p.12.\n");
        Path out = dir.resolve("html");
        CliRun run = run("parse", "--format", "html", "--output-dir", out.toString(), chapters.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        try (var listing = Files.list(out)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("lessons.html", "other.html");
        }
        assertThat(Files.readString(out.resolve("lessons.html"))).startsWith("<!DOCTYPE html>").contains("4. The Lessons of October");
    }

    @Test
    void outputDirNeverOverwritesAChapterNorWritesOneFileTwice(@TempDir Path dir) throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.writeString(a.resolve("one.txt"), "Text of a.\n");
        Files.writeString(b.resolve("one.txt"), "Text of b.\n");
        CliRun same = run("parse", "--format", "text", "--output-dir", a.toString(), a.resolve("one.txt").toString());
        assertThat(same.code()).isEqualTo(2);
        assertThat(same.err()).contains("would overwrite the chapter itself");
        assertThat(Files.readString(a.resolve("one.txt"))).isEqualTo("Text of a.\n");
        Path out = dir.resolve("out");
        CliRun twice = run("parse", "--format", "markdown", "--output-dir", out.toString(), a.toString(), b.toString());
        assertThat(twice.code()).isEqualTo(2);
        assertThat(twice.err()).contains("is already written for");
        assertThat(Files.readString(out.resolve("one.md"))).contains("Text of a.");
        Path file = Files.writeString(dir.resolve("a-file"), "");
        CliRun blocked = run("parse", "--output-dir", file.toString(), SEED);
        assertThat(blocked.code()).isEqualTo(2);
        assertThat(blocked.err()).isEqualTo("miatext: " + file + ": cannot make the directory: "
                + "a file of that name is in the way" + System.lineSeparator());
        CliRun both = run("parse", "-o", dir.resolve("x").toString(), "--output-dir", out.toString(), SEED);
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("exclude each other");
    }

    @Test
    void explainRolesShowsFeatures() {
        CliRun run = run("parse", "--explain-roles", SEED);
        assertThat(run.out()).contains("QUOTE").contains("intro_colon");
    }

    /** A stream that takes {@code room} bytes, then fails with {@code message}. */
    private static java.io.OutputStream failingAfter(int room, String message) {
        return new java.io.OutputStream() {
            int written;

            @Override
            public void write(int b) throws java.io.IOException {
                if (++written > room) {
                    throw new java.io.IOException(message);
                }
            }
        };
    }

    @Test
    void aReaderThatStopsReadingIsNoError() {
        // "miatext parse FILE FILE | head": the pipe breaks, and that is the reader's choice.
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Main.run(new String[] {"parse", SEED, SEED},
                new StandardOutput(failingAfter(200, "Broken pipe")), new java.io.PrintWriter(err));
        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void standardOutputIsUtf8WhateverTheLocale() throws Exception {
        // A JVM whose default charset is ASCII, as under LANG=C: --format text must still give
        // the source back byte for byte, curly quotes included.
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(javaBin.toString(), "-Dfile.encoding=US-ASCII",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "parse", "--format", "text", SEED)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor()).isZero();
        // Compared as text, so that a failure shows the mangled quotes rather than bytes.
        assertThat(new String(out, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(Files.readString(Path.of(SEED)));
    }

    @Test
    void anOutputThatCannotBeWrittenIsOneLineAndExitCode2() {
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Main.run(new String[] {"parse", SEED},
                new StandardOutput(failingAfter(200, "No space left on device")), new java.io.PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("miatext: standard output: cannot write the output");
    }

    @Test
    void aMissingFileIsOneLineAndExitCode2(@TempDir Path dir) {
        CliRun run = run("parse", dir.resolve("nope.txt").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("miatext: " + dir.resolve("nope.txt") + ": no such file");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = run("parse", "--format", "pdf", SEED);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--format").doesNotContain("Exception");
    }

    @Test
    void evalMeasuresACorpusFolderEvenWithOneVariant(@TempDir Path corpus) throws Exception {
        Files.createDirectories(corpus.resolve("truth"));
        Files.createDirectories(corpus.resolve("texts"));
        try (var in = ParseCommandTest.class.getResourceAsStream("/seed.json")) {
            Files.write(corpus.resolve("truth/seed.json"), in.readAllBytes());
        }
        Files.copy(Path.of(SEED), corpus.resolve("texts/seed.txt"));
        CliRun run = run("eval", "--corpus", corpus.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("references expected    60  found    60  matched    60")
                .contains("no chapter failed to parse or to round-trip")
                .contains("texts-seedstyle: no such folder, skipped");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"parse", "check", "refs", "fix", "refs-stats", "eval", "train-roles"}) {
            CliRun run = run(command, "--help");
            assertThat(run.code()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: miatext " + command);
        }
    }
}
