package org.miatext.refs;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.miatext.ast.Block;
import org.miatext.ast.Document;
import org.miatext.ast.Reference;
import org.miatext.ast.SourceSpan;
import org.miatext.ast.TextBlock;
import org.miatext.diagnostic.Diagnostic;
import org.miatext.diagnostic.Severity;

/**
 * The numbered list of a chapter read as a bibliography: every entry split into fields, and
 * every {@code Ibid.}, {@code op. cit.}, {@code loc. cit.} and short form resolved to the work it
 * means.
 *
 * <pre>{@code
 * Bibliography bibliography = Bibliography.of(MiaText.parse(path));
 * bibliography.entry("39").flatMap(BibliographyEntry::work).map(Work::display)
 *     // "V.I. Lenin, Sochineniia, Third edition, Vol.25"
 * }</pre>
 *
 * <p>Entries are read in the order they are printed, as their reader reads them. {@code Ibid.}
 * means the work of the entry just above (if that entry names several works, the last, and
 * the check {@code refs/ambiguous-ibid} says so); an {@code ibid.} after an author and title
 * means a piece in the book or journal of the entry above; {@code op. cit.} and a bare author
 * mean the last work cited of that author; a title alone the last work of that title. Chains
 * of any length resolve, since each entry takes the already resolved work of the one before.
 */
public final class Bibliography {

    private final Document document;
    private final List<BibliographyEntry> entries;
    private final Map<CitedSource, Resolution> nested;
    private final List<Diagnostic> problems;

    private Bibliography(Document document, List<BibliographyEntry> entries, Map<CitedSource, Resolution> nested,
                         List<Diagnostic> problems) {
        this.document = document;
        this.entries = List.copyOf(entries);
        this.nested = nested;
        this.problems = List.copyOf(problems);
    }

    /** Reads and resolves the numbered list of a document. */
    public static Bibliography of(Document document) {
        Spans spans = new Spans(document.source());
        ReferenceParser parser = new ReferenceParser(document.source(), spans);
        Resolver resolver = new Resolver(document.sourceName());
        List<BibliographyEntry> entries = new ArrayList<>();
        for (Reference reference : document.references()) {
            int start = reference.entryLabel().span().end();
            int end = firstBlockEnd(reference);
            ReferenceParser.Parsed parsed = parser.parse(start, Math.max(start, end));
            List<Resolution> resolutions = resolver.resolve(reference.label(), parsed.sources());
            entries.add(new BibliographyEntry(reference, reference.label(), reference.body(), parsed.sources(),
                    resolutions, parsed.comment()));
        }
        return new Bibliography(document, entries, resolver.nested(), resolver.problems());
    }

    private static int firstBlockEnd(Reference reference) {
        for (Block block : reference.blocks()) {
            if (block instanceof TextBlock) {
                return spanOf(block).end();
            }
        }
        return reference.span().end();
    }

    private static SourceSpan spanOf(Block block) {
        if (block instanceof org.miatext.ast.Paragraph p) {
            return p.span();
        }
        if (block instanceof org.miatext.ast.BlockQuote q) {
            return q.span();
        }
        if (block instanceof org.miatext.ast.Heading h) {
            return h.span();
        }
        throw new IllegalStateException("not a text block: " + block);
    }

    /** The document read. */
    public Document document() {
        return document;
    }

    /** The entries in printed order. */
    public List<BibliographyEntry> entries() {
        return entries;
    }

    /** The first entry with this label. */
    public Optional<BibliographyEntry> entry(String label) {
        return entries.stream().filter(e -> e.label().equals(label)).findFirst();
    }

    /** How a source was resolved: one of an entry's sources, or a {@code quoted in} source nested in one. */
    public Optional<Resolution> resolution(CitedSource source) {
        for (BibliographyEntry e : entries) {
            for (int i = 0; i < e.sources().size(); i++) {
                if (e.sources().get(i) == source) {
                    return Optional.of(e.resolutions().get(i));
                }
            }
        }
        return Optional.ofNullable(nested.get(source));
    }

