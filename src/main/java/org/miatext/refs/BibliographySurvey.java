package org.miatext.refs;

import java.util.EnumMap;
import java.util.Map;

/**
 * Figures over many bibliographies: how many entries parse into something usable, and how many
 * shorthands resolve.
 *
 * @param chapters        bibliographies counted
 * @param entries         entries of numbered lists
 * @param prose           entries that are prose, naming no source
 * @param usable          entries with at least one source naming an author or title (or a
 *                        resolved Ibid.) and a locator (its own or that of the source it was quoted in)
 * @param shorthands      sources using each shorthand
 * @param resolved        of those, how many resolve (ambiguous ones included)
 */
public record BibliographySurvey(int chapters, int entries, int prose, int usable,
                                 Map<Shorthand, Integer> shorthands, Map<Shorthand, Integer> resolved) {

    public BibliographySurvey {
        shorthands = Map.copyOf(shorthands);
        resolved = Map.copyOf(resolved);
    }

    /** Counts the bibliographies given. */
    public static BibliographySurvey of(Iterable<Bibliography> bibliographies) {
        int chapters = 0;
        int entries = 0;
        int prose = 0;
        int usable = 0;
        Map<Shorthand, Integer> shorthands = new EnumMap<>(Shorthand.class);
        Map<Shorthand, Integer> resolved = new EnumMap<>(Shorthand.class);
        for (Bibliography b : bibliographies) {
            chapters++;
            for (BibliographyEntry e : b.entries()) {
                entries++;
                if (e.isProse()) {
                    prose++;
                }
                boolean ok = false;
                for (int i = 0; i < e.sources().size(); i++) {
                    CitedSource s = e.sources().get(i);
                    Resolution r = e.resolutions().get(i);
                    boolean named = !s.authors().isEmpty() || s.title().isPresent()
                            || (s.shorthand().pointsBack() && r.isResolved());
                    boolean located = !s.locators().isEmpty()
                            || s.quotedIn().map(q -> !q.locators().isEmpty()).orElse(false);
                    ok |= named && located;
                    if (s.shorthand() != Shorthand.NONE) {
                        shorthands.merge(s.shorthand(), 1, Integer::sum);
                        if (r.isResolved()) {
                            resolved.merge(s.shorthand(), 1, Integer::sum);
                        }
                    }
                }
                if (ok) {
                    usable++;
                }
            }
        }
        return new BibliographySurvey(chapters, entries, prose, usable, shorthands, resolved);
    }

    /** Sources using a shorthand of these kinds. */
    public int shorthands(Shorthand... kinds) {
        int n = 0;
        for (Shorthand k : kinds) {
            n += shorthands.getOrDefault(k, 0);
        }
        return n;
    }

    /** Of the sources using a shorthand of these kinds, how many resolve. */
    public int resolved(Shorthand... kinds) {
        int n = 0;
        for (Shorthand k : kinds) {
            n += resolved.getOrDefault(k, 0);
        }
        return n;
    }

    /** A few lines for a human. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("chapters: %d, entries: %d (prose notes naming no source: %d)%n", chapters, entries, prose));
        sb.append(String.format("entries with author-or-title and a locator: %d of %d (%.1f%%)%n", usable, entries,
                pct(usable, entries)));
        for (Shorthand k : Shorthand.values()) {
            if (k != Shorthand.NONE) {
                int n = shorthands.getOrDefault(k, 0);
                int r = resolved.getOrDefault(k, 0);
                sb.append(String.format("%-15s %5d, resolved %5d (%.1f%%)%n", k.name().toLowerCase(java.util.Locale.ROOT),
                        n, r, pct(r, n)));
            }
        }
        int ib = shorthands(Shorthand.IBID, Shorthand.IBID_CONTAINER);
        int oc = shorthands(Shorthand.OP_CIT, Shorthand.LOC_CIT);
        sb.append(String.format("Ibid. resolved: %d of %d (%.1f%%); op. cit./loc. cit. resolved: %d of %d (%.1f%%)%n",
                resolved(Shorthand.IBID, Shorthand.IBID_CONTAINER), ib,
                pct(resolved(Shorthand.IBID, Shorthand.IBID_CONTAINER), ib),
                resolved(Shorthand.OP_CIT, Shorthand.LOC_CIT), oc, pct(resolved(Shorthand.OP_CIT, Shorthand.LOC_CIT), oc)));
        return sb.toString();
    }

    private static double pct(int a, int b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }
}
