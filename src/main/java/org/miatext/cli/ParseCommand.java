package org.miatext.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.miatext.MiaText;
import org.miatext.ParseOptions;
import org.miatext.ast.Document;
import org.miatext.diagnostic.Diagnostic;
import org.miatext.diagnostic.Severity;
import org.miatext.render.HtmlRenderer;
import org.miatext.render.JsonRenderer;
import org.miatext.render.MarkdownRenderer;
import org.miatext.render.OutlineRenderer;
import org.miatext.render.TeiRenderer;
import org.miatext.render.TextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code miatext parse FILE|DIR... [--format tree|json|text|html|markdown|tei] [--output FILE | --output-dir DIR] [--max-size SIZE]}.
 *
 * <p>A file that cannot be read, or that is no chapter at all (an HTML page, a PDF, binary data:
 * an {@code input/...} error of the parser), is reported in one line on stderr and skipped; the
 * other files are still parsed. Exit code: 0 all parsed, 1 some input was no chapter, 2 a file
 * could not be read or the output not written (or a usage error).
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Parse chapters and print their outline (tree), their whole tree as JSON, their text rebuilt from the tree,",
            "or the chapter as an HTML page, as Markdown with footnotes or as TEI.",
            "A directory stands for its *.txt files.",
            "Exit code: 0 parsed, 1 some input was no chapter (HTML, PDF, binary), 2 a file could not be read or written."})
final class ParseCommand implements Callable<Integer> {

