package org.miatext.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.miatext.MiaText;
import org.miatext.ast.Document;

/** The JSON tree and the outline, read back as a consumer would. */
class TreeRenderersTest {

    static final Document SEED = MiaText.parse(Path.of("seeds/000_69c2650609e06f78.txt"));

    @Test
    void jsonHasEveryNodeWithATypeAndASpanNestedInItsParent() throws Exception {
        JsonNode root = new ObjectMapper().readTree(JsonRenderer.render(SEED));
        assertThat(root.get("schema").asText()).isEqualTo("miatext-tree/1");
        assertThat(root.get("type").asText()).isEqualTo("document");
        StringBuilder rebuilt = new StringBuilder();
        int[] counts = new int[2];
        walk(root, null, rebuilt, counts);
        // Leaves carry their exact text: together they are the chapter.
        assertThat(rebuilt.toString()).isEqualTo(SEED.source());
        assertThat(counts[0]).as("citations").isEqualTo(63);
        assertThat(counts[1]).as("references").isEqualTo(60);
    }

    private static void walk(JsonNode node, JsonNode parent, StringBuilder rebuilt, int[] counts) {
        assertThat(node.hasNonNull("type")).isTrue();
        JsonNode span = node.get("span");
        for (String field : new String[] {"offset", "length", "line", "column", "endLine", "endColumn"}) {
            assertThat(span.get(field).isInt()).as(field + " of " + node.get("type")).isTrue();
        }
        if (parent != null) {
            JsonNode outer = parent.get("span");
            assertThat(span.get("offset").asInt()).isGreaterThanOrEqualTo(outer.get("offset").asInt());
            assertThat(span.get("offset").asInt() + span.get("length").asInt())
                    .isLessThanOrEqualTo(outer.get("offset").asInt() + outer.get("length").asInt());
        }
        switch (node.get("type").asText()) {
            case "citation" -> {
                counts[0]++;
                assertThat(node.get("label").asText()).isNotEmpty();
            }
            case "reference" -> counts[1]++;
            default -> { }
        }
        if (node.has("children")) {
            for (JsonNode child : node.get("children")) {
                walk(child, node, rebuilt, counts);
            }
        } else if (!node.get("type").asText().equals("document")) {
            rebuilt.append(node.get("text").asText());
        }
    }

    @Test
    void outlineListsBlocksWithLinesAndLabels() {
        String outline = OutlineRenderer.render(SEED);
        assertThat(outline).startsWith("seeds/000_69c2650609e06f78.txt: ")
                .contains("L5     heading:chapter    4. The Lessons of October")
                .contains("L261   note               [1*] My emphasis.")
                .contains("cites [40]")
                .contains("L392   footer             Last updated on 5 August 2009");
    }
}
