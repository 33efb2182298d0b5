package examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.miatext.MiaText;
import org.miatext.ast.Document;
import org.miatext.check.CheckOptions;
import org.miatext.check.Checker;
import org.miatext.check.Rule;
import org.miatext.diagnostic.Diagnostic;
import org.miatext.diagnostic.Severity;

/**
 * A short program that embeds the checker: it checks the chapters named on the command line,
 * ignoring repeated citations (some books repeat a note on purpose), prints what it finds and
 * exits with 1 when a chapter has an error. The build compiles it and runs it from
 * {@code CheckNotesExampleTest}; run it by hand with
 * {@code java -cp target/classes:target/test-classes:<antlr runtime> examples.CheckNotesExample seeds/*.txt}.
 */
public final class CheckNotesExample {

    private CheckNotesExample() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** Checks the files and returns the exit code. */
    public static int run(String[] files, PrintStream out) {
        CheckOptions options = CheckOptions.defaults().disable(Rule.REPEATED_CITATION);
        int errors = 0;
        for (String file : files) {
            Document chapter = MiaText.parse(Path.of(file));
            List<Diagnostic> found = Checker.check(chapter, options);
            found.forEach(out::println);
            errors += (int) found.stream().filter(d -> d.severity() == Severity.ERROR).count();
            out.printf("%s: %d notes, %d references, %d problems%n",
                    file, chapter.notes().size(), chapter.references().size(), found.size());
        }
        return errors == 0 ? 0 : 1;
    }
}
