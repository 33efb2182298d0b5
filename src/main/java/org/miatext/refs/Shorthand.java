package org.miatext.refs;

/** How a citation names its work: in full, or by one of the shorthands of a handwritten bibliography. */
public enum Shorthand {
    /** The work is named in full (or as fully as the entry ever names it). */
    NONE,
    /** {@code Ibid.} at the start: the work of the entry before. */
    IBID,
    /**
     * {@code ibid.} after an author and title ({@code Zinoviev, Bolshevism or Trotskyism, ibid., p.132.}):
     * a piece in the same book or journal as the entry before.
     */
    IBID_CONTAINER,
    /** {@code op. cit.}: the last work cited of the author (or with the title) it follows. */
    OP_CIT,
    /** {@code loc. cit.} or {@code l.c.}: as op. cit., or the work just cited when no author is given. */
    LOC_CIT,
    /** An author without a title ({@code Eastman, p.123.}): the last work cited of that author. */
    SHORT_FORM;

    /** True for the shorthands that point back to an earlier entry. */
    public boolean pointsBack() {
        return this != NONE;
    }
}
