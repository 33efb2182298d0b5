package org.miatext.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.miatext.ast.Block;
import org.miatext.ast.BlockQuote;
import org.miatext.ast.Citation;
import org.miatext.ast.Document;
import org.miatext.ast.Footer;
import org.miatext.ast.Heading;
import org.miatext.ast.Note;
import org.miatext.ast.NotesHeading;
import org.miatext.ast.Reference;
import org.miatext.ast.SourceSpan;
import org.miatext.eval.Truth.Item;

/**
 * Compares a parsed chapter with its expected structure, kind by kind: headings, quotes,
 * notes, references, markers and footer. An item counts as found when the parse has one of
 * the same kind at the same line (and column and label, where the truth gives them).
 */
public final class Evaluation {

    /** The kinds compared. */
    public static final List<String> KINDS = List.of("headings", "quotes", "notes", "references", "markers", "footer");

    /** Counts for one kind. */
    public record Score(int expected, int found, int matched) {

        public double precision() {
            return found == 0 ? (expected == 0 ? 1.0 : 0.0) : (double) matched / found;
        }

        public double recall() {
            return expected == 0 ? (found == 0 ? 1.0 : 0.0) : (double) matched / expected;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public Score plus(Score other) {
            return new Score(expected + other.expected, found + other.found, matched + other.matched);
        }
    }

    /** The comparison of one chapter, with the items missed and the items found but not expected. */
    public record Result(Map<String, Score> scores, Map<String, List<Item>> missed, Map<String, List<Item>> extra) {
    }

    private Evaluation() {
    }

    /** Compares a document with its truth. */
    public static Result compare(Document document, Truth truth, boolean seedStyle) {
        Map<String, List<Item>> expected = new LinkedHashMap<>();
        expected.put("headings", truth.headings(seedStyle));
        expected.put("quotes", truth.quotes());
        expected.put("notes", truth.notes());
        expected.put("references", truth.references());
        expected.put("markers", truth.markers());
        expected.put("footer", truth.footers());
        Map<String, List<Item>> found = found(document);
        Map<String, Score> scores = new LinkedHashMap<>();
        Map<String, List<Item>> missed = new LinkedHashMap<>();
        Map<String, List<Item>> extra = new LinkedHashMap<>();
        for (String kind : KINDS) {
            List<Item> want = expected.get(kind);
            List<Item> got = found.get(kind);
            Map<Item, Integer> pool = new HashMap<>();
            for (Item item : got) {
                pool.merge(item, 1, Integer::sum);
            }
            int matched = 0;
            List<Item> miss = new ArrayList<>();
            for (Item item : want) {
                Integer n = pool.get(item);
                if (n != null && n > 0) {
                    pool.put(item, n - 1);
                    matched++;
                } else {
                    miss.add(item);
                }
            }
            List<Item> more = new ArrayList<>();
            pool.forEach((item, n) -> {
                for (int k = 0; k < n; k++) {
                    more.add(item);
                }
            });
            more.sort(java.util.Comparator.comparingInt(Item::line).thenComparingInt(Item::column));
            scores.put(kind, new Score(want.size(), got.size(), matched));
            missed.put(kind, miss);
            extra.put(kind, more);
        }
        return new Result(scores, missed, extra);
    }

    /** What the parse found, as items of the same shape as the truth's. */
    public static Map<String, List<Item>> found(Document document) {
        Map<String, List<Item>> found = new LinkedHashMap<>();
        for (String kind : KINDS) {
            found.put(kind, new ArrayList<>());
        }
        for (Block block : document.blocks()) {
            int line = block.span().line();
            if (block instanceof Heading || block instanceof NotesHeading) {
                found.get("headings").add(new Item(line, 0, ""));
            } else if (block instanceof BlockQuote) {
                found.get("quotes").add(new Item(line, 0, ""));
            } else if (block instanceof Note note) {
                found.get("notes").add(new Item(line, 0, note.label()));
            } else if (block instanceof Reference reference) {
                found.get("references").add(new Item(line, 0, reference.label()));
            } else if (block instanceof Footer) {
                found.get("footer").add(new Item(line, 0, ""));
            }
        }
        for (Citation citation : document.citations()) {
            SourceSpan span = citation.span();
            found.get("markers").add(new Item(span.line(), span.column(), citation.label()));
        }
        return found;
    }

}
