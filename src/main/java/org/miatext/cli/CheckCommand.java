package org.miatext.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.miatext.MiaText;
import org.miatext.MiaTextException;
import org.miatext.check.CheckOptions;
import org.miatext.check.Checker;
import org.miatext.check.FileReport;
import org.miatext.check.Rule;
import org.miatext.diagnostic.Severity;
import org.miatext.render.DiagnosticJsonRenderer;
import org.miatext.render.DiagnosticTextRenderer;
import org.miatext.render.GithubAnnotationsRenderer;
import org.miatext.render.JUnitXmlRenderer;
import org.miatext.render.SarifRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code miatext check PATH... [--format text|json|sarif|github|junit] [--output FILE]
 * [--fail-on error|warning|never] [--disable RULE,...] [--glob GLOB]}.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the note numbering of chapters: files, and directories searched recursively.",
                "Exit code: 0 when nothing reaches the --fail-on level, 1 when something does, 2 for usage or I/O errors."})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, sarif, github, junit }

    enum FailOn { error, warning, never }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Chapter files, or directories to search.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "text",
            description = "text, json, sarif, github or junit (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", defaultValue = "error",
            description = "The least severity that makes the exit code 1: error, warning or never (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--disable", split = ",", paramLabel = "RULE", description = "Rule ids to switch off, comma separated.")
    List<String> disable = new ArrayList<>();

    @Option(names = "--glob", defaultValue = "*.txt", paramLabel = "GLOB",
            description = "Which files to take from directories (default: ${DEFAULT-VALUE}); matched against the file name,"
                    + " or against the path below the directory when it contains a '/'.")
    String glob;

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() {
        Set<Rule> disabled = EnumSet.noneOf(Rule.class);
        for (String id : disable) {
            Rule rule = Rule.byId(id.strip()).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                    "unknown rule '" + id.strip() + "' for --disable; known rules: "
                            + String.join(", ", Stream.of(Rule.values()).map(Rule::id).toList())));
            disabled.add(rule);
        }
        CheckOptions options = new CheckOptions(disabled);

        TreeMap<String, Path> files = new TreeMap<>();
        List<FileReport> missing = new ArrayList<>();
        PathMatcher matcher;
        try {
            matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "bad --glob '" + glob + "': " + e.getMessage());
        }
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> matches(matcher, path, p))
                            .forEach(p -> files.put(p.toString(), p));
                } catch (IOException | UncheckedIOException e) {
                    missing.add(FileReport.failed(path.toString(), "cannot list directory: " + e.getMessage()));
                }
            } else if (Files.exists(path)) {
                files.put(path.toString(), path);
            } else {
                missing.add(FileReport.failed(path.toString(), "no such file or directory"));
            }
        }
        if (files.isEmpty() && missing.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "no files matching '" + glob + "' under " + paths);
        }

        List<FileReport> reports = new ArrayList<>(files.values().parallelStream()
                .map(file -> checkOne(file, options))
                .toList());
        reports.addAll(missing);
        reports.sort(java.util.Comparator.comparing(FileReport::file));

        Optional<Severity> level = switch (failOn) {
            case error -> Optional.of(Severity.ERROR);
            case warning -> Optional.of(Severity.WARNING);
            case never -> Optional.empty();
        };
        String rendered = switch (format) {
            case text -> DiagnosticTextRenderer.render(reports);
            case json -> DiagnosticJsonRenderer.render(reports) + "\n";
            case sarif -> SarifRenderer.render(reports) + "\n";
            case github -> GithubAnnotationsRenderer.render(reports);
            case junit -> JUnitXmlRenderer.render(reports, level);
        };
        if (output != null) {
            try {
                Files.writeString(output, rendered, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new MiaTextException(output + ": cannot write the report: " + e.getMessage(), e);
            }
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(rendered);
            out.flush();
        }
        if (reports.stream().anyMatch(FileReport::isFailed)) {
            PrintWriter err = spec.commandLine().getErr();
            reports.stream().filter(FileReport::isFailed)
                    .forEach(r -> err.println("miatext: " + r.file() + ": " + r.failure().orElseThrow()));
            err.flush();
            return 2;
        }
        return level.isPresent() && reports.stream().anyMatch(r -> r.reaches(level.get())) ? 1 : 0;
    }

    private static boolean matches(PathMatcher matcher, Path root, Path file) {
        if (matcher.matches(file.getFileName())) {
            return true;
        }
        return matcher.matches(root.relativize(file));
    }

    private static FileReport checkOne(Path file, CheckOptions options) {
        String name = file.toString();
        String text;
        try {
            text = MiaText.readUtf8(file);
        } catch (MiaTextException e) {
            String message = e.getMessage();
            String prefix = name + ": ";
            return FileReport.failed(name, message.startsWith(prefix) ? message.substring(prefix.length()) : message);
        }
        return FileReport.checked(name, Checker.check(MiaText.parse(text, name), options));
    }
}
