package org.miatext.refs;

import java.util.List;
import org.miatext.ast.Document;
import org.miatext.diagnostic.Diagnostic;

/**
 * The checks on a bibliography's shorthands, usable on their own or from a checker:
 * <ul>
 * <li>{@code refs/ibid-without-antecedent} (warning): an {@code Ibid.} in the first entry, or
 *     after an entry that names no work;</li>
 * <li>{@code refs/op-cit-unknown-author} (warning): an {@code op. cit.} or {@code loc. cit.}
 *     whose author (or title) no earlier entry cites in full;</li>
 * <li>{@code refs/ambiguous-ibid} (warning): an {@code Ibid.} after an entry that cites several
 *     works;</li>
 * <li>{@code refs/short-form-unknown} (info): an author cited by name only, with no earlier
 *     entry naming the work (common when a book's earlier chapter gave it in full).</li>
 * </ul>
 */
public final class ReferenceChecks {

    /** The rule ids, for a checker's catalogue. */
    public static final List<String> RULES = List.of("refs/ibid-without-antecedent", "refs/op-cit-unknown-author",
            "refs/ambiguous-ibid", "refs/short-form-unknown");

    private ReferenceChecks() {
    }

    /** The problems of a document's shorthands, in the order of its entries. */
    public static List<Diagnostic> check(Document document) {
        return Bibliography.of(document).problems();
    }
}
