package org.miatext.refs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.miatext.render.Json;

/**
 * A bibliography written out: a table for people, JSON of every entry, CSL-JSON for Zotero and
 * citation processors (one item per distinct work, with the pages cited), and BibTeX.
 */
public final class BibliographyFormats {

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{4})");

    private BibliographyFormats() {
    }

    /** One line per source: label, how it was resolved, the work and the pages. */
    public static String table(Bibliography bibliography) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-6s %-13s %-9s %-60s %s%n", "entry", "resolution", "from", "work", "pages"));
        for (BibliographyEntry e : bibliography.entries()) {
            if (e.isProse()) {
                sb.append(String.format("%-6s %-13s %-9s %-60s %s%n", e.label(), "prose", "", "", ""));
                continue;
            }
            for (int i = 0; i < e.sources().size(); i++) {
                CitedSource s = e.sources().get(i);
                Resolution r = e.resolutions().get(i);
                String work = r.work().map(Work::display).orElse("?");
                if (s.quotedIn().isPresent()) {
                    work += " (quoted in " + bibliography.resolution(s.quotedIn().get())
                            .flatMap(Resolution::work).map(Work::display).orElse("?") + ")";
                }
                String pages = pagesOf(s);
                sb.append(String.format("%-6s %-13s %-9s %-60s %s%n", i == 0 ? e.label() : "", status(r),
                        r.antecedent().map(a -> "entry " + a).orElse(""), work, pages));
            }
        }
        return sb.toString();
    }

    private static String pagesOf(CitedSource s) {
        List<Locator> all = new ArrayList<>(s.locators());
        s.quotedIn().ifPresent(q -> all.addAll(q.locators()));
        return all.stream().map(Locator::normalized).collect(Collectors.joining("; "));
    }

    private static String status(Resolution r) {
        return r.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every entry with its sources' fields and resolutions, and the problems found. */
    public static String json(Bibliography bibliography) {
        StringBuilder sb = new StringBuilder("{\n  \"file\": ").append(Json.quote(bibliography.document().sourceName()))
                .append(",\n  \"entries\": [");
        List<BibliographyEntry> entries = bibliography.entries();
        for (int k = 0; k < entries.size(); k++) {
            BibliographyEntry e = entries.get(k);
            sb.append(k == 0 ? "\n" : ",\n").append("    {\"label\": ").append(Json.quote(e.label()))
                    .append(", \"line\": ").append(e.span().line())
                    .append(", \"text\": ").append(Json.quote(e.text().strip()));
            e.comment().ifPresent(c -> sb.append(", \"comment\": ").append(Json.quote(c)));
            sb.append(", \"sources\": [");
            for (int i = 0; i < e.sources().size(); i++) {
                sb.append(i == 0 ? "" : ", ");
                source(sb, bibliography, e.sources().get(i), e.resolutions().get(i));
            }
            sb.append("]}");
        }
        sb.append("\n  ],\n  \"problems\": [");
        for (int i = 0; i < bibliography.problems().size(); i++) {
            var d = bibliography.problems().get(i);
            sb.append(i == 0 ? "\n" : ",\n").append("    {\"rule\": ").append(Json.quote(d.ruleId()))
                    .append(", \"severity\": ").append(Json.quote(d.severity().label()))
                    .append(", \"line\": ").append(d.line()).append(", \"column\": ").append(d.column())
                    .append(", \"message\": ").append(Json.quote(d.message())).append('}');
        }
        return sb.append("\n  ]\n}\n").toString();
    }

    private static void source(StringBuilder sb, Bibliography bibliography, CitedSource s, Resolution r) {
        sb.append("{\"text\": ").append(Json.quote(s.text()))
                .append(", \"line\": ").append(s.span().line()).append(", \"column\": ").append(s.span().column())
                .append(", \"shorthand\": ").append(Json.quote(s.shorthand().name().toLowerCase(Locale.ROOT)));
        field(sb, "prefix", s.prefix());
        if (!s.authors().isEmpty()) {
            sb.append(", \"authors\": [").append(s.authors().stream().map(Json::quote).collect(Collectors.joining(", ")))
                    .append(']');
        }
        field(sb, "title", s.title());
        field(sb, "container", s.container());
        field(sb, "edition", s.edition());
        field(sb, "volume", s.volume());
        field(sb, "issue", s.issue());
        field(sb, "part", s.part());
        field(sb, "place", s.place());
        field(sb, "publisher", s.publisher());
        field(sb, "date", s.date());
        if (s.undated()) {
            sb.append(", \"undated\": true");
        }
        if (!s.locators().isEmpty()) {
            sb.append(", \"locators\": [");
            for (int i = 0; i < s.locators().size(); i++) {
                Locator l = s.locators().get(i);
                sb.append(i == 0 ? "" : ", ").append("{\"printed\": ").append(Json.quote(l.printed()))
                        .append(", \"pages\": ").append(Json.quote(l.normalized())).append('}');
            }
            sb.append(']');
        }
        if (s.quotedIn().isPresent()) {
            sb.append(", \"quoted_in\": ");
            CitedSource q = s.quotedIn().get();
            source(sb, bibliography, q, bibliography.resolution(q).orElseThrow());
        }
        sb.append(", \"resolution\": {\"status\": ").append(Json.quote(status(r)));
        r.antecedent().ifPresent(a -> sb.append(", \"entry\": ").append(Json.quote(a)));
        r.work().ifPresent(w -> sb.append(", \"work\": ").append(Json.quote(w.display())));
        sb.append(", \"explanation\": ").append(Json.quote(r.explanation())).append("}}");
    }

    private static void field(StringBuilder sb, String name, Optional<String> value) {
        value.ifPresent(v -> sb.append(", \"").append(name).append("\": ").append(Json.quote(v)));
    }

    /**
     * CSL-JSON, as Zotero and citeproc import it: an array with one item per distinct work;
     * {@code page} lists the pages cited, {@code note} the entries that cite it.
     */
    public static String cslJson(Bibliography bibliography) {
        StringBuilder sb = new StringBuilder("[");
        List<CitedWork> works = bibliography.works();
        for (int k = 0; k < works.size(); k++) {
            CitedWork cw = works.get(k);
            Work w = cw.work();
            sb.append(k == 0 ? "\n" : ",\n").append("  {\"id\": ").append(Json.quote(cw.id()))
                    .append(", \"type\": ").append(Json.quote(cslType(w)));
            if (!w.authors().isEmpty()) {
                sb.append(", \"author\": [");
                for (int i = 0; i < w.authors().size(); i++) {
                    String[] fg = familyGiven(w.authors().get(i));
                    sb.append(i == 0 ? "" : ", ").append("{\"family\": ").append(Json.quote(fg[0]));
                    if (!fg[1].isEmpty()) {
                        sb.append(", \"given\": ").append(Json.quote(fg[1]));
                    }
                    sb.append('}');
                }
                sb.append(']');
            }
            Optional<String> title = w.title().or(w::container);
            field(sb, "title", title);
            if (w.title().isPresent()) {
                field(sb, "container-title", w.container());
            }
            field(sb, "edition", w.edition());
            field(sb, "volume", w.volume());
            field(sb, "issue", w.issue());
            field(sb, "publisher", w.publisher());
            field(sb, "publisher-place", w.place());
            dateParts(w).ifPresent(dp -> sb.append(", \"issued\": {\"date-parts\": [").append(dp).append("]}"));
            String pages = cw.pages().stream().map(PageRange::toString).collect(Collectors.joining(", "));
            if (!pages.isEmpty()) {
                sb.append(", \"page\": ").append(Json.quote(pages));
            }
            sb.append(", \"note\": ").append(Json.quote("Cited in note" + (cw.labels().size() > 1 ? "s " : " ")
                    + String.join(", ", cw.labels()))).append('}');
        }
        return sb.append("\n]\n").toString();
    }

    /** {@code article-newspaper} for a dated periodical, {@code chapter} for a piece in a book, else {@code book}. */
    static String cslType(Work w) {
        if (w.authors().isEmpty() && w.hasFullDate()) {
            return "article-newspaper";
        }
        if (w.title().isPresent() && w.container().isPresent()) {
            return w.hasFullDate() || w.issue().isPresent() ? "article-journal" : "chapter";
        }
        return "book";
    }

    /** {@code "V.I. Lenin"} gives family {@code "Lenin"}, given {@code "V.I."}. */
    static String[] familyGiven(String name) {
        String n = name.trim();
        int cut = n.lastIndexOf(' ');
        int dot = n.lastIndexOf('.');
        int split = Math.max(cut, dot);
        if (split < 0 || split == n.length() - 1) {
            return new String[] {n, ""};
        }
        // keep particles with the family name: "Ludwig von Mises" -> "von Mises"
        String given = n.substring(0, split + 1).trim();
        String family = n.substring(split + 1).trim();
        Matcher particle = Pattern.compile("^(.*?)\\s+((?:von|van|de|der|du|la|le|di|da)(?:\\s+\\S+)*)$").matcher(n);
        if (particle.matches()) {
            given = particle.group(1);
            family = particle.group(2);
        }
        return new String[] {family, given};
    }

    /** The {@code date-parts} array of a work: {@code [1925, 8, 2]} or {@code [1964]}. */
    static Optional<String> dateParts(Work w) {
        if (w.date().isEmpty()) {
            return Optional.empty();
        }
        String d = w.date().get();
        Matcher m;
        if ((m = DAY_MONTH_YEAR.matcher(d)).find() && month(m.group(2)) > 0) {
            return Optional.of("[" + m.group(3) + ", " + month(m.group(2)) + ", " + Integer.parseInt(m.group(1)) + "]");
        }
        if ((m = MONTH_DAY_YEAR.matcher(d)).find() && month(m.group(1)) > 0) {
            return Optional.of("[" + m.group(3) + ", " + month(m.group(1)) + ", " + Integer.parseInt(m.group(2)) + "]");
        }
        if ((m = MONTH_YEAR.matcher(d)).find() && month(m.group(1)) > 0) {
            return Optional.of("[" + m.group(2) + ", " + month(m.group(1)) + "]");
        }
        return w.year().map(y -> "[" + y + "]");
    }

    private static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 3) {
            return 0;
        }
        int i = MONTHS.indexOf(w.substring(0, 3));
        return i < 0 ? 0 : i + 1;
    }

    /** BibTeX: {@code @book}, {@code @incollection}, {@code @article}; one entry per distinct work. */
    public static String bibtex(Bibliography bibliography) {
        StringBuilder sb = new StringBuilder();
        for (CitedWork cw : bibliography.works()) {
            Work w = cw.work();
            String type = switch (cslType(w)) {
                case "chapter" -> "incollection";
                case "article-journal", "article-newspaper" -> "article";
                default -> "book";
            };
            sb.append('@').append(type).append('{').append(cw.id()).append(",\n");
            if (!w.authors().isEmpty()) {
                bib(sb, "author", w.authors().stream().map(a -> {
                    String[] fg = familyGiven(a);
                    return fg[1].isEmpty() ? "{" + fg[0] + "}" : fg[0] + ", " + fg[1];
                }).collect(Collectors.joining(" and ")));
            }
            boolean article = type.equals("article");
            if (article && w.title().isPresent() && w.container().isEmpty()) {
                bib(sb, "journal", w.title().get());
            } else {
                w.title().ifPresent(t -> bib(sb, "title", t));
                w.container().ifPresent(c -> bib(sb, article ? "journal" : w.title().isPresent() ? "booktitle" : "title", c));
            }
            w.edition().ifPresent(e -> bib(sb, "edition", e));
            w.volume().ifPresent(v -> bib(sb, "volume", v));
            w.issue().ifPresent(v -> bib(sb, "number", v));
            w.publisher().ifPresent(v -> bib(sb, "publisher", v));
            w.place().ifPresent(v -> bib(sb, "address", v));
            w.year().ifPresent(y -> bib(sb, "year", Integer.toString(y)));
            dateParts(w).filter(dp -> dp.contains(",")).ifPresent(dp -> bib(sb, "month",
                    MONTHS.get(Integer.parseInt(dp.split(",\\s*")[1].replace("]", "").trim()) - 1)));
            String pages = cw.pages().stream().map(p -> p.isRange() ? p.first() + "--" + p.last() : Integer.toString(p.first()))
                    .collect(Collectors.joining(", "));
            if (!pages.isEmpty()) {
                bib(sb, "pages", pages);
            }
            bib(sb, "note", "Cited in note" + (cw.labels().size() > 1 ? "s " : " ") + String.join(", ", cw.labels()));
            sb.setLength(sb.length() - 2);
            sb.append("\n}\n\n");
        }
        return sb.toString();
    }

    private static void bib(StringBuilder sb, String field, String value) {
        String v = value.replace("\\", "\\textbackslash{}").replace("{", "\\{").replace("}", "\\}")
                .replace("&", "\\&").replace("%", "\\%").replace("$", "\\$").replace("#", "\\#").replace("_", "\\_");
        if (field.equals("author")) {
            v = value.replace("&", "\\&");
        }
        sb.append("  ").append(field).append(" = {").append(v).append("},\n");
    }
}
