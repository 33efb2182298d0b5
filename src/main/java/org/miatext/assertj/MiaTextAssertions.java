package org.miatext.assertj;

import java.nio.file.Path;
import org.miatext.MiaText;
import org.miatext.MiaTextException;
import org.miatext.ast.Document;

/**
 * AssertJ entry points for chapters, for users' own test suites:
 * <pre>{@code
 * import static org.miatext.assertj.MiaTextAssertions.assertThat;
 *
 * assertThat(Path.of("chapters/04.txt")).hasConsistentNotes();
 * }</pre>
 * AssertJ is an optional dependency of miatext: add {@code org.assertj:assertj-core} to the
 * test dependencies of the project that uses these assertions.
 */
public final class MiaTextAssertions {

    private MiaTextAssertions() {
    }

    /** Assertions on a parsed chapter. */
    public static ChapterAssert assertThat(Document document) {
        return new ChapterAssert(document);
    }

    /**
     * Assertions on a chapter file, parsed as UTF-8.
     *
     * @throws AssertionError when the file cannot be read
     */
    public static ChapterAssert assertThat(Path file) {
        try {
            return new ChapterAssert(MiaText.parse(file));
        } catch (MiaTextException e) {
            throw new AssertionError("Expecting a readable chapter file, but " + e.getMessage(), e);
        }
    }
}
