package org.miatext;

/** A file could not be read as a chapter: the message names the file and what is wrong. */
public final class MiaTextException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An error with its message. */
    public MiaTextException(String message) {
        super(message);
    }

    /** An error with its message and cause. */
    public MiaTextException(String message, Throwable cause) {
        super(message, cause);
    }
}
