package org.miatext.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.Callable;
import org.miatext.MiaText;
import org.miatext.MiaTextException;
import org.miatext.ast.Citation;
import org.miatext.ast.Document;
import org.miatext.fix.FixException;
import org.miatext.fix.Renumbering;
import org.miatext.fix.UnifiedDiff;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code miatext fix FILE [--write | --diff]}. */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = {"Renumber the citations and entries of the numbered list into reading order (notes read",
                "where they are cited), move the entries to match and keep every other character. Prints the",
                "old-to-new map; with --diff a unified diff; with --write rewrites the file.",
                "Exit 0 when nothing needs changing (or the file was written), 1 when changes are needed, 2 on errors."})
final class FixCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "FILE", description = "A chapter file (UTF-8 plain text).")
    Path file;

    @ArgGroup(exclusive = true)
    Mode mode = new Mode();

    static final class Mode {
        @Option(names = "--write", description = "Write the fixed chapter back to FILE.")
        boolean write;

        @Option(names = "--diff", description = "Print a unified diff of the fix and change nothing.")
        boolean diff;
    }

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Document document = MiaText.parse(file);
        Renumbering fix;
        try {
            fix = Renumbering.of(document);
        } catch (FixException e) {
            throw new MiaTextException(file + ": " + e.getMessage());
        }
        if (mode.diff) {
            out.print(UnifiedDiff.of(file.toString(), document.source(), fix.text()));
            out.flush();
            return fix.changesText() ? 1 : 0;
        }
        printMap(out, fix);
        if (!fix.changesText()) {
            out.println(file + ": numbering already in reading order; nothing to change");
            out.flush();
            return 0;
        }
        if (mode.write) {
            write(fix.text());
            out.println(file + ": written");
            out.flush();
            return 0;
        }
        out.println(file + ": run with --write to apply, or --diff to see the changes");
        out.flush();
        return 1;
    }

    private static void printMap(PrintWriter out, Renumbering fix) {
        for (Map.Entry<String, String> e : fix.mapping().entrySet()) {
            StringBuilder line = new StringBuilder();
            line.append(String.format("%5s -> %s", e.getKey(), e.getValue()));
            if (fix.uncited().contains(e.getKey())) {
                line.append("   (not cited)");
            }
            if (fix.rewritten().contains(e.getKey())) {
                line.append("   (shorthand rewritten to name its work)");
            }
            out.println(line);
        }
        Map<String, String> oldByNew = new java.util.HashMap<>();
        fix.mapping().forEach((old, now) -> oldByNew.put(now, old));
        for (Citation c : fix.dangling()) {
            out.println(fix.repaired().contains(c)
                    ? String.format("%5s    line %d: no such entry; now entry %s, renumbered %s, which nothing cited"
                            + " (a misprinted label)", c.text(), c.span().line(), oldByNew.get(c.label()), c.label())
                    : String.format("%5s    line %d: no such entry; left as it is", c.text(), c.span().line()));
        }
    }

    private void write(String text) {
        try {
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".miatext-fix", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new MiaTextException(file + ": cannot write: " + e.getMessage(), e);
        }
    }
}
