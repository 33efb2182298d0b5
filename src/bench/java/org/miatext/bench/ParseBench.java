package org.miatext.bench;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.miatext.MiaText;
import org.miatext.ast.Document;
import org.miatext.check.Checker;
import org.miatext.diagnostic.Diagnostic;
import org.miatext.render.JsonRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * miatext against the yardsticks, on the seed chapter and on the seed repeated 100 times (5 MB).
 * The Markdown parsers read the same chapter converted to Markdown footnotes ({@link Inputs#markdown}).
 * Every benchmark starts from a decoded {@code String}, except the floor, which decodes UTF-8 bytes
 * and splits them into lines: no parser of this text can do less.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// On two shared cores C2 takes some 10 s to settle miatext's seed benchmark: warm up long enough.
@Warmup(iterations = 12, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ParseBench {

    /** "seed" (49 KB) or "seed-x100" (5 MB). */
    @Param({"seed", "seed-x100"})
    public String input;

    String text;
    String markdown;
    byte[] bytes;
    Parser commonmark;
    com.vladsch.flexmark.parser.Parser flexmark;

    @Setup
    public void setUp() {
        text = input(input);
        markdown = Inputs.markdown(text);
        bytes = text.getBytes(StandardCharsets.UTF_8);
        commonmark = commonmarkParser();
        flexmark = flexmarkParser();
    }

    static String input(String name) {
        return switch (name) {
            case "seed" -> Inputs.seed();
            case "seed-x100" -> Inputs.seedTimes(100);
            default -> throw new IllegalArgumentException(name);
        };
    }

    static Parser commonmarkParser() {
        return Parser.builder()
                .extensions(List.of(FootnotesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
    }

    static com.vladsch.flexmark.parser.Parser flexmarkParser() {
        MutableDataSet options = new MutableDataSet();
        options.set(com.vladsch.flexmark.parser.Parser.EXTENSIONS, List.of(FootnoteExtension.create()));
        return com.vladsch.flexmark.parser.Parser.builder(options).build();
    }

    @Benchmark
    public Document miatextParse() {
        return MiaText.parse(text);
    }

    @Benchmark
    public List<Diagnostic> miatextParseCheck() {
        return Checker.check(MiaText.parse(text));
    }

    @Benchmark
    public String miatextParseJson() {
        return JsonRenderer.render(MiaText.parse(text));
    }

    @Benchmark
    public org.commonmark.node.Node commonmark() {
        return commonmark.parse(markdown);
    }

    @Benchmark
    public com.vladsch.flexmark.util.ast.Document flexmark() {
        return flexmark.parse(markdown);
    }

    /** Decode UTF-8 and split into lines: the least any parser of this text must do. */
    @Benchmark
    public List<String> floor() {
        return lines(new String(bytes, StandardCharsets.UTF_8));
    }

    static List<String> lines(String s) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) == '\n') {
                lines.add(s.substring(from, i));
                from = i + 1;
            }
        }
        if (from < n) {
            lines.add(s.substring(from));
        }
        return lines;
    }
}
