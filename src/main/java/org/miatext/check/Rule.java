package org.miatext.check;

import java.util.Arrays;
import java.util.Optional;
import org.miatext.diagnostic.Severity;

/**
 * The rules of the note-numbering checker. Each has a stable id (used in reports and by
 * {@code --disable}), a default severity and a one-line description.
 *
 * <p>Every rule applies to each of a chapter's three sequences separately: the numbered list
 * ({@code [12]}), the asterisked notes ({@code [3*]}) and the lettered notes ({@code [A]}).
 * Order is reading order with notes spliced in: the markers inside an entry are read where
 * that entry is first cited.
 */
public enum Rule {

    /** A label's first citation comes after a higher label of the same sequence. */
    OUT_OF_ORDER("numbering/out-of-order", Severity.ERROR,
            "A label is first cited after a higher label of its sequence."),

    /** The citation sequence jumps over a number that has no entry either. */
    SKIPPED("numbering/skipped", Severity.ERROR,
            "The citations jump over a number that is neither cited nor listed."),

    /** A label cited again after its first citation. */
    REPEATED_CITATION("numbering/repeated-citation", Severity.WARNING,
            "A label is cited again after its first citation (sometimes on purpose)."),

    /** A sequence that starts above 1 (or above A): the chapter continues its book's numbering. */
    STARTS_ABOVE_ONE("numbering/starts-above-one", Severity.INFO,
            "A sequence starts above 1, as when a chapter continues its book's numbering."),

    /** A citation whose label has no entry in its list. */
    DANGLING("notes/dangling", Severity.ERROR,
            "A citation points to no entry of its list."),

    /** A citation whose kind matches no list, or whose number is only in another list, uncited there. */
    KIND_MISMATCH("notes/kind-mismatch", Severity.ERROR,
            "A citation's kind matches no list of the chapter ([4*] with no asterisked notes, or only an uncited 4.)."),

    /** An entry that no citation points to. */
    ORPHAN("notes/orphan", Severity.ERROR,
            "An entry that no citation points to."),

    /** Two entries of one list with the same label. */
    DUPLICATE_LABEL("notes/duplicate-label", Severity.ERROR,
            "Two entries of one list have the same label."),

    /** A list whose own numbering skips a number or goes backwards. */
    LIST_ORDER("notes/list-order", Severity.ERROR,
            "A list's own numbering skips a number or goes backwards.");

    private final String id;
    private final Severity severity;
    private final String description;

    Rule(String id, Severity severity, String description) {
        this.id = id;
        this.severity = severity;
        this.description = description;
    }

    /** The stable id, such as {@code "notes/dangling"}. */
    public String id() {
        return id;
    }

    /** The severity of the diagnostics this rule raises. */
    public Severity severity() {
        return severity;
    }

    /** One line saying what the rule finds. */
    public String description() {
        return description;
    }

    /** The rule with this id, if there is one. */
    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
