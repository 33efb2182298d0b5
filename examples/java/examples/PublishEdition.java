package examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.miatext.MiaText;
import org.miatext.ast.Citation;
import org.miatext.ast.Document;
import org.miatext.render.HtmlRenderer;
import org.miatext.render.TeiRenderer;

/**
 * A short program that publishes chapters: for each chapter named on the command line it writes
 * an HTML page and a TEI document into a folder, and tells how many citations it could link to
 * their notes. The build compiles it and runs it from {@code PublishEditionTest}; run it by hand
 * with {@code java -cp target/miatext-cli.jar:target/test-classes examples.PublishEdition out/ seeds/*.txt}.
 */
public final class PublishEdition {

    private PublishEdition() {
    }

    public static void main(String[] args) throws IOException {
        String[] files = java.util.Arrays.copyOfRange(args, 1, args.length);
        System.exit(run(Path.of(args[0]), files, System.out));
    }

    /** Publishes the chapters into {@code folder}; returns 1 when some citation points nowhere. */
    public static int run(Path folder, String[] files, PrintStream out) throws IOException {
        Files.createDirectories(folder);
        int unresolved = 0;
        for (String file : files) {
            Document chapter = MiaText.parse(Path.of(file));
            String name = Path.of(file).getFileName().toString().replaceFirst("\\.txt$", "");
            Files.writeString(folder.resolve(name + ".html"), HtmlRenderer.render(chapter), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve(name + ".tei.xml"), TeiRenderer.render(chapter), StandardCharsets.UTF_8);
            int linked = 0;
            for (Citation citation : chapter.citations()) {
                if (chapter.entryFor(citation).isPresent()) {
                    linked++;
                } else {
                    out.printf("%s:%d:%d: %s points to no note%n", file, citation.span().line(), citation.span().column(),
                            citation.text());
                    unresolved++;
                }
            }
            out.printf("%s: %s.html and %s.tei.xml, %d of %d citations linked to their notes%n",
                    file, name, name, linked, chapter.citations().size());
        }
        return unresolved == 0 ? 0 : 1;
    }
}