    /** Problems with shorthands that cannot be resolved or are ambiguous (rules {@code refs/...}). */
    public List<Diagnostic> problems() {
        return problems;
    }

    /**
     * The distinct works cited, in order of first citation, each with the entries and pages that
     * cite it; a {@code quoted in} source counts as a work cited too.
     */
    public List<CitedWork> works() {
        Map<String, Work> works = new LinkedHashMap<>();
        Map<String, List<String>> labels = new LinkedHashMap<>();
        Map<String, List<Locator>> locators = new LinkedHashMap<>();
        for (BibliographyEntry e : entries) {
            for (int i = 0; i < e.sources().size(); i++) {
                List<CitedSource> chain = new ArrayList<>();
                for (Optional<CitedSource> s = Optional.of(e.sources().get(i)); s.isPresent(); s = s.get().quotedIn()) {
                    chain.add(s.get());
                }
                for (CitedSource s : chain) {
                    Optional<Work> w = resolution(s).flatMap(Resolution::work).filter(x -> !x.isEmpty());
                    if (w.isEmpty()) {
                        continue;
                    }
                    String key = w.get().key();
                    works.merge(key, w.get(), Bibliography::richer);
                    List<String> ls = labels.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!ls.contains(e.label())) {
                        ls.add(e.label());
                    }
                    locators.computeIfAbsent(key, k -> new ArrayList<>()).addAll(s.locators());
                }
            }
        }
        List<CitedWork> out = new ArrayList<>();
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (Map.Entry<String, Work> w : works.entrySet()) {
            String base = idOf(w.getValue());
            int n = ids.merge(base, 1, Integer::sum);
            String id = n == 1 ? base : base + "-" + (char) ('a' + n - 2);
            out.add(new CitedWork(id, w.getValue(), labels.get(w.getKey()), locators.get(w.getKey())));
        }
        return out;
    }

    /** Of two descriptions of one work, the one that says more (the first when equal). */
    private static Work richer(Work a, Work b) {
        return score(b) > score(a) ? b : a;
    }

    private static int score(Work w) {
        return (w.place().isPresent() ? 1 : 0) + (w.publisher().isPresent() ? 1 : 0) + (w.date().isPresent() ? 1 : 0);
    }

    private static String idOf(Work w) {
        List<String> parts = new ArrayList<>();
        if (!w.authors().isEmpty()) {
            parts.add(w.surnames().get(0));
        }
        String title = w.title().or(w::container).map(Work::norm).orElse("");
        for (String word : title.split(" ")) {
            if (word.length() > 3 && !List.of("the", "from", "with", "theory").contains(word)) {
                parts.add(word);
                break;
            }
        }
        if (parts.isEmpty() && !title.isEmpty()) {
            parts.add(title.split(" ")[0]);
        }
        w.year().ifPresent(y -> parts.add(Integer.toString(y)));
        w.volume().ifPresent(v -> parts.add("vol" + v.toLowerCase(Locale.ROOT)));
        String id = String.join("-", parts).replaceAll("[^a-z0-9-]", "").replace(' ', '-');
        return id.isEmpty() ? "work" : id;
    }

    /** Resolves the entries' sources in printed order, keeping what a reader remembers. */
    static final class Resolver {

        private final String file;
        private final List<Work> history = new ArrayList<>();
        private final List<String> historyLabels = new ArrayList<>();
        private List<Work> previous = List.of();
        private String previousLabel = null;
        private final Map<CitedSource, Resolution> nested = new IdentityHashMap<>();
        private final List<Diagnostic> problems = new ArrayList<>();

        Resolver(String file) {
            this.file = file;
        }

        Map<CitedSource, Resolution> nested() {
            return nested;
        }

        List<Diagnostic> problems() {
            return problems;
        }

        List<Resolution> resolve(String label, List<CitedSource> sources) {
            List<Resolution> out = new ArrayList<>();
            List<Work> antecedents = new ArrayList<>();
            for (CitedSource s : sources) {
                Resolution r = resolveOne(label, s);
                out.add(r);
                remember(label, r);
                Work forIbid = r.work().orElse(null);
                if (s.quotedIn().isPresent()) {
                    CitedSource q = s.quotedIn().get();
                    Resolution rq = resolveOne(label, q);
                    nested.put(q, rq);
                    remember(label, rq);
                    if (rq.work().isPresent()) {
                        forIbid = rq.work().get();
                    }
                }
                if (forIbid != null && !forIbid.isEmpty()) {
                    antecedents.add(forIbid);
                }
            }
            previous = antecedents;
            previousLabel = label;
            return out;
        }

        private void remember(String label, Resolution r) {
            r.work().filter(w -> !w.isEmpty()).ifPresent(w -> {
                history.add(w);
                historyLabels.add(label);
            });
        }

        private Resolution resolveOne(String label, CitedSource s) {
            Work own = Work.of(s);
            Optional<Work> ownOpt = own.isEmpty() ? Optional.empty() : Optional.of(own);
            switch (s.shorthand()) {
                case IBID -> {
                    return ibid(label, s, own, ownOpt);
                }
                case LOC_CIT, OP_CIT -> {
                    if (s.authors().isEmpty() && s.title().isEmpty()) {
                        return ibid(label, s, own, ownOpt);
                    }
                    int found = s.title().isPresent() ? findByTitle(s.title().get(), s.authors()) : -1;
                    if (found < 0 && !s.authors().isEmpty()) {
                        found = findByAuthors(own.surnames(), s.date());
                    }
                    if (found < 0) {
                        String who = s.authors().isEmpty() ? "\u201C" + s.title().orElse("") + "\u201D"
                                : Work.joinAuthors(s.authors());
                        problem("refs/op-cit-unknown-author", Severity.WARNING, s,
                                "Entry " + label + ": " + shorthandWord(s) + " refers to " + who
                                        + ", but no earlier entry cites a work of theirs in full",
                                "name the work in full here, or in an earlier entry");
                        return new Resolution(Resolution.Status.UNRESOLVED, ownOpt, Optional.empty(),
                                shorthandWord(s) + " with no earlier work by " + who);
                    }
                    return new Resolution(Resolution.Status.RESOLVED, Optional.of(override(history.get(found), s)),
                            Optional.of(historyLabels.get(found)),
                            shorthandWord(s) + ": the work of entry " + historyLabels.get(found));
                }
                case IBID_CONTAINER -> {
                    if (previous.isEmpty()) {
                        problem("refs/ibid-without-antecedent", Severity.WARNING, s,
                                "Entry " + label + ": \u201Cibid.\u201D has no work before it to stand for",
                                "name the book or journal the piece is in");
                        return new Resolution(Resolution.Status.UNRESOLVED, ownOpt, Optional.empty(),
                                "ibid. with no entry before it that names a work");
                    }
                    Work ant = previous.get(previous.size() - 1);
                    ambiguity(label, s);
                    Optional<String> container = ant.container().or(ant::title);
                    boolean inSameContainer = ant.container().isPresent();
                    Work w = new Work(s.authors().isEmpty() ? ant.authors() : s.authors(), s.title(), container,
                            s.edition().or(ant::edition),
                            s.volume().or(() -> inSameContainer ? ant.volume() : ant.volume()),
                            s.issue().or(ant::issue), s.part(), s.place().or(ant::place),
                            s.publisher().or(ant::publisher), s.date().or(ant::date),
                            s.undated() || (ant.undated() && s.date().isEmpty()));
                    return new Resolution(previous.size() > 1 ? Resolution.Status.AMBIGUOUS : Resolution.Status.RESOLVED,
                            Optional.of(w), Optional.of(previousLabel),
                            "ibid.: a piece in \u201C" + container.orElse("") + "\u201D, as entry " + previousLabel);
                }
                case SHORT_FORM -> {
                    int found = findByAuthors(own.surnames(), s.date());
                    if (found < 0) {
                        problem("refs/short-form-unknown", Severity.INFO, s,
                                "Entry " + label + ": " + Work.joinAuthors(s.authors())
                                        + " is cited by name only, and no earlier entry names the work",
                                "give the title the first time the work is cited");
                        return new Resolution(Resolution.Status.UNRESOLVED, ownOpt, Optional.empty(),
                                "a short form, but no earlier entry cites a work by " + Work.joinAuthors(s.authors()));
                    }
                    return new Resolution(Resolution.Status.RESOLVED, Optional.of(override(history.get(found), s)),
                            Optional.of(historyLabels.get(found)),
                            "short form: the work of " + Work.joinAuthors(s.authors()) + " in entry "
                                    + historyLabels.get(found));
                }
                default -> {
                    return full(s, own, ownOpt);
                }
            }
        }

        private Resolution full(CitedSource s, Work own, Optional<Work> ownOpt) {
            if (own.isEmpty()) {
                return new Resolution(Resolution.Status.UNRESOLVED, Optional.empty(), Optional.empty(),
                        "names neither author nor title");
            }
            if (s.title().isPresent()) {
                // the same work cited again, perhaps with less imprint: keep what was said before
                for (int i = history.size() - 1; i >= 0; i--) {
                    Work h = history.get(i);
                    boolean sameTitle = h.title().map(Work::norm).equals(s.title().map(Work::norm))
                            && h.container().map(Work::norm).equals(s.container().map(Work::norm));
                    if (sameTitle && !s.authors().isEmpty() && h.surnames().equals(own.surnames())) {
                        return new Resolution(Resolution.Status.CITED_IN_FULL, Optional.of(fill(own, h)),
                                Optional.empty(), "cited in full");
                    }
                    if (sameTitle && s.authors().isEmpty() && !h.authors().isEmpty()) {
                        return new Resolution(Resolution.Status.RESOLVED, Optional.of(override(h, s)),
                                Optional.of(historyLabels.get(i)), "short title: the work of entry " + historyLabels.get(i));
                    }
                }
                if (s.authors().isEmpty()) {
                    // "Challenge (1926-27)" after "Trotsky, Challenge (1923-25)": a volume of a series
                    String base = baseTitle(s.title().get());
                    if (!base.equals(Work.norm(s.title().get()))) {
                        for (int i = history.size() - 1; i >= 0; i--) {
                            Work h = history.get(i);
                            if (!h.authors().isEmpty() && h.title().map(t -> baseTitle(t).equals(base)).orElse(false)) {
                                Work w = new Work(h.authors(), s.title(), s.container(), s.edition(), s.volume(),
                                        s.issue(), s.part(), s.place(), s.publisher(), s.date(), s.undated());
                                return new Resolution(Resolution.Status.RESOLVED, Optional.of(w),
                                        Optional.of(historyLabels.get(i)),
                                        "a title of the series of entry " + historyLabels.get(i) + ", by the same author");
                            }
                        }
                    }
                }
            }
            return new Resolution(Resolution.Status.CITED_IN_FULL, ownOpt, Optional.empty(), "cited in full");
        }

        private Resolution ibid(String label, CitedSource s, Work own, Optional<Work> ownOpt) {
            if (previous.isEmpty()) {
                problem("refs/ibid-without-antecedent", Severity.WARNING, s,
                        "Entry " + label + ": " + shorthandWord(s) + " has no work before it to stand for"
                                + (previousLabel == null ? " (it is the first entry)"
                                : " (entry " + previousLabel + " names none)"),
                        "name the work in full");
                return new Resolution(Resolution.Status.UNRESOLVED, ownOpt, Optional.empty(),
                        shorthandWord(s) + " with no entry before it that names a work");
            }
            Work ant = previous.get(previous.size() - 1);
            ambiguity(label, s);
            return new Resolution(previous.size() > 1 ? Resolution.Status.AMBIGUOUS : Resolution.Status.RESOLVED,
                    Optional.of(override(ant, s)), Optional.of(previousLabel),
                    shorthandWord(s) + ": the work of entry " + previousLabel
                            + (previous.size() > 1 ? ", the last of the " + previous.size() + " it names" : ""));
        }

        private void ambiguity(String label, CitedSource s) {
            if (previous.size() > 1) {
                problem("refs/ambiguous-ibid", Severity.WARNING, s,
                        "Entry " + label + ": " + shorthandWord(s) + " follows entry " + previousLabel + ", which cites "
                                + previous.size() + " works; it is taken to mean the last, "
                                + previous.get(previous.size() - 1).display(),
                        "name the work in full");
            }
        }

        private int findByAuthors(List<String> surnames, Optional<String> date) {
            int any = -1;
            for (int i = history.size() - 1; i >= 0; i--) {
                Work h = history.get(i);
                if (!surnames.isEmpty() && h.surnames().containsAll(surnames) && h.title().isPresent()) {
                    if (date.isEmpty() || h.date().equals(date)) {
                        return i;
                    }
                    if (any < 0) {
                        any = i;
                    }
                }
            }
            return date.isPresent() ? -1 : any;
        }

        private int findByTitle(String title, List<String> authors) {
            String t = Work.norm(title);
            List<String> surnames = authors.stream().map(Work::surname).toList();
            for (int i = history.size() - 1; i >= 0; i--) {
                Work h = history.get(i);
                if (h.title().map(x -> Work.norm(x).equals(t) || Work.norm(x).startsWith(t + " ")).orElse(false)
                        && (surnames.isEmpty() || h.surnames().containsAll(surnames))) {
                    return i;
                }
            }
            return -1;
        }

        private void problem(String rule, Severity severity, CitedSource s, String message, String hint) {
            problems.add(new Diagnostic(rule, severity, message, file, s.shorthandSpan().orElse(s.span()),
                    Optional.of(hint)));
        }
    }

    static String shorthandWord(CitedSource s) {
        return switch (s.shorthand()) {
            case IBID, IBID_CONTAINER -> "\u201CIbid.\u201D";
            case OP_CIT -> "\u201Cop. cit.\u201D";
            case LOC_CIT -> "\u201Cloc. cit.\u201D";
            default -> "the short form";
        };
    }

    /** A title without its closing parenthesis: {@code "Challenge (1926-27)"} gives {@code "challenge"}. */
    static String baseTitle(String title) {
        return Work.norm(title.replaceAll("\\s*\\([^()]*\\)$", ""));
    }

    /** The earlier work with what this citation changes (volume, edition, part, issue, date, imprint). */
    static Work override(Work ant, CitedSource s) {
        return new Work(ant.authors(), ant.title(), ant.container(), s.edition().or(ant::edition),
                s.volume().or(ant::volume), s.issue().or(ant::issue), s.part().or(ant::part),
                s.place().or(ant::place), s.publisher().or(ant::publisher), s.date().or(ant::date),
                s.undated() || (ant.undated() && s.date().isEmpty()));
    }

    /** This work, with imprint it leaves out taken from an earlier citation of the same work. */
    static Work fill(Work own, Work earlier) {
        if (!own.key().equals(earlier.key())) {
            return own;
        }
        return new Work(own.authors(), own.title(), own.container(), own.edition(), own.volume(), own.issue(),
                own.part(), own.place().or(earlier::place), own.publisher().or(earlier::publisher),
                own.date().or(earlier::date), own.undated() || (earlier.undated() && own.date().isEmpty()));
    }
}
