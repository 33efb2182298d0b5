package org.miatext.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.miatext.RandomPieces;
import org.junit.jupiter.api.Test;

/**
 * The label of an entry is the letters, digits and asterisks of its printed label ("12. " gives
 * "12"). The common case is read as a substring; it must answer as keeping every such char does.
 */
class EntryLabelTextTest {

    private static String kept(String printed) {
        StringBuilder sb = new StringBuilder();
        printed.chars().filter(c -> Character.isLetterOrDigit(c) || c == '*').forEach(c -> sb.append((char) c));
        return sb.toString();
    }

    @Test
    void examples() {
        assertThat(TreeBuilder.entryLabel("12. ")).isEqualTo("12");
        assertThat(TreeBuilder.entryLabel("[12] ")).isEqualTo("12");
        assertThat(TreeBuilder.entryLabel("3*. ")).isEqualTo("3*");
        assertThat(TreeBuilder.entryLabel("(1) ")).isEqualTo("1");
        assertThat(TreeBuilder.entryLabel("1.2. ")).isEqualTo("12");   // two runs: kept as before
    }

    @Test
    void answersAsKeepingEveryLabelCharDoes() {
        String[] pieces = "12A*a. []()\té١".split("");
        Random random = new Random(3);
        for (int n = 0; n < 50_000; n++) {
            String printed = RandomPieces.of(random, pieces, 8);
            assertThat(TreeBuilder.entryLabel(printed)).as(printed).isEqualTo(kept(printed));
        }
    }
}
