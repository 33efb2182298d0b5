package examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the example program the README points to, so that it keeps compiling and working. */
class CheckNotesExampleTest {

    static final Path BASE = Path.of(System.getProperty("miatext.basedir", "."));

    @Test
    void theSeedPassesAndABrokenChapterFails(@TempDir Path dir) throws Exception {
        Path seed = BASE.resolve("seeds/000_69c2650609e06f78.txt");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = CheckNotesExample.run(new String[] {seed.toString()}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("3 notes, 60 references, 0 problems");

        Path broken = dir.resolve("broken.txt");
        Files.writeString(broken, Files.readString(seed).replace("[41]", "[41*]"));
        bytes.reset();
        code = CheckNotesExample.run(new String[] {broken.toString()}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("[notes/kind-mismatch]").contains("did you mean [41]?");
    }

    @Test
    void theWorkflowRunsTheCheckCommand() throws Exception {
        String workflow = Files.readString(BASE.resolve("examples/check-chapters.yml"));
        assertThat(workflow).contains("miatext-cli.jar check chapters --format github").contains("--format sarif");
    }
}
