package examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the publishing example, so that it keeps compiling and working. */
class PublishEditionTest {

    static final Path BASE = Path.of(System.getProperty("miatext.basedir", "."));

    @Test
    void theSeedIsPublishedAsHtmlAndTei(@TempDir Path dir) throws Exception {
        Path seed = BASE.resolve("seeds/000_69c2650609e06f78.txt");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = PublishEdition.run(dir.resolve("out"), new String[] {seed.toString()},
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("63 of 63 citations linked to their notes");
        assertThat(Files.readString(dir.resolve("out/000_69c2650609e06f78.html"))).startsWith("<!DOCTYPE html>");
        assertThat(Files.readString(dir.resolve("out/000_69c2650609e06f78.tei.xml"))).contains("<TEI xmlns=");

        Path broken = dir.resolve("broken.txt");
        Files.writeString(broken, Files.readString(seed).replace("[41]", "[99]"));
        bytes.reset();
        code = PublishEdition.run(dir.resolve("out"), new String[] {broken.toString()},
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("[99] points to no note", "62 of 63 citations linked");
    }
}
