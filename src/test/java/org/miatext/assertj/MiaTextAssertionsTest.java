package org.miatext.assertj;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.miatext.assertj.MiaTextAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miatext.MiaText;
import org.miatext.diagnostic.Severity;

class MiaTextAssertionsTest {

    static final String BAD = "A Writer\n\nA Work\n\nA claim [1] and another [3] and [1] in a paragraph of the chapter.\n\n"
            + "Notes\n\n1. a.\n\n2. b.";

    @TempDir
    Path dir;

    @Test
    void theSeedHasConsistentNotes() {
        assertThat(Path.of(System.getProperty("miatext.basedir", "."), "seeds", "000_69c2650609e06f78.txt"))
                .hasConsistentNotes()
                .hasNoDiagnosticsAtOrAbove(Severity.INFO);
    }

    @Test
    void aFailureListsEveryDiagnosticWithItsLocation() throws Exception {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, BAD);
        assertThatThrownBy(() -> assertThat(file).hasConsistentNotes())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting chapter " + file + " to have consistent notes, but the checker found 3 problems:")
                .hasMessageContaining(file + ":5:25: error: [3] points to no entry of the numbered list (did you mean [2]?) [notes/dangling]")
                .hasMessageContaining(file + ":5:33: warning: entry 1 is cited more than once: [1] here and at line 5")
                .hasMessageContaining(file + ":11:1: error: entry 2 is never cited");
    }

    @Test
    void rulesCanBeIgnoredAndDiagnosticsExpected() {
        String text = BAD.replace("[3]", "[2]");
        assertThat(MiaText.parse(text, "x.txt"))
                .hasConsistentNotesIgnoring("numbering/repeated-citation")
                .hasDiagnostic("numbering/repeated-citation", 5);
        assertThatThrownBy(() -> assertThat(MiaText.parse(text, "x.txt")).hasConsistentNotes())
                .hasMessageContaining("found 1 problem:");
        assertThatThrownBy(() -> assertThat(MiaText.parse(text, "x.txt")).hasDiagnostic("notes/orphan", 5))
                .hasMessageContaining("to have a notes/orphan diagnostic on line 5");
    }

    @Test
    void anUnreadableFileFailsTheAssertion() {
        assertThatThrownBy(() -> assertThat(dir.resolve("none.txt")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("no such file");
    }
}
