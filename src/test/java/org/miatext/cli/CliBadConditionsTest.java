package org.miatext.cli;

import static org.miatext.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line under bad conditions: each gives one clear line on stderr (no stack trace
 * unless {@code --debug}) and exit code 2, or 1 for input that is no chapter; a run over several
 * files or a directory goes on past a bad file.
 *
 * <p>Not testable here: a file without read permission, since the tests run as root and root
 * reads it all the same (the code maps AccessDeniedException to "permission denied").
 */
class CliBadConditionsTest {

    @TempDir
    Path dir;



    private Path chapter(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "Tony Cliff\n\nText[1].\n\nNotes\n\n1. Ibid.\n");
    }

    @Test
    void aGoodFileParses() throws IOException {
        CliRun run = run("parse", chapter("good.txt").toString());
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("1 references");
    }

    @Test
    void missingFile() {
        Path missing = dir.resolve("missing.txt");
        CliRun run = run("parse", missing.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.errLine()).isEqualTo("miatext: " + missing + ": no such file");
    }

    @Test
    void directoryWithNoMatchingFiles() throws IOException {
        Files.writeString(dir.resolve("notes.md"), "# not a chapter");
        CliRun run = run("parse", dir.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.errLine()).isEqualTo("miatext: " + dir + ": no .txt files in this directory");
    }

    @Test
    void aDirectoryRunGoesOnPastABadFile() throws IOException {
        chapter("a.txt");
        Files.write(dir.resolve("b.txt"), new byte[] {'x', (byte) 0xFF});
        chapter("c.txt");
        CliRun run = run("parse", "--format", "text", dir.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.errLine()).isEqualTo("miatext: " + dir.resolve("b.txt")
                + ": not valid UTF-8: bad byte 0xFF at byte offset 1 (if the file is Latin-1 or Windows-1252, convert it to UTF-8)");
        assertThat(run.out()).isEqualTo(Files.readString(dir.resolve("a.txt")) + Files.readString(dir.resolve("c.txt")));
    }

    @Test
    void symlinkLoop() throws IOException {
        Path loop = dir.resolve("loop.txt");
        Files.createSymbolicLink(loop, dir.resolve("loop2.txt"));
        Files.createSymbolicLink(dir.resolve("loop2.txt"), loop);
        CliRun run = run("parse", loop.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.errLine()).startsWith("miatext: " + loop + ": symbolic link loop");
    }

    @Test
    void fifoIsNotRead() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        CliRun run = run("parse", fifo.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.errLine()).isEqualTo("miatext: " + fifo + ": is not a regular file (a device, FIFO or socket): not read");
    }

    @Test
    void deviceIsNotRead() {
        CliRun run = run("parse", "/dev/zero");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.errLine()).isEqualTo("miatext: /dev/zero: is not a regular file (a device, FIFO or socket): not read");
    }

    @Test
    void outputFileNotWritable() throws IOException {
        Path output = dir.resolve("no-such-dir").resolve("out.json");
        CliRun run = run("parse", "--format", "json", "--output", output.toString(), chapter("good.txt").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.errLine()).isEqualTo("miatext: " + output + ": cannot write: no such directory");
        CliRun intoDirectory = run("parse", "-o", dir.toString(), chapter("good2.txt").toString());
        assertThat(intoDirectory.code()).isEqualTo(2);
        assertThat(intoDirectory.errLine()).startsWith("miatext: " + dir + ": cannot write: ");
    }

    @Test
    void outputFileIsWritten() throws IOException {
        Path output = dir.resolve("out.txt");
        Path good = chapter("good.txt");
        CliRun run = run("parse", "--format", "text", "-o", output.toString(), good.toString());
        assertThat(run.code()).isZero();
        assertThat(Files.readString(output)).isEqualTo(Files.readString(good));
    }

    @Test
    void standardOutputThatFailsIsReported() throws IOException {
        Writer broken = new Writer() {
            @Override public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("Broken pipe");
            }
            @Override public void flush() throws IOException {
                throw new IOException("Broken pipe");
            }
            @Override public void close() {
            }
        };
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"parse", chapter("good.txt").toString()}, new PrintWriter(broken), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("miatext: standard output: cannot write the output");
    }

    @Test
    void unknownFormat() throws IOException {
        CliRun run = run("parse", "--format", "xml", chapter("good.txt").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.errLine()).startsWith("miatext: Invalid value for option '--format'")
                .contains("xml").endsWith("(see 'miatext --help')");
    }

    @Test
    void fileOverTheMaximumSize() throws IOException {
        Path good = chapter("good.txt");
        CliRun run = run("parse", "--max-size", "10", good.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.errLine()).isEqualTo("miatext: " + good + ": file is too large (more than 10 bytes is the maximum input size)");
        assertThat(run("parse", "--max-size", "1k", good.toString()).code()).isZero();
    }

    @Test
    void badMaximumSize() throws IOException {
        CliRun run = run("parse", "--max-size", "lots", chapter("good.txt").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.errLine()).contains("'lots' is not a size");
    }

    @Test
    void htmlPageIsReportedNotPrinted() throws IOException {
        Path page = Files.writeString(dir.resolve("page.txt"), "<!DOCTYPE html>\n<html><body>x</body></html>\n");
        Path good = chapter("good.txt");
        CliRun run = run("parse", page.toString(), good.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.errLine()).startsWith("miatext: " + page + ":1:1: error: the input is an HTML page").endsWith("[input/html]");
        assertThat(run.out()).startsWith(good + ": ").doesNotContain("DOCTYPE");
    }

    @Test
    void utf16FileIsRefusedByName() throws IOException {
        Path file = Files.write(dir.resolve("utf16.txt"), "\uFEFFText".getBytes(StandardCharsets.UTF_16LE));
        CliRun run = run("parse", file.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.errLine()).startsWith("miatext: " + file + ": the file is UTF-16");
    }

    @Test
    void debugShowsTheStackTrace() {
        Path missing = dir.resolve("missing.txt");
        CliRun run = run("parse", "--debug", missing.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("miatext: " + missing + ": no such file").contains("\tat org.miatext.MiaText");
    }

    @Test
    void evalWithoutACorpus() {
        Path missing = dir.resolve("corpus");
        CliRun run = run("eval", "--corpus", missing.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.errLine()).isEqualTo("miatext: " + missing + ": no truth/ folder: not a corpus folder");
    }

    @Test
    void evalGoesOnPastABadChapter() throws IOException {
        Files.createDirectories(dir.resolve("truth"));
        Files.createDirectories(dir.resolve("texts"));
        Files.writeString(dir.resolve("truth/a.json"), "{}");
        Files.write(dir.resolve("texts/a.txt"), new byte[] {'x', (byte) 0xC3});
        CliRun run = run("eval", "--corpus", dir.toString(), "--variant", "texts");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("a: crashed: org.miatext.MiaTextException: " + dir.resolve("texts/a.txt")
                + ": not valid UTF-8");
    }

    @Test
    void unknownCommand() {
        CliRun run = run("frobnicate");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.errLine()).startsWith("miatext: Unmatched argument");
    }
}
