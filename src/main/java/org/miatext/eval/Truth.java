package org.miatext.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The expected structure of a chapter (schema {@code miatext-truth/1}, see the corpus README),
 * reduced to what the evaluation compares: positioned items per kind.
 */
public final class Truth {

    /** A thing expected at a place: a line, a column (0 when only the line matters) and a label. */
    public record Item(int line, int column, String label) {
    }

    /** A block of the truth file. */
    public record TruthBlock(int index, String kind, int line, int nLines, boolean notesHeading, String label,
                             boolean continuation, String role) {
    }

    private final List<TruthBlock> blocks = new ArrayList<>();
    private final List<Item> markers = new ArrayList<>();

    private Truth() {
    }

    /**
     * Reads a truth file.
     *
     * @param json      the truth file's text
     * @param text      the chapter's text (to place markers by column)
     * @param seedStyle true when {@code text} is the seed-style variant (notes headings blanked)
     */
    @SuppressWarnings("unchecked")
    public static Truth read(String json, String text, boolean seedStyle) {
        Map<String, Object> root = (Map<String, Object>) MiniJson.parse(json);
        Truth truth = new Truth();
        List<Object> blockList = (List<Object>) root.get("blocks");
        int[] shift = new int[blockList.size()];
        for (Object o : blockList) {
            Map<String, Object> b = (Map<String, Object>) o;
            int index = ((Number) b.get("idx")).intValue();
            int line = ((Number) b.get("line")).intValue();
            Object seedLine = b.get("line_seedstyle");
            int used = seedStyle && seedLine != null ? ((Number) seedLine).intValue() : line;
            shift[index] = used - line;
            truth.blocks.add(new TruthBlock(index, (String) b.get("kind"), used,
                    ((Number) b.get("n_lines")).intValue(), Boolean.TRUE.equals(b.get("notes_heading")),
                    (String) b.get("label"), b.get("continuation_of") != null, (String) b.get("role")));
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (Object o : (List<Object>) root.get("markers")) {
            Map<String, Object> m = (Map<String, Object>) o;
            if ("external".equals(m.get("target_kind"))) {
                continue;
            }
            int block = ((Number) m.get("block")).intValue();
            int line = ((Number) m.get("line")).intValue() + shift[block];
            String printed = (String) m.get("text");
            int column = 0;
            Object col = m.get("column");
            if (col != null && !seedStyle) {
                column = ((Number) col).intValue();
            } else if (line - 1 < lines.length) {
                column = locate(lines[line - 1], printed, ((Number) m.get("offset")).intValue(),
                        truth.blocks.get(block), lines);
            }
            truth.markers.add(new Item(line, column, normalize(printed)));
        }
        return truth;
    }

    /** Column of a marker in its line: the occurrence nearest its offset in the block. */
    private static int locate(String lineText, String printed, int blockOffset, TruthBlock block, String[] lines) {
        // Offset within the block -> offset within the marker's line.
        int offset = blockOffset;
        for (int l = block.line(); l < block.line() + block.nLines() - 1 && l - 1 < lines.length; l++) {
            int len = lines[l - 1].length() + 1;
            if (offset < len) {
                break;
            }
            offset -= len;
        }
        int at = lineText.indexOf(printed, Math.max(0, offset - 2));
        if (at < 0) {
            at = lineText.indexOf(printed);
        }
        return at < 0 ? 0 : lineText.codePointCount(0, at) + 1;
    }

    /** "[12]" and "12" and "(12)" all become "12". */
    public static String normalize(String label) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '*') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public List<TruthBlock> blocks() {
        return blocks;
    }

    /**
     * Headings. In the seed-style variant a notes heading is expected as a dropped heading at
     * the blank line that replaced it (its {@code line_seedstyle}), as in the seed's own truth.
     */
    public List<Item> headings(boolean seedStyle) {
        List<Item> items = new ArrayList<>();
        for (TruthBlock b : blocks) {
            if (b.kind().equals("heading")) {
                items.add(new Item(b.line(), 0, ""));
            }
        }
        return items;
    }

    public List<Item> quotes() {
        return ofKind("quote", false);
    }

    public List<Item> notes() {
        return ofKind("note", true);
    }

    public List<Item> references() {
        return ofKind("reference", true);
    }

    public List<Item> markers() {
        return markers;
    }

    /** The "Last updated" footer, if the page has one. */
    public List<Item> footers() {
        List<Item> items = new ArrayList<>();
        for (TruthBlock b : blocks) {
            if ("last-updated".equals(b.role())) {
                items.add(new Item(b.line(), 0, ""));
            }
        }
        return items;
    }

    private List<Item> ofKind(String kind, boolean labelled) {
        List<Item> items = new ArrayList<>();
        for (TruthBlock b : blocks) {
            if (b.kind().equals(kind) && !b.continuation()) {
                items.add(new Item(b.line(), 0, labelled && b.label() != null ? normalize(b.label()) : ""));
            }
        }
        return items;
    }
}
