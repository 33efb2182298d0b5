package org.miatext.refs;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A work as a bibliography points to it: a book, a volume of collected works, a piece in a
 * collection, an issue of a newspaper. Two citations point to the same work when their
 * {@link #key()}s are equal: same authors (by surname), title, container, edition, volume, issue and
 * part, and for periodicals the same full date.
 *
 * @param authors   authors or editors as printed ({@code "V.I. Lenin"})
 * @param title     the title
 * @param container the book or journal a piece is in
 * @param edition   the edition ({@code "Third edition"})
 * @param volume    the volume
 * @param issue     the issue number of a journal
 * @param part      the part
 * @param place     the place of publication
 * @param publisher the publisher
 * @param date      the year or full date as printed
 * @param undated   true when the bibliography says {@code n.d.}
 */
public record Work(List<String> authors, Optional<String> title, Optional<String> container,
                   Optional<String> edition, Optional<String> volume, Optional<String> issue,
                   Optional<String> part, Optional<String> place, Optional<String> publisher,
                   Optional<String> date, boolean undated) {

    public Work {
        authors = List.copyOf(authors);
    }

    /** The work a cited source names by itself, without resolving any shorthand. */
    static Work of(CitedSource s) {
        return new Work(s.authors(), s.title(), s.container(), s.edition(), s.volume(), s.issue(), s.part(),
                s.place(), s.publisher(), s.date(), s.undated());
    }

    /** True when the work has neither author nor title nor container: nothing names it. */
    public boolean isEmpty() {
        return authors.isEmpty() && title.isEmpty() && container.isEmpty();
    }

    /** The authors' surnames, lower case without accents ({@code "lenin"}). */
    public List<String> surnames() {
        List<String> out = new ArrayList<>();
        for (String a : authors) {
            out.add(surname(a));
        }
        return out;
    }

    /** True when the date is more than a year (it names a day or a month). */
    public boolean hasFullDate() {
        return date.map(d -> d.matches(".*\\p{L}.*")).orElse(false);
    }

    /** The four-digit year of the date, if it has one. */
    public Optional<Integer> year() {
        if (date.isEmpty()) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(1[5-9]\\d\\d|20\\d\\d)").matcher(date.get());
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** The identity of the work: equal keys, same work. */
    public String key() {
        return String.join("&", surnames()) + "|" + title.map(Work::norm).orElse("") + "|"
                + container.map(Work::norm).orElse("") + "|" + edition.map(Work::norm).orElse("") + "|"
                + volume.map(Work::norm).orElse("") + "|" + issue.map(Work::norm).orElse("") + "|"
                + part.map(Work::norm).orElse("") + "|" + (hasFullDate() ? norm(date.get()) : "");
    }

    /**
     * The work named in the bibliography's own style, without pages:
     * {@code "L.B. Kamenev, The Party and Trotskyism, in Za Leninizm, Moscow 1925"}.
     */
    public String display() {
        return display(new CitedSourceMask(false, false, false, false, false));
    }

    /**
     * The work as a rewritten entry names it in place of a shorthand, leaving out what the
     * entry prints itself: for {@code Ibid., Third edition, Vol.25, pp.473-4.} the work
     * {@code V.I. Lenin, Sochineniia, Third edition, Vol.25} is named {@code V.I. Lenin, Sochineniia}.
     */
    public String displayWithout(CitedSource printed) {
        return display(CitedSourceMask.of(printed));
    }

    /**
     * The book or journal a piece is in, named in place of a middle {@code ibid.}:
     * {@code "in Za Leninizm, Moscow 1925"}.
     */
    public String containerDisplayWithout(CitedSource printed) {
        Work c = new Work(List.of(), Optional.empty(), container.or(() -> title), edition, volume, issue, part,
                place, publisher, date, undated);
        return "in " + c.display(CitedSourceMask.of(printed));
    }

    /** The parts of a work a rewritten entry must print because its own text does not. */
    record CitedSourceMask(boolean edition, boolean volume, boolean issue, boolean part, boolean date) {
        static CitedSourceMask of(CitedSource s) {
            return new CitedSourceMask(s.edition().isPresent(), s.volume().isPresent(), s.issue().isPresent(),
                    s.part().isPresent(), s.date().isPresent() || s.undated());
        }
    }

    /** As {@link #display()}, leaving out the fields the mask says are printed elsewhere. */
    String display(CitedSourceMask printedElsewhere) {
        List<String> parts = new ArrayList<>();
        if (!authors.isEmpty()) {
            parts.add(joinAuthors(authors));
        }
        title.ifPresent(parts::add);
        container.ifPresent(c -> parts.add(title.isPresent() ? "in " + c : c));
        if (!printedElsewhere.edition()) {
            edition.ifPresent(parts::add);
        }
        if (!printedElsewhere.volume()) {
            volume.ifPresent(v -> parts.add("Vol." + v));
        }
        if (!printedElsewhere.issue()) {
            issue.ifPresent(v -> parts.add("No." + v));
        }
        if (!printedElsewhere.part()) {
            part.ifPresent(v -> parts.add("Part " + v));
        }
        if (!printedElsewhere.date()) {
            String d = date.orElse(undated ? "n.d." : null);
            if (hasFullDate()) {
                publisher.ifPresent(parts::add);
                parts.add(d);
            } else {
                publisher.ifPresent(parts::add);
                if (place.isPresent()) {
                    parts.add(place.get() + (d == null ? "" : " " + d));
                } else if (d != null) {
                    parts.add(d);
                }
            }
        }
        return String.join(", ", parts);
    }

    static String joinAuthors(List<String> authors) {
        if (authors.size() == 1) {
            return authors.get(0);
        }
        return String.join(", ", authors.subList(0, authors.size() - 1)) + " and " + authors.get(authors.size() - 1);
    }

    /** The surname of a name as printed: {@code "V.I. Lenin"} gives {@code "lenin"}. */
    static String surname(String name) {
        String n = name.replaceAll("\\((?:eds?|trans|comp)\\.?\\)|,?\\s+eds?\\.$", "").trim();
        String[] words = n.split("\\s+");
        String last = words[words.length - 1];
        int dot = last.lastIndexOf('.');
        if (dot >= 0 && dot + 1 < last.length()) {
            last = last.substring(dot + 1);
        }
        return norm(last);
    }

    /** Lower case, accents and punctuation dropped, spaces collapsed. */
    static String norm(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    @Override
    public String toString() {
        return display();
    }
}
