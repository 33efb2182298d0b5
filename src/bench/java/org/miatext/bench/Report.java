package org.miatext.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks with JMH and prints the report tables: MB/s of each contender and its ratio
 * to commonmark-java ({@link ParseBench}), and time per MB against the seed's ({@link ScalingBench}).
 *
 * <pre>
 * java -jar target/benchmarks.jar                      # ParseBench: the throughput table
 * java -jar target/benchmarks.jar -prof gc             # ... with allocation per input byte
 * java -jar target/benchmarks.jar ScalingBench         # the scaling table
 * java -jar target/benchmarks.jar ParseBench -f 1 -wi 3 -i 3   # quicker, noisier
 * </pre>
 * Any JMH option works (see {@code -h}); with no benchmark named, ParseBench runs.
 */
public final class Report {

    private Report() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions cmd = new CommandLineOptions(args);
        if (cmd.shouldHelp() || cmd.shouldList() || cmd.shouldListProfilers() || cmd.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        ChainedOptionsBuilder options = new OptionsBuilder().parent(cmd);
        if (cmd.getIncludes().isEmpty()) {
            options.include(ParseBench.class.getSimpleName());
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        System.out.println();
        System.out.println("miatext benchmark report, " + java.time.LocalDate.now() + ", JDK "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
                + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.arch"));
        throughput(results);
        scaling(results);
    }

    private record Row(String benchmark, String input, double microsPerOp, double error, double allocPerOp) {
    }

    private static List<Row> rows(Collection<RunResult> results, String benchClass) {
        List<Row> rows = new ArrayList<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            if (!name.contains("." + benchClass + ".")) {
                continue;
            }
            String method = name.substring(name.lastIndexOf('.') + 1);
            String input = r.getParams().getParam("input");
            if (input == null) {
                input = r.getParams().getParam("kind") + "-x" + r.getParams().getParam("times");
            }
            Result<?> primary = r.getPrimaryResult();
            double factor = toMicros(primary.getScoreUnit());
            double alloc = Double.NaN;
            for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
                if (e.getKey().endsWith("gc.alloc.rate.norm")) {
                    alloc = e.getValue().getScore();
                }
            }
            rows.add(new Row(method, input, primary.getScore() * factor, primary.getScoreError() * factor, alloc));
        }
        return rows;
    }

    private static double toMicros(String unit) {
        if (unit.startsWith("ms/")) {
            return 1000;
        }
        if (unit.startsWith("s/")) {
            return 1_000_000;
        }
        if (unit.startsWith("ns/")) {
            return 0.001;
        }
        return 1;
    }

    private static final Map<String, Integer> BYTES = new HashMap<>();

    /** UTF-8 bytes of what a benchmark reads: the Markdown version for the Markdown parsers. */
    private static int inputBytes(String benchmark, String input) {
        boolean markdown = benchmark.equals("commonmark") || benchmark.equals("flexmark");
        return BYTES.computeIfAbsent((markdown ? "md:" : "txt:") + input, key -> {
            String text;
            if (input.equals("seed") || input.equals("seed-x100")) {
                text = ParseBench.input(input);
            } else {
                int x = input.lastIndexOf("-x");
                text = ScalingBench.input(input.substring(0, x), Integer.parseInt(input.substring(x + 2)));
            }
            return (markdown ? Inputs.markdown(text) : text).getBytes(StandardCharsets.UTF_8).length;
        });
    }

    private static final List<String> ORDER = List.of("floor", "commonmark", "flexmark", "miatextParse",
            "miatextParseCheck", "miatextParseJson");
    private static final Map<String, String> LABELS = Map.of(
            "floor", "decode UTF-8 + split lines (floor)",
            "commonmark", "commonmark-java 0.30 + footnotes + source spans",
            "flexmark", "flexmark-java 0.64.8 + footnotes",
            "miatextParse", "miatext parse",
            "miatextParseCheck", "miatext parse + check",
            "miatextParseJson", "miatext parse + JSON");

