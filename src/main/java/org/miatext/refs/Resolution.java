package org.miatext.refs;

import java.util.Optional;

/**
 * The work a cited source finally points to, and how it was found.
 *
 * @param status      how the work was found
 * @param work        the work; for {@link Status#UNRESOLVED} what the entry itself says of it, or
 *                    empty when it says nothing (a bare {@code Ibid.} with nothing before it)
 * @param antecedent  the label of the entry whose work was taken ({@code "38"} for entry 39's Ibid.)
 * @param explanation one sentence for a human
 */
public record Resolution(Status status, Optional<Work> work, Optional<String> antecedent, String explanation) {

    /** How a source's work was found. */
    public enum Status {
        /** The source names its work itself. */
        CITED_IN_FULL,
        /** A shorthand, resolved to an earlier entry's work. */
        RESOLVED,
        /** An Ibid. after an entry naming several works: taken to mean the last of them. */
        AMBIGUOUS,
        /** A shorthand with no earlier work it can mean. */
        UNRESOLVED
    }

    /** True when the work is known. */
    public boolean isResolved() {
        return status != Status.UNRESOLVED;
    }
}
