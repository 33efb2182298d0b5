package org.miatext.cli;

import static org.miatext.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miatext.refs.Seeds;

class RefsAndFixCommandTest {



    @Test
    void cslJsonHasTheFieldsCslExpects() throws Exception {
        CliRun r = run("refs", "--format", "csl-json", Seeds.path().toString());
        assertThat(r.code()).isZero();
        JsonNode items = new ObjectMapper().readTree(r.out());
        assertThat(items.isArray()).isTrue();
        assertThat(items.size()).isBetween(30, 45);
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (JsonNode item : items) {
            assertThat(item.get("id").isTextual()).isTrue();
            assertThat(ids.add(item.get("id").asText())).as("unique id %s", item.get("id")).isTrue();
            assertThat(item.get("type").asText()).isIn("book", "chapter", "article-newspaper", "article-journal");
            assertThat(item.has("title") || item.has("author")).as("title or author of %s", item).isTrue();
            if (item.has("author")) {
                for (JsonNode a : item.get("author")) {
                    assertThat(a.get("family").isTextual()).isTrue();
                }
            }
            if (item.has("issued")) {
                JsonNode parts = item.get("issued").get("date-parts");
                assertThat(parts.isArray()).isTrue();
                assertThat(parts.get(0).get(0).isInt()).isTrue();
            }
        }
        JsonNode carr = find(items, "Socialism in One Country");
        assertThat(carr.get("author").get(0).get("family").asText()).isEqualTo("Carr");
        assertThat(carr.get("author").get(0).get("given").asText()).isEqualTo("E.H.");
        assertThat(carr.get("volume").asText()).isEqualTo("2");
        assertThat(carr.get("publisher-place").asText()).isEqualTo("London");
        assertThat(carr.get("issued").get("date-parts").get(0).get(0).asInt()).isEqualTo(1964);
        assertThat(carr.get("page").asText()).isEqualTo("29");
        JsonNode kamenev = find(items, "The Party and Trotskyism");
        assertThat(kamenev.get("type").asText()).isEqualTo("chapter");
        assertThat(kamenev.get("container-title").asText()).isEqualTo("Za Leninizm");
        JsonNode worker = find(items, "Sunday Worker");
        assertThat(worker.get("type").asText()).isEqualTo("article-newspaper");
        assertThat(worker.get("issued").get("date-parts").toString()).isEqualTo("[[1925,8,2]]");
        JsonNode stalin = find(items, "Works");
        assertThat(stalin.get("page").asText()).startsWith("341, 342-343, 344");
        JsonNode lenin25 = null;
        for (JsonNode item : items) {
            if (item.path("title").asText().equals("Sochineniia") && "25".equals(item.path("volume").asText())) {
                lenin25 = item;
            }
        }
        assertThat(lenin25).isNotNull();
        assertThat(lenin25.get("edition").asText()).isEqualTo("Third edition");
        assertThat(lenin25.get("page").asText()).isEqualTo("473-474");
    }

    private static JsonNode find(JsonNode items, String title) {
        for (JsonNode item : items) {
            if (item.path("title").asText().equals(title)) {
                return item;
            }
        }
        throw new AssertionError("no item titled " + title);
    }

    @Test
    void jsonTableAndBibtexFormats() throws Exception {
        CliRun json = run("refs", "--format", "json", Seeds.path().toString());
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertThat(doc.get("entries").size()).isEqualTo(60);
        JsonNode e39 = doc.get("entries").get(38);
        assertThat(e39.get("label").asText()).isEqualTo("39");
        assertThat(e39.get("sources").get(0).get("resolution").get("entry").asText()).isEqualTo("38");
        assertThat(doc.get("problems").get(0).get("rule").asText()).isEqualTo("refs/short-form-unknown");
        CliRun table = run("refs", Seeds.path().toString());
        assertThat(table.out()).contains("39     resolved      entry 38  V.I. Lenin, Sochineniia, Third edition, Vol.25");
        CliRun bib = run("refs", "--format", "bibtex", Seeds.path().toString());
        assertThat(bib.out()).contains("@incollection{kamenev-party-1925,").contains("  booktitle = {Za Leninizm},")
                .contains("  pages = {473--474},");
        assertThat(run("refs", "--format", "xml", Seeds.path().toString()).code()).isEqualTo(2);
    }

    @Test
    void fixOnTheSeedChangesNothing(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("seed.txt");
        Files.copy(Seeds.path(), copy);
        CliRun r = run("fix", copy.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("   39 -> 39").contains("nothing to change");
        assertThat(run("fix", "--diff", copy.toString()).out()).isEmpty();
    }

    @Test
    void fixDiffChangesNothingAndWriteWrites(@TempDir Path dir) throws Exception {
        String seed = Seeds.text();
        String mutant = seed.replaceFirst("\\[2\\]", "[X]").replaceFirst("\\[3\\]", "[2]").replace("[X]", "[3]");
        Path file = dir.resolve("mutant.txt");
        Files.writeString(file, mutant, StandardCharsets.UTF_8);
        CliRun map = run("fix", file.toString());
        assertThat(map.code()).isEqualTo(1);
        assertThat(map.out()).contains("    3 -> 2").contains("    2 -> 3").contains("--write");
        CliRun diff = run("fix", "--diff", file.toString());
        assertThat(diff.code()).isEqualTo(1);
        assertThat(diff.out()).startsWith("--- a/" + file + "\n+++ b/" + file + "\n@@ ")
                .contains("-3. Ibid., p.212.").contains("+2. Trotsky, Challenge (1923-25), p.212.")
                .contains("+3. Trotsky, Challenge (1923-25), p.200.");
        assertThat(Files.readString(file)).isEqualTo(mutant);
        CliRun write = run("fix", "--write", file.toString());
        assertThat(write.code()).isZero();
        assertThat(Files.readString(file)).isNotEqualTo(mutant);
        assertThat(run("fix", file.toString()).code()).isZero();
        assertThat(run("fix", "--write", "--diff", file.toString()).code()).isEqualTo(2);
    }

    @Test
    void missingFileIsAUsageError() {
        CliRun r = run("fix", "no/such/file.txt");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no such file").doesNotContain("Exception");
        assertThat(run("refs", "no/such/file.txt").code()).isEqualTo(2);
    }

    @Test
    void refsStatsCountsAFolder(@TempDir Path dir) throws Exception {
        Files.copy(Seeds.path(), dir.resolve("seed.txt"));
        CliRun r = run("refs-stats", dir.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("chapters: 1, entries: 60")
                .contains("entries with author-or-title and a locator: 58 of 60")
                .contains("Ibid. resolved: 26 of 26");
    }
}
