package org.miatext.cli;

import static org.miatext.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code miatext check} when the paths or the output are bad: one clear line, exit code 2, no stack trace. */
class CheckBadConditionsTest {

    @TempDir
    Path dir;



    static void assertClean(CliRun run, String... expected) {
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMissingFile() {
        assertClean(run("check", dir.resolve("missing.txt").toString()), "missing.txt: no such file");
    }

    @Test
    void aFifoIsNotRead() throws Exception {
        Path fifo = dir.resolve("fifo.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mkfifo.waitFor() != 0) {
            return; // no mkfifo on this system: nothing to test
        }
        assertClean(run("check", fifo.toString()), "fifo.txt: is not a regular file");
    }

    @Test
    void aDeviceIsNotRead() {
        assertClean(run("check", "/dev/null"), "/dev/null: is not a regular file");
    }

    @Test
    void aSymlinkLoopEndsWithNoFilesFound() throws Exception {
        Path loop = Files.createDirectory(dir.resolve("loop"));
        Files.createSymbolicLink(loop.resolve("self"), loop);
        assertClean(run("check", loop.toString()), "no files matching '*.txt'");
    }

    @Test
    void aDirectoryWithNoChapters() throws Exception {
        Files.createDirectory(dir.resolve("empty"));
        assertClean(run("check", dir.resolve("empty").toString()), "no files matching '*.txt'");
    }

    @Test
    void anUnwritableOutput() {
        Path out = dir.resolve("no/such/dir/report.txt");
        assertClean(run("check", "--output", out.toString(), "seeds/000_69c2650609e06f78.txt"), "cannot write the report");
    }

    @Test
    void anUnknownFormat() {
        assertClean(run("check", "--format", "pdf", "seeds/000_69c2650609e06f78.txt"), "--format");
    }

    @Test
    void aBadFileDoesNotStopTheOthers() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "Text [1].\n\nNotes\n\n1. Ibid.");
        CliRun run = run("check", good.toString(), dir.resolve("missing.txt").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).contains("1 file checked").contains("1 file could not be read");
    }
}
