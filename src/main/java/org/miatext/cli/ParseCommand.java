package org.miatext.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.miatext.MiaText;
import org.miatext.ast.Document;
import org.miatext.render.JsonRenderer;
import org.miatext.render.OutlineRenderer;
import org.miatext.render.TextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code miatext parse FILE... [--format tree|json|text]}. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse chapters and print their outline (tree), their whole tree as JSON, or their text rebuilt from the tree.")
final class ParseCommand implements Callable<Integer> {

    enum Format { tree, json, text }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Chapter files (UTF-8 plain text).")
    List<Path> files;

    @Option(names = "--format", defaultValue = "tree", description = "tree, json or text (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--explain-roles", description = "Instead of the tree, show for each body block the role chosen, its quote score and the features that fired.")
    boolean explainRoles;

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Path file : files) {
            if (explainRoles) {
                String text = MiaText.readUtf8(file);
                for (var run : new org.miatext.parse.TreeBuilder().bodyRuns(text)) {
                    List<String> lines = new org.miatext.parse.BlockRoles().explain(run.stream().map(b -> b.candidate()).toList());
                    for (int i = 0; i < run.size(); i++) {
                        String t = run.get(i).candidate().text().replaceAll("\\s+", " ");
                        out.printf("L%-5d %s  | %s%n", run.get(i).line(), lines.get(i), t.length() > 50 ? t.substring(0, 50) : t);
                    }
                    out.println();
                }
                continue;
            }
            Document document = MiaText.parse(file);
            switch (format) {
                case tree -> out.print(OutlineRenderer.render(document));
                case json -> out.println(JsonRenderer.render(document));
                case text -> out.print(TextRenderer.render(document));
            }
        }
        out.flush();
        return 0;
    }
}
