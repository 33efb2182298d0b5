package org.miatext.refs;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Where in a work a citation points: pages, runs of pages, "and following", or passim.
 *
 * @param printed   the locator as printed ({@code "pp.583, 619"}, {@code "page 162"}, {@code "p.123ff."})
 * @param pages     the pages and ranges, abbreviated ends expanded, in printed order
 * @param following true when the pages run on ({@code ff.}, {@code f.}, {@code et seq.})
 * @param passim    true when the pages are marked {@code passim}
 */
public record Locator(String printed, List<PageRange> pages, boolean following, boolean passim) {

    public Locator {
        pages = List.copyOf(pages);
    }

    /** The first page cited. */
    public int firstPage() {
        return pages.get(0).first();
    }

    /** The pages in a normal form: {@code "583, 619"}, {@code "213-214"}, {@code "123ff."}. */
    public String normalized() {
        return pages.stream().map(PageRange::toString).collect(Collectors.joining(", "))
                + (following ? "ff." : "") + (passim ? " passim" : "");
    }

    @Override
    public String toString() {
        return normalized();
    }
}
