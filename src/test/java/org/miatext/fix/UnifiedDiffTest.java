package org.miatext.fix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    @Test
    void equalTextsGiveNoDiff() {
        assertThat(UnifiedDiff.of("f", "a\nb\n", "a\nb\n")).isEmpty();
    }

    @Test
    void oneChangedLineWithContext() {
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        String after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
        assertThat(UnifiedDiff.of("f.txt", before, after)).isEqualTo(
                "--- a/f.txt\n+++ b/f.txt\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
    }

    @Test
    void distantChangesMakeTwoHunksAndAMissingNewlineIsMarked() {
        StringBuilder a = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            a.append(i).append(i < 20 ? "\n" : "");
        }
        String b = a.toString().replace("2\n3\n", "2\nthree\n").replace("\n20", "\ntwenty");
        String diff = UnifiedDiff.of("f", a.toString(), b);
        assertThat(diff).contains("@@ -1,6 +1,6 @@").contains("@@ -17,4 +17,4 @@")
                .contains("-20\n\\ No newline at end of file\n+twenty\n\\ No newline at end of file\n");
    }
}