    enum Format { tree, json, text, html, markdown, tei }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Chapter files (UTF-8 plain text) or directories of *.txt files.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "tree", description = "tree, json, text, html, markdown or tei (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Write each chapter's output to a file of its own in DIR, named after the chapter: "
                    + "NAME.outline, .json, .txt, .html, .md or .tei.xml (made if missing; a chapter's own file is never overwritten).")
    Path outputDir;

    @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "64m", converter = ChapterFiles.SizeConverter.class,
            description = "Refuse files larger than SIZE bytes; k, m, g suffixes (default: ${DEFAULT-VALUE}).")
    long maxSize;

    @Option(names = "--explain-roles", description = "Instead of the tree, show for each body block the role chosen, its quote score and the features that fired.")
    boolean explainRoles;

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ParseOptions options = ParseOptions.defaults().withMaxInputSize(maxSize);
        if (outputDir != null) {
            if (output != null) {
                throw new ParameterException(spec.commandLine(), "--output and --output-dir exclude each other");
            }
            return toDirectory(options, err);
        }
        Writer target;
        if (output == null) {
            target = spec.commandLine().getOut();
        } else {
            try {
                target = new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IOException(output + ": cannot write: " + reason(e), e);
            }
        }
        List<Path> chapters = new ArrayList<>();
        int code = expand(chapters, err);
        // A PrintWriter swallows write errors: checkError() below tells them.
        PrintWriter out = target instanceof PrintWriter writer ? writer : new PrintWriter(target);
        try {
            for (Path file : chapters) {
                code = Math.max(code, parse(file, options, out, err));
                if (readerGone(out)) {
                    return code;   // "miatext parse ... | head": the reader has all it wants
                }
            }
            out.flush();
        } finally {
            if (output != null) {
                out.close();
            }
        }
        if (out.checkError() && !readerGone(out)) {
            err.println("miatext: " + (output == null ? "standard output" : output) + ": cannot write the output");
            code = 2;
        }
        err.flush();
        return code;
    }

    /** One file per chapter in {@link #outputDir}; a file that cannot be read or written is reported and skipped. */
    private int toDirectory(ParseOptions options, PrintWriter err) {
        try {
            Files.createDirectories(outputDir);
        } catch (IOException e) {
            err.println("miatext: " + outputDir + ": cannot make the directory: " + reason(e));
            return 2;
        }
        List<Path> chapters = new ArrayList<>();
        int code = expand(chapters, err);
        Map<Path, Path> written = new HashMap<>();
        for (Path file : chapters) {
            Path target = outputDir.resolve(outputName(file));
            Path earlier = written.putIfAbsent(target.toAbsolutePath().normalize(), file);
            if (earlier != null) {
                err.println("miatext: " + file + ": skipped: " + target + " is already written for " + earlier);
                code = 2;
                continue;
            }
            if (sameFile(file, target)) {
                err.println("miatext: " + file + ": skipped: the output would overwrite the chapter itself");
                code = 2;
                continue;
            }
            StringWriter rendered = new StringWriter();
            int parsed = parse(file, options, new PrintWriter(rendered), err);
            code = Math.max(code, parsed);
            if (parsed != 0) {
                continue;
            }
            try {
                Files.writeString(target, rendered.toString(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("miatext: " + target + ": cannot write: " + reason(e));
                code = 2;
            }
        }
        err.flush();
        return code;
    }

    /**
     * The chapter files the arguments name, a directory standing for its *.txt files, added to
     * {@code chapters}; an argument that cannot be listed is said on {@code err}. Returns 2 then, or 0.
     */
    private int expand(List<Path> chapters, PrintWriter err) {
        int code = 0;
        for (Path argument : files) {
            ChapterFiles.Expansion expansion = ChapterFiles.expand(argument);
            if (expansion.error() != null) {
                err.println("miatext: " + expansion.error());
                code = 2;
            }
            chapters.addAll(expansion.files());
        }
        return code;
    }

    /** "chapter.txt" becomes "chapter.html", "chapter.md", ... after the format. */
    private String outputName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = explainRoles ? "roles" : switch (format) {
            case tree -> "outline";
            case json -> "json";
            case text -> "txt";
            case html -> "html";
            case markdown -> "md";
            case tei -> "tei.xml";
        };
        return stem + "." + extension;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** True when standard output's reader has closed its end (checking flushes what is written). */
    private static boolean readerGone(PrintWriter out) {
        return out instanceof StandardOutput standard && out.checkError() && standard.readerGone();
    }

    private int parse(Path file, ParseOptions options, PrintWriter out, PrintWriter err) {
        Document document;
        try {
            if (explainRoles) {
                explainRoles(MiaText.readUtf8(file, options.maxInputSize()), out);
                return 0;
            }
            document = MiaText.parse(file, options);
        } catch (RuntimeException e) {
            err.println("miatext: " + ChapterFiles.message(e));
            if (debug) {
                e.printStackTrace(err);
            }
            return 2;
        }
        List<Diagnostic> notAChapter = document.problems().stream()
                .filter(p -> p.ruleId().startsWith("input/") && p.severity() == Severity.ERROR)
                .toList();
        if (!notAChapter.isEmpty()) {
            notAChapter.forEach(p -> err.println("miatext: " + p));
            return 1;
        }
        switch (format) {
            case tree -> out.print(OutlineRenderer.render(document));
            case json -> out.println(JsonRenderer.render(document));
            case text -> out.print(TextRenderer.render(document));
            case html -> out.print(HtmlRenderer.render(document));
            case markdown -> out.print(MarkdownRenderer.render(document));
            case tei -> out.print(TeiRenderer.render(document));
        }
        return 0;
    }

    private static void explainRoles(String text, PrintWriter out) {
        for (var run : new org.miatext.parse.TreeBuilder().bodyRuns(text)) {
            List<String> lines = new org.miatext.parse.BlockRoles().explain(run.stream().map(b -> b.candidate()).toList());
            for (int i = 0; i < run.size(); i++) {
                String t = run.get(i).candidate().text().replaceAll("\\s+", " ");
                out.printf("L%-5d %s  | %s%n", run.get(i).line(), lines.get(i), t.length() > 50 ? t.substring(0, 50) : t);
            }
            out.println();
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage();
    }
}
