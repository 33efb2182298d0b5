package org.miatext.diagnostic;

/** How serious a diagnostic is, from least to most. */
public enum Severity {
    /** Worth knowing; never a fault (for example numbering that starts above 1). */
    INFO,
    /** Probably a fault, but real chapters sometimes do it on purpose. */
    WARNING,
    /** A fault of the text. */
    ERROR;

    /** The lower-case name used in reports ("error"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