    private static void throughput(Collection<RunResult> results) {
        List<Row> rows = rows(results, "ParseBench");
        if (rows.isEmpty()) {
            return;
        }
        Map<String, Row> byKey = new HashMap<>();
        for (Row row : rows) {
            byKey.put(row.benchmark() + "/" + row.input(), row);
        }
        boolean alloc = rows.stream().anyMatch(r -> !Double.isNaN(r.allocPerOp()));
        System.out.println();
        System.out.println("| what | seed MB/s | vs commonmark | 5 MB MB/s | vs commonmark | per-byte cost, 5 MB vs seed"
                + (alloc ? " | alloc B/input byte, seed | 5 MB |" : " |"));
        System.out.println("|---|---:|---:|---:|---:|---:" + (alloc ? "|---:|---:|" : "|"));
        for (String bench : ORDER) {
            Row seed = byKey.get(bench + "/seed");
            Row big = byKey.get(bench + "/seed-x100");
            if (seed == null && big == null) {
                continue;
            }
            StringBuilder sb = new StringBuilder("| " + LABELS.get(bench) + " | ");
            sb.append(mbps(seed)).append(" | ").append(ratio(seed, byKey.get("commonmark/seed"))).append(" | ");
            sb.append(mbps(big)).append(" | ").append(ratio(big, byKey.get("commonmark/seed-x100"))).append(" | ");
            sb.append(seed != null && big != null ? fmt(perByte(big) / perByte(seed)) : "-").append(" |");
            if (alloc) {
                sb.append(' ').append(allocPerByte(seed)).append(" | ").append(allocPerByte(big)).append(" |");
            }
            System.out.println(sb);
        }
        System.out.println();
        System.out.println("MB = 10^6 bytes of UTF-8 input (the Markdown parsers read the Markdown version, "
                + "a little longer); \"vs commonmark\" is throughput / commonmark-java's on the same input.");
    }

    private static void scaling(Collection<RunResult> results) {
        List<Row> all = rows(results, "ScalingBench");
        for (String method : List.of("parse", "check")) {
            List<Row> rows = all.stream().filter(r -> r.benchmark().equals(method)).toList();
            if (!rows.isEmpty()) {
                scaling(method, rows);
            }
        }
    }

    /** One table: time per MB of one benchmark method, against its own time on the seed x1. */
    private static void scaling(String method, List<Row> rows) {
        Map<String, Row> byKey = new HashMap<>();
        List<String> kinds = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (Row row : rows) {
            byKey.put(row.input(), row);
            int x = row.input().lastIndexOf("-x");
            String kind = row.input().substring(0, x);
            int times = Integer.parseInt(row.input().substring(x + 2));
            if (!kinds.contains(kind)) {
                kinds.add(kind);
            }
            if (!sizes.contains(times)) {
                sizes.add(times);
            }
        }
        sizes.sort(null);
        Row base = byKey.get("seed-x1");
        double basePerByte = base == null ? Double.NaN : perByte(base);
        System.out.println();
        System.out.println(method + ": time per MB (ms), and in brackets its ratio to the seed x1's:");
        System.out.println();
        StringBuilder head = new StringBuilder("| input |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int times : sizes) {
            head.append(" x").append(times).append(" |");
            rule.append("---:|");
        }
        System.out.println(head);
        System.out.println(rule);
        for (String kind : kinds) {
            StringBuilder sb = new StringBuilder("| " + kind + " |");
            for (int times : sizes) {
                Row row = byKey.get(kind + "-x" + times);
                if (row == null) {
                    sb.append(" - |");
                } else {
                    double msPerMb = perByte(row) * 1e6 / 1000;
                    sb.append(' ').append(fmt(msPerMb)).append(" (").append(fmt(perByte(row) / basePerByte))
                            .append("x) |");
                }
            }
            System.out.println(sb);
        }
    }

    /** Microseconds per input byte. */
    private static double perByte(Row row) {
        return row.microsPerOp() / inputBytes(row.benchmark(), row.input());
    }

    private static String mbps(Row row) {
        return row == null ? "-" : fmt(1 / perByte(row)) + " ± " + fmt(row.error() / row.microsPerOp() / perByte(row));
    }

    private static String ratio(Row row, Row commonmark) {
        return row == null || commonmark == null ? "-" : fmt(perByte(commonmark) / perByte(row)) + "x";
    }

    private static String allocPerByte(Row row) {
        return row == null || Double.isNaN(row.allocPerOp()) ? "-"
                : fmt(row.allocPerOp() / inputBytes(row.benchmark(), row.input()));
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : v >= 100 ? String.format(Locale.ROOT, "%.0f", v)
                : v >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
