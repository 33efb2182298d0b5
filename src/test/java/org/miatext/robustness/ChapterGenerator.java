package org.miatext.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes random chapters in the shape of the archive's pages: front matter, paragraphs with
 * markers, quotations with a lead-in, section headings, notes headings, asterisked, lettered and
 * numbered entries, a footer; CRLF, CR or LF line endings (mixed, when asked), a byte order mark;
 * and, when asked, faults: stray brackets, odd markers, control characters, noncharacters, lone
 * surrogates, characters outside the BMP, right-to-left text, deleted or doubled characters.
 *
 * <p>A chapter is a list of blocks, so that a failing one can be shrunk block by block.
 */
final class ChapterGenerator {

    /**
     * A generated chapter: its blocks (line endings inside them already in place), the text after
     * each block (its line ending and a blank line, none after the last), a byte order mark, and
     * the markers written, in order.
     */
    record Chapter(List<String> blocks, List<String> after, boolean bom, List<List<String>> markersByBlock) {

        /** The markers written, in order. */
        List<String> markers() {
            return markersByBlock.stream().flatMap(List::stream).toList();
        }

        /** The chapter's text. */
        String text() {
            StringBuilder sb = new StringBuilder();
            if (bom) {
                sb.append('\uFEFF');
            }
            for (int i = 0; i < blocks.size(); i++) {
                sb.append(blocks.get(i)).append(after.get(i));
            }
            return sb.toString();
        }

        /** The chapter without one block (for shrinking). */
        Chapter without(int block) {
            List<String> fewerBlocks = new ArrayList<>(blocks);
            List<String> fewerAfter = new ArrayList<>(after);
            List<List<String>> fewerMarkers = new ArrayList<>(markersByBlock);
            fewerBlocks.remove(block);
            fewerAfter.remove(block);
            fewerMarkers.remove(block);
            return new Chapter(fewerBlocks, fewerAfter, bom, fewerMarkers);
        }
    }

    private static final String[] WORDS = {"the", "party", "Trotsky", "Zinoviev", "October", "of", "and", "in",
        "revolution", "Kamenev", "bureaucracy", "was", "1924", "Congress", "p.223", "Ibid.,", "op. cit.,",
        "emphasis", "workers", "peasants", "\u201cquote\u201d", "it's", "(1928-29)", "I", "we", "must"};
    private static final String[] HOSTILE = {"\u0000", "\u0001", "\u0007", "\u001b[0m", "\u000b", "\u000c", "\u007f",
        "\u0085", "\u2028", "\u2029", "\uD800", "\uDC00", "\uDBFF\uDFFF", "\uD83D\uDE00", "\uD835\uDC9C",
        "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627", "\u202e", "\u200f", "\uFEFF", "\uFFFD", "\uFFFF", "\uFFFE", "\uFDD0",
        "[", "]", "[[", "]]", "[ 12 ]", "[12 ]", "[-1]", "[0]", "[99999999999999999999999]", "[3*]", "[a]",
        "[29a]", "[Lenin's]", "\t", "\r", "\n", "\r\n", "  ", "1. ", "Notes", "Last updated on", "<html>", "%PDF-"};
    private static final String[] ENDINGS = {"\n", "\r\n", "\r"};

    private final Random random;
    private final boolean faults;
    private final List<String> markers = new ArrayList<>();
    private final List<List<String>> markersByBlock = new ArrayList<>();

    ChapterGenerator(long seed, boolean faults) {
        this.random = new Random(seed);
        this.faults = faults;
    }

    Chapter next() {
        markers.clear();
        markersByBlock.clear();
        List<String> blocks = new ArrayList<>() {
            @Override
            public boolean add(String block) {
                // Each block takes the markers written since the block before.
                markersByBlock.add(List.copyOf(markers));
                markers.clear();
                return super.add(block);
            }
        };
        if (random.nextInt(4) > 0) {
            blocks.add("Tony Cliff");
            blocks.add("Trotsky: " + words(3, 6));
            blocks.add((1 + random.nextInt(12)) + ". " + capital(words(2, 5)));
        }
        int paragraphs = random.nextInt(12);
        int cite = 1;
        for (int i = 0; i < paragraphs; i++) {
            switch (random.nextInt(6)) {
                case 0 -> blocks.add(capital(words(2, 5)));
                case 1 -> {
                    blocks.add(capital(words(4, 12)) + ":");
                    blocks.add("\u201c" + capital(words(6, 30)) + ".\u201d" + marker(cite++));
                }
                case 2 -> blocks.add(capital(words(5, 15)) + "\n" + words(5, 15) + marker(cite++) + ".");
                default -> {
                    StringBuilder p = new StringBuilder(capital(words(5, 20)));
                    int n = random.nextInt(4);
                    for (int k = 0; k < n; k++) {
                        p.append(random.nextBoolean() ? "" : " ").append(marker(cite++)).append(' ').append(words(1, 10));
                    }
                    blocks.add(p.append('.').toString());
                }
            }
        }
        int entries = cite - 1;
        if (entries > 0 || random.nextBoolean()) {
            if (random.nextInt(3) > 0) {
                blocks.add(random.nextBoolean() ? "Notes" : "Footnotes");
            }
            for (int i = 1; i <= entries; i++) {
                String label = switch (random.nextInt(5)) {
                    case 0 -> "[" + i + "] ";
                    case 1 -> "(" + i + ") ";
                    default -> i + ". ";
                };
                blocks.add(label + capital(words(2, 12)) + (random.nextInt(5) == 0 ? " " + marker(cite++) : "") + ".");
            }
            if (random.nextInt(4) == 0) {
                blocks.add("3*. My emphasis.");
                blocks.add("A. Translator's note.");
            }
        }
        if (random.nextBoolean()) {
            blocks.add("Last updated on " + (1 + random.nextInt(28)) + " August 2009");
        }
        String ending = ENDINGS[random.nextInt(ENDINGS.length)];
        boolean mixed = faults && random.nextBoolean();
        List<String> after = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String e = mixed ? ENDINGS[random.nextInt(ENDINGS.length)] : ending;
            blocks.set(i, blocks.get(i).replace("\n", e));
            after.add(i + 1 < blocks.size() ? e + e : e);
        }
        if (faults) {
            int n = 1 + random.nextInt(8);
            for (int k = 0; k < n && !blocks.isEmpty(); k++) {
                int b = random.nextInt(blocks.size());
                blocks.set(b, fault(blocks.get(b)));
            }
        }
        return new Chapter(new ArrayList<>(blocks), after, random.nextInt(5) == 0, List.copyOf(markersByBlock));
    }

    private String fault(String block) {
        int at = block.isEmpty() ? 0 : random.nextInt(block.length() + 1);
        return switch (random.nextInt(4)) {
            case 0 -> block.substring(0, Math.max(0, at - 1)) + block.substring(at);
            case 1 -> block.substring(0, at) + block.substring(at / 2, at) + block.substring(at);
            default -> block.substring(0, at) + HOSTILE[random.nextInt(HOSTILE.length)] + block.substring(at);
        };
    }

    private String marker(int n) {
        String m = switch (random.nextInt(8)) {
            case 0 -> "[" + n + "*]";
            case 1 -> "[" + (char) ('a' + random.nextInt(26)) + "]";
            default -> "[" + n + "]";
        };
        markers.add(m);
        return m;
    }

    private String words(int min, int max) {
        int n = min + random.nextInt(max - min + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
