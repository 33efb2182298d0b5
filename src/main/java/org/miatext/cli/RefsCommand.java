package org.miatext.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.miatext.MiaText;
import org.miatext.refs.Bibliography;
import org.miatext.refs.BibliographyFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code miatext refs FILE [--format table|json|csl-json|bibtex]}. */
@Command(name = "refs", mixinStandardHelpOptions = true,
        description = {"Print the numbered list of a chapter as a bibliography: each entry split into fields, every",
                "Ibid., op. cit. and short form resolved to its work. csl-json and bibtex give one item per work."})
final class RefsCommand implements Callable<Integer> {

    enum Format {
        table, json, csl_json, bibtex
    }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "FILE", description = "A chapter file (UTF-8 plain text).")
    Path file;

    @Option(names = "--format", defaultValue = "table", converter = FormatConverter.class,
            description = "table, json, csl-json or bibtex (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "unknown format '" + value + "': say table, json, csl-json or bibtex");
            }
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Bibliography bibliography = Bibliography.of(MiaText.parse(file));
        switch (format) {
            case table -> {
                out.print(BibliographyFormats.table(bibliography));
                bibliography.problems().forEach(d -> out.println(d));
            }
            case json -> out.print(BibliographyFormats.json(bibliography));
            case csl_json -> out.print(BibliographyFormats.cslJson(bibliography));
            case bibtex -> out.print(BibliographyFormats.bibtex(bibliography));
        }
        out.flush();
        return 0;
    }
}
