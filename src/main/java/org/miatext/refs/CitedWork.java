package org.miatext.refs;

import java.util.List;

/**
 * A distinct work of a bibliography with every place it is cited: one item of a reference
 * manager's library.
 *
 * @param id       a stable identifier made of the first author's surname, a title word, the year
 *                 and volume ({@code "stalin-works-vol6"}), unique within the bibliography
 * @param work     the work
 * @param labels   the labels of the entries that point to it, in order
 * @param locators the pages cited, in order of citation
 */
public record CitedWork(String id, Work work, List<String> labels, List<Locator> locators) {

    public CitedWork {
        labels = List.copyOf(labels);
        locators = List.copyOf(locators);
    }

    /** The distinct pages and ranges cited, in ascending order, leaving out pages inside a range also cited. */
    public List<PageRange> pages() {
        java.util.TreeMap<Integer, PageRange> byFirst = new java.util.TreeMap<>();
        for (Locator l : locators) {
            for (PageRange r : l.pages()) {
                byFirst.merge(r.first(), r, (a, b) -> a.last() >= b.last() ? a : b);
            }
        }
        List<PageRange> out = new java.util.ArrayList<>();
        for (PageRange r : byFirst.values()) {
            PageRange last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last == null || r.last() > last.last()) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }
}
