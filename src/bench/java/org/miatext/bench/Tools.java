package org.miatext.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Inputs for the start-up and batch measurements (src/bench/startup.sh, src/bench/batch.sh).
 * <pre>
 * java -cp target/benchmarks.jar org.miatext.bench.Tools markdown CHAPTER.txt OUT.md
 * java -cp target/benchmarks.jar org.miatext.bench.Tools batch OUTDIR COUNT SOURCE_DIR...
 * </pre>
 */
public final class Tools {

    private Tools() {
    }

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "markdown" -> Files.writeString(Path.of(args[2]),
                    Inputs.markdown(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
            case "batch" -> batch(Path.of(args[1]), Integer.parseInt(args[2]), args);
            default -> throw new IllegalArgumentException("say markdown or batch");
        }
    }

    /** COUNT chapters in OUTDIR, the seed and the chapters of the source directories taken in turn. */
    private static void batch(Path out, int count, String[] args) throws IOException {
        List<String> chapters = new ArrayList<>();
        chapters.add(Inputs.seed());
        for (int i = 3; i < args.length; i++) {
            try (Stream<Path> files = Files.walk(Path.of(args[i]))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    chapters.add(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        Files.createDirectories(out);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            String text = chapters.get(i % chapters.size());
            Files.writeString(out.resolve(String.format("%04d.txt", i)), text, StandardCharsets.UTF_8);
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        System.out.println(count + " chapters, " + bytes + " bytes, from " + chapters.size() + " distinct texts, in " + out);
    }
}
