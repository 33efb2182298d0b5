package org.miatext.check;

import org.miatext.ast.Citation;
import org.miatext.ast.Entry;
import org.miatext.ast.Reference;

/**
 * The three independent sequences of a chapter: the numbered list, the asterisked notes and
 * the lettered notes. A label's ordinal is its place in the sequence ({@code 12}, {@code 3*} is
 * 3, {@code C} is 3); intercalated labels such as {@code 29a} have none and take part in
 * every rule except those about order.
 */
enum Sequence {
    NUMBERED("the numbered list"),
    ASTERISKED("the asterisked notes"),
    LETTERED("the lettered notes");

    private final String description;

    Sequence(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    /** The description with a capital letter, to open a sentence. */
    String title() {
        return Character.toUpperCase(description.charAt(0)) + description.substring(1);
    }

    static Sequence of(Citation citation) {
        return switch (citation.kind()) {
            case REFERENCE -> NUMBERED;
            case NOTE -> ASTERISKED;
            case LETTERED_NOTE -> LETTERED;
        };
    }

    static Sequence of(Entry entry) {
        if (entry instanceof Reference) {
            return NUMBERED;
        }
        return entry.label().indexOf('*') >= 0 ? ASTERISKED : LETTERED;
    }

    /** The label's place in this sequence, or -1 when it has none (an intercalated {@code 29a}). */
    int ordinal(String label) {
        switch (this) {
            case NUMBERED -> {
                return number(label);
            }
            case ASTERISKED -> {
                if (label.length() < 2 || label.indexOf('*') != label.length() - 1) {
                    return -1;
                }
                return number(label.substring(0, label.length() - 1));
            }
            default -> {
                if (label.length() != 1) {
                    return -1;
                }
                char c = label.charAt(0);
                if (c >= 'A' && c <= 'Z') {
                    return c - 'A' + 1;
                }
                if (c >= 'a' && c <= 'z') {
                    return c - 'a' + 1;
                }
                return -1;
            }
        }
    }

    /** The label with this ordinal; {@code lowerCase} chooses the letters' case. */
    String label(int ordinal, boolean lowerCase) {
        return switch (this) {
            case NUMBERED -> Integer.toString(ordinal);
            case ASTERISKED -> ordinal + "*";
            case LETTERED -> ordinal >= 1 && ordinal <= 26
                    ? String.valueOf((char) ((lowerCase ? 'a' : 'A') + ordinal - 1))
                    : "#" + ordinal;
        };
    }

    /** How a message names an entry of this sequence: "entry 12", "note 3*". */
    String entryName(String label) {
        return (this == NUMBERED ? "entry " : "note ") + label;
    }

    private static int number(String digits) {
        if (digits.isEmpty() || digits.length() > 9) {
            return -1;
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        return Integer.parseInt(digits);
    }
}
