package org.miatext.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.miatext.MiaText;
import org.miatext.MiaTextException;
import org.miatext.refs.Bibliography;
import org.miatext.refs.BibliographySurvey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code miatext refs-stats DIR}: how well the bibliographies of a folder of chapters parse and resolve. */
@Command(name = "refs-stats", mixinStandardHelpOptions = true,
        description = {"Read the numbered lists of every chapter (*.txt) in a folder, or in its texts/ folder, and",
                "report how many entries parse into author-or-title plus locator and how many shorthands resolve."})
final class RefsStatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "DIR", description = "A folder of chapters, or a corpus folder with texts/.")
    Path dir;

    @Override
    public Integer call() {
        Path folder = Files.isDirectory(dir.resolve("texts")) ? dir.resolve("texts") : dir;
        if (!Files.isDirectory(folder)) {
            throw new MiaTextException(dir + ": not a folder");
        }
        List<Bibliography> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                all.add(Bibliography.of(MiaText.parse(f)));
            }
        } catch (IOException e) {
            throw new MiaTextException(folder + ": cannot list: " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(BibliographySurvey.of(all).report());
        out.flush();
        return 0;
    }
}
