package org.miatext.refs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed's 60 entries against labels written by hand ({@code refs/seed-bibliography.json}):
 * field by field, and the work each entry finally points to.
 */
class SeedBibliographyTest {

    private static JsonNode labels;
    private static Bibliography bibliography;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = SeedBibliographyTest.class.getResourceAsStream("/refs/seed-bibliography.json")) {
            labels = new ObjectMapper().readTree(in).get("entries");
        }
        bibliography = Bibliography.of(Seeds.document());
    }

    /** Field comparisons: name, expected, actual. */
    private record Check(String where, String field, String expected, String actual) {
        boolean ok() {
            return expected.equals(actual);
        }
    }

    private static List<Check> fieldChecks() {
        List<Check> checks = new ArrayList<>();
        for (JsonNode entry : labels) {
            String label = entry.get("label").asText();
            BibliographyEntry actual = bibliography.entry(label).orElseThrow();
            JsonNode sources = entry.get("sources");
            checks.add(new Check(label, "source count", Integer.toString(sources.size()),
                    Integer.toString(actual.sources().size())));
            for (int i = 0; i < sources.size() && i < actual.sources().size(); i++) {
                compareSource(label + "/" + (i + 1), sources.get(i), actual.sources().get(i), checks);
            }
        }
        return checks;
    }

    private static void compareSource(String where, JsonNode exp, CitedSource act, List<Check> checks) {
        checks.add(new Check(where, "shorthand", exp.get("shorthand").asText(), act.shorthand().name().toLowerCase(Locale.ROOT)));
        opt(where, "prefix", exp, act.prefix(), checks);
        List<String> authors = new ArrayList<>();
        exp.get("authors").forEach(a -> authors.add(a.asText()));
        checks.add(new Check(where, "authors", authors.toString(), act.authors().toString()));
        opt(where, "title", exp, act.title(), checks);
        opt(where, "container", exp, act.container(), checks);
        opt(where, "edition", exp, act.edition(), checks);
        opt(where, "volume", exp, act.volume(), checks);
        opt(where, "place", exp, act.place(), checks);
        opt(where, "publisher", exp, act.publisher(), checks);
        opt(where, "date", exp, act.date(), checks);
        checks.add(new Check(where, "undated", exp.get("undated").asText(), Boolean.toString(act.undated())));
        List<String> pages = new ArrayList<>();
        exp.get("pages").forEach(p -> pages.add(p.asText()));
        List<String> actualPages = new ArrayList<>();
        act.locators().forEach(l -> l.pages().forEach(p -> actualPages.add(p.toString())));
        checks.add(new Check(where, "pages", pages.toString(), actualPages.toString()));
        JsonNode q = exp.get("quoted_in");
        checks.add(new Check(where, "quoted in", Boolean.toString(q != null), Boolean.toString(act.quotedIn().isPresent())));
        if (q != null && act.quotedIn().isPresent()) {
            compareSource(where + "/quoted-in", q, act.quotedIn().get(), checks);
        }
    }

    private static void opt(String where, String field, JsonNode exp, Optional<String> act, List<Check> checks) {
        JsonNode v = exp.get(field);
        checks.add(new Check(where, field, v == null || v.isNull() ? "-" : v.asText(), act.orElse("-")));
    }

    private static List<Check> workChecks() {
        List<Check> checks = new ArrayList<>();
        for (JsonNode entry : labels) {
            String label = entry.get("label").asText();
            BibliographyEntry actual = bibliography.entry(label).orElseThrow();
            JsonNode works = entry.get("works");
            for (int i = 0; i < works.size() && i < actual.resolutions().size(); i++) {
                JsonNode exp = works.get(i);
                Resolution r = actual.resolutions().get(i);
                String where = label + "/" + (i + 1);
                checks.add(new Check(where, "status", exp.get("status").asText(), r.status().name().toLowerCase(Locale.ROOT)));
                if (!exp.get("antecedent").isNull()) {
                    checks.add(new Check(where, "antecedent", exp.get("antecedent").asText(), r.antecedent().orElse("-")));
                }
                Optional<Work> w = r.work();
                List<String> surnames = new ArrayList<>();
                exp.get("authors").forEach(a -> surnames.add(a.asText()));
                checks.add(new Check(where, "work authors", surnames.toString(), w.map(Work::surnames).orElse(List.of()).toString()));
                value(where, "work title", exp.get("title"), w.flatMap(Work::title), checks);
                value(where, "work container", exp.get("container"), w.flatMap(Work::container), checks);
                value(where, "work edition", exp.get("edition"), w.flatMap(Work::edition), checks);
                value(where, "work volume", exp.get("volume"), w.flatMap(Work::volume), checks);
            }
        }
        return checks;
    }

    private static void value(String where, String field, JsonNode v, Optional<String> act, List<Check> checks) {
        checks.add(new Check(where, field, v == null || v.isNull() ? "-" : v.asText(), act.orElse("-")));
    }

    @Test
    void everyEntryIsLabelled() {
        assertThat(labels).hasSize(60);
        assertThat(bibliography.entries()).hasSize(60);
    }

    @Test
    void fieldsMatchTheHandLabels() {
        List<Check> checks = fieldChecks();
        List<Check> wrong = checks.stream().filter(c -> !c.ok()).toList();
        double accuracy = 1.0 - (double) wrong.size() / checks.size();
        System.out.printf("seed fields: %d of %d correct (%.1f%%)%n", checks.size() - wrong.size(), checks.size(),
                100 * accuracy);
        wrong.forEach(c -> System.out.println("  " + c));
        assertThat(accuracy).as("field accuracy; wrong: %s", wrong).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void resolvedWorksMatchTheHandLabels() {
        List<Check> checks = workChecks();
        List<Check> wrong = checks.stream().filter(c -> !c.ok()).toList();
        System.out.printf("seed resolved works: %d of %d correct%n", checks.size() - wrong.size(), checks.size());
        assertThat(wrong).as("resolution fields that differ from the labels").isEmpty();
    }

    @Test
    void everyIbidResolvesToTheRightWork() {
        int ibids = 0;
        for (JsonNode entry : labels) {
            JsonNode s = entry.get("sources").get(0);
            if (!s.get("shorthand").asText().startsWith("ibid")) {
                continue;
            }
            ibids++;
            BibliographyEntry actual = bibliography.entry(entry.get("label").asText()).orElseThrow();
            JsonNode w = entry.get("works").get(0);
            assertThat(actual.resolution().orElseThrow().status()).isEqualTo(Resolution.Status.RESOLVED);
            assertThat(actual.resolution().get().antecedent()).contains(w.get("antecedent").asText());
            assertThat(actual.work().flatMap(Work::title)).contains(w.get("title").asText());
        }
        assertThat(ibids).as("24 Ibid. at the start, 2 in the middle (entries 11, 22)").isEqualTo(26);
    }

    @Test
    void entry39IsLeninsSochineniiaThirdEditionVolume25() {
        Work w = bibliography.entry("39").flatMap(BibliographyEntry::work).orElseThrow();
        assertThat(w.display()).isEqualTo("V.I. Lenin, Sochineniia, Third edition, Vol.25");
    }
}
