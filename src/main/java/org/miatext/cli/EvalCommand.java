package org.miatext.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.miatext.MiaText;
import org.miatext.ast.Document;
import org.miatext.eval.Evaluation;
import org.miatext.eval.Truth;
import org.miatext.render.TextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code miatext eval --corpus DIR}: precision and recall against a corpus's expected structure. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Parse every text of a corpus folder (texts/, texts-seedstyle/, truth/) and compare with its",
                "expected structure: precision and recall per kind, per chapter and in total, and every chapter",
                "that failed to parse or to round-trip."})
final class EvalCommand implements Callable<Integer> {

    enum Variant { texts, seedstyle, both }

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The corpus folder.")
    Path corpus;

    @Option(names = "--variant", defaultValue = "both",
            description = "texts, seedstyle or both (default: ${DEFAULT-VALUE}).")
    Variant variant;

    @Option(names = "--details", description = "List the items missed (-) and found but not expected (+).")
    boolean details;

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path truthDir = corpus.resolve("truth");
        if (!Files.isDirectory(truthDir)) {
            throw new IllegalArgumentException(corpus + ": no truth/ folder: not a corpus folder");
        }
        List<Path> truths;
        try (Stream<Path> list = Files.list(truthDir)) {
            truths = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        boolean failed = false;
        for (Variant v : variant == Variant.both ? List.of(Variant.texts, Variant.seedstyle) : List.of(variant)) {
            Path texts = corpus.resolve(v == Variant.seedstyle ? "texts-seedstyle" : "texts");
            if (variant == Variant.both && !Files.isDirectory(texts)) {
                // A corpus may come with one variant only: measure what is there.
                out.printf("== %s: no such folder, skipped%n", texts);
                continue;
            }
            failed |= run(out, truths, v);
        }
        return failed ? 1 : 0;
    }

    private boolean run(PrintWriter out, List<Path> truths, Variant v) throws IOException {
        boolean seedStyle = v == Variant.seedstyle;
        Path texts = corpus.resolve(seedStyle ? "texts-seedstyle" : "texts");
        out.printf("== %s (%d chapters)%n", texts, truths.size());
        out.printf("%-28s", "chapter");
        for (String kind : Evaluation.KINDS) {
            out.printf(" %13s", kind + " P/R");
        }
        out.println();
        Map<String, Evaluation.Score> total = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (Path truthFile : truths) {
            String id = truthFile.getFileName().toString().replaceFirst("\\.json$", "");
            Path textFile = texts.resolve(id + ".txt");
            if (!Files.exists(textFile)) {
                failures.add(id + ": no text file " + textFile);
                continue;
            }
            Evaluation.Result result;
            try {
                String text = MiaText.readUtf8(textFile);
                Document document = MiaText.parse(text, textFile.toString());
                if (!TextRenderer.render(document).equals(text)) {
                    failures.add(id + ": the text rebuilt from the tree differs from the source");
                }
                Truth truth = Truth.read(Files.readString(truthFile), text, seedStyle);
                result = Evaluation.compare(document, truth, seedStyle);
            } catch (RuntimeException e) {
                failures.add(id + ": crashed: " + e);
                if (debug) {
                    e.printStackTrace(spec.commandLine().getErr());
                }
                continue;
            }
            out.printf("%-28s", id.length() > 28 ? id.substring(0, 28) : id);
            for (String kind : Evaluation.KINDS) {
                Evaluation.Score s = result.scores().get(kind);
                total.merge(kind, s, Evaluation.Score::plus);
                out.printf(" %13s", s.expected() == 0 && s.found() == 0 ? "-" : pr(s));
            }
            out.println();
            if (details) {
                for (String kind : Evaluation.KINDS) {
                    result.missed().get(kind).forEach(item -> out.printf("    - %s %s%n", kind, item));
                    result.extra().get(kind).forEach(item -> out.printf("    + %s %s%n", kind, item));
                }
            }
        }
        out.printf("%-28s", "TOTAL");
        for (String kind : Evaluation.KINDS) {
            out.printf(" %13s", pr(total.getOrDefault(kind, new Evaluation.Score(0, 0, 0))));
        }
        out.println();
        for (String kind : Evaluation.KINDS) {
            Evaluation.Score s = total.getOrDefault(kind, new Evaluation.Score(0, 0, 0));
            out.printf("  %-10s expected %5d  found %5d  matched %5d  precision %.3f  recall %.3f  F1 %.3f%n",
                    kind, s.expected(), s.found(), s.matched(), s.precision(), s.recall(), s.f1());
        }
        out.println(failures.isEmpty() ? "  no chapter failed to parse or to round-trip"
                : "  FAILURES:\n    " + String.join("\n    ", failures));
        return !failures.isEmpty();
    }

    private static String pr(Evaluation.Score s) {
        return String.format("%.2f/%.2f", s.precision(), s.recall());
    }
}
