package org.miatext.refs;

import java.util.List;
import org.miatext.MiaText;
import org.miatext.ast.Document;

/** Small chapters in the seed's shape, written for the tests. */
final class Chapters {

    private Chapters() {
    }

    /** A body paragraph long enough to be read as one (short lines of a tiny chapter read as headings). */
    static final String SENTENCE = "TROTSKY COULD not reopen the controversy with Zinoviev and Kamenev without incurring the"
            + " charge of violating party discipline, and he kept silent throughout the summer on every issue.";

    /** A chapter whose body cites each entry once, in order, followed by the numbered list. */
    static Document withEntries(String... entries) {
        StringBuilder sb = new StringBuilder("Tony Cliff\n\nTrotsky: A Book\n\n4. The Lessons of October\n\n");
        for (int i = 1; i <= entries.length; i++) {
            sb.append(SENTENCE).append("[").append(i).append("]\n\n");
        }
        sb.append('\n');
        for (int i = 1; i <= entries.length; i++) {
            sb.append(i).append(". ").append(entries[i - 1]).append(i < entries.length ? "\n\n" : "");
        }
        return MiaText.parse(sb.toString());
    }

    static Bibliography bibliography(String... entries) {
        Bibliography b = Bibliography.of(withEntries(entries));
        if (b.entries().size() != entries.length) {
            throw new AssertionError("the chapter did not parse into " + entries.length + " entries: " + b.entries());
        }
        return b;
    }

    static List<String> rules(Bibliography b) {
        return b.problems().stream().map(d -> d.ruleId()).toList();
    }
}
