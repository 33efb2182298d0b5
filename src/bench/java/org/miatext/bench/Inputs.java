package org.miatext.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The texts the benchmarks read: the seed chapter, repeated, as Markdown, and pathological inputs. */
final class Inputs {

    static final String SEED_NAME = "000_69c2650609e06f78.txt";

    private static String seed;

    private Inputs() {
    }

    /** The seed chapter (49 KB), from the class path or, failing that, from seeds/. */
    static synchronized String seed() {
        if (seed == null) {
            try (InputStream in = Inputs.class.getResourceAsStream("/seeds/" + SEED_NAME)) {
                byte[] bytes = in != null ? in.readAllBytes()
                        : java.nio.file.Files.readAllBytes(java.nio.file.Path.of("seeds", SEED_NAME));
                seed = new String(bytes, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seed;
    }

    /** The seed repeated {@code times} times, one blank line between the copies. */
    static String seedTimes(int times) {
        String one = seed().stripTrailing();
        StringBuilder sb = new StringBuilder((one.length() + 2) * times);
        for (int i = 0; i < times; i++) {
            sb.append(one).append("\n\n");
        }
        return sb.toString();
    }

    private static final Pattern ENTRY = Pattern.compile("^(\\d+\\*?|[A-Za-z])\\.[ \\t]+");
    private static final Pattern MARKER = Pattern.compile("\\[ ?(\\d+\\*?|\\d+[a-z]|[A-Za-z]) ?\\](?![A-Za-z])");

    /**
     * The chapter as Markdown with footnotes, for the yardsticks: markers "[12]" become "[^12]",
     * and a line that opens with the label of a marker already cited ("12. Ibid.", "3*. Sadly")
     * becomes a footnote definition ("[^12]: Ibid."). (The seed's notes heading was dropped when
     * the page was copied, so the entries are known by their labels, as miatext knows them.)
     */
    static String markdown(String chapter) {
        StringBuilder out = new StringBuilder(chapter.length() + chapter.length() / 20);
        java.util.Set<String> cited = new java.util.HashSet<>();
        for (String line : chapter.split("\n", -1)) {
            Matcher entry = ENTRY.matcher(line);
            if (entry.lookingAt() && cited.contains(entry.group(1))) {
                out.append("[^").append(entry.group(1)).append("]: ");
                line = line.substring(entry.end());
            }
            Matcher m = MARKER.matcher(line);
            int last = 0;
            while (m.find()) {
                out.append(line, last, m.start()).append("[^").append(m.group(1)).append(']');
                cited.add(m.group(1));
                last = m.end();
            }
            out.append(line, last, line.length()).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /** Pathological inputs of about {@code size} chars. */
    static String pathological(String kind, int size) {
        StringBuilder sb = new StringBuilder(size + 16);
        switch (kind) {
            case "seed" -> {
                return seedTimes(Math.max(1, (int) Math.round((double) size / seed().length())));
            }
            case "one-line" -> {
                // The seed's text with every line break turned into a space: one huge line.
                String flat = seed().replace('\n', ' ').replace('\r', ' ');
                while (sb.length() < size) {
                    sb.append(flat).append(' ');
                }
            }
            case "markers" -> {
                int i = 1;
                while (sb.length() < size) {
                    sb.append('[').append(i++).append(']');
                }
            }
            case "brackets" -> {
                while (sb.length() < size) {
                    sb.append('[');
                }
            }
            case "blank" -> {
                while (sb.length() < size) {
                    sb.append('\n');
                }
            }
            case "labels" -> {
                // A notes list and nothing else: "1. " lines, each its own block.
                int i = 1;
                while (sb.length() < size) {
                    sb.append(i++).append(". Ibid., p.").append(i).append(".\n\n");
                }
            }
            default -> throw new IllegalArgumentException("unknown input kind: " + kind);
        }
        return sb.toString();
    }

    static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
