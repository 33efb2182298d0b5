package org.miatext.fix;

/** A chapter the fixer will not touch, because no fix can be made safely (duplicate or non-numeric labels). */
public final class FixException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message one sentence naming what stands in the way */
    public FixException(String message) {
        super(message);
    }
}
