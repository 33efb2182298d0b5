package org.miatext.bench;

import java.util.concurrent.TimeUnit;
import java.util.List;
import org.miatext.MiaText;
import org.miatext.ast.Document;
import org.miatext.check.Checker;
import org.miatext.diagnostic.Diagnostic;
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
 * Do parsing and checking stay linear? {@code MiaText.parse}, and {@code Checker.check} of the
 * parsed document, on the seed repeated 1, 10, 100 and 1000 times and on pathological inputs of
 * the same sizes: one huge line, nothing but markers "[1][2]...", nothing but "[[[[", nothing but
 * blank lines, nothing but notes entries. The report gives the time per MB of each against the
 * seed's (issue 5: more than 3x is a bug). {@code ScalingBench.parse} or {@code ScalingBench.check}
 * runs one of the two.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class ScalingBench {

    @Param({"seed", "one-line", "markers", "brackets", "blank", "labels"})
    public String kind;

    /** The size as a multiple of the seed's (49 KB). */
    @Param({"1", "10", "100", "1000"})
    public int times;

    String text;

    @Setup
    public void setUp() {
        text = input(kind, times);
    }

    /**
     * The parsed text, for {@link ScalingBench#check} only: {@link ScalingBench#parse} runs without it, as a parse of
     * 49 MB of markers would otherwise share the heap with a tree of 1 GB.
     */
    @State(Scope.Benchmark)
    public static class Parsed {
        Document document;

        @Setup
        public void setUp(ScalingBench input) {
            document = MiaText.parse(input.text);
        }
    }

    static String input(String kind, int times) {
        return kind.equals("seed") ? Inputs.seedTimes(times) : Inputs.pathological(kind, Inputs.seed().length() * times);
    }

    @Benchmark
    public Document parse() {
        return MiaText.parse(text);
    }

    @Benchmark
    public List<Diagnostic> check(Parsed parsed) {
        return Checker.check(parsed.document);
    }
}
