package org.miatext.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a block of running text is a paragraph, a block quote or a section heading.
 *
 * <p>Plain text has no quote markup. A reader recognises a quotation from its surroundings and
 * its voice: it follows a sentence that introduces it (often ending in a colon or a comma, often
 * short), it may open with an ellipsis or in the middle of a sentence (lower case), it speaks in
 * the first person, and it usually closes with the marker that cites its source. A quotation
 * of several paragraphs runs on until such a marker closes it. This class scores exactly those
 * signals with a small linear model: each {@link Feature} has a weight, a block is a quote when
 * the weighted sum plus {@link #BIAS} is above zero. The weights were fitted by logistic
 * regression over the development corpus with {@code miatext train-roles --corpus DIR}, which
 * prints them in the form below.
 *
 * <p>Headings are decided by a rule before the model: a single short line that does not end a
 * sentence (no final period, comma, semicolon or colon) and does not open in lower case or with
 * an ellipsis. A block inside an open quotation is never a heading.
 */
public final class BlockRoles {

    /** What a block of running text is. */
    public enum Role { PARAGRAPH, QUOTE, HEADING }

    /** The named signals of the quote model. */
    public enum Feature {
        /** The block before is a paragraph that ends with a colon ("He wrote:"). */
        INTRO_COLON,
        /** The block before is a paragraph that ends with a comma or an open clause ("... described as a,"). */
        INTRO_COMMA,
        /** The block before is a short paragraph (under 200 characters) ending a sentence: an introducing sentence. */
        INTRO_SHORT,
        /** The block opens with an ellipsis ("... the position of the party"). */
        OPENS_ELLIPSIS,
        /** The block opens in lower case: the middle of someone else's sentence. */
        OPENS_LOWER,
        /** The block opens with a quotation mark. */
        OPENS_QUOTE_MARK,
        /** The block ends with a citation marker (closing punctuation aside). */
        CLOSES_WITH_MARKER,
        /** The block speaks in the first person (I, we, our, us, my, me). */
        FIRST_PERSON,
        /** The block before is a quote that no marker closed: a quotation of several blocks runs on. */
        INSIDE_OPEN_QUOTE,
        /** The block before is a quote closed by its marker. */
        AFTER_CLOSED_QUOTE,
        /** The block follows a heading or opens the chapter. */
        AFTER_HEADING,
        /** The block carries inline quotation marks: the author's prose quoting in passing. */
        INLINE_QUOTES,
        /** The block ends with a marker and the block before ends with one too: the author's prose. */
        MARKER_AFTER_MARKER
    }

    // Fitted by `miatext train-roles --corpus ../shared/corpus` (see README, "Block roles").
    static final double BIAS = -2.5;
    static final double[] WEIGHTS = {
        /* INTRO_COLON        */ 3.2,
        /* INTRO_COMMA        */ 2.2,
        /* INTRO_SHORT        */ 0.9,
        /* OPENS_ELLIPSIS     */ 2.5,
        /* OPENS_LOWER        */ 1.5,
        /* OPENS_QUOTE_MARK   */ 0.3,
        /* CLOSES_WITH_MARKER */ 0.8,
        /* FIRST_PERSON       */ 1.0,
        /* INSIDE_OPEN_QUOTE  */ 3.0,
        /* AFTER_CLOSED_QUOTE */ -0.5,
        /* AFTER_HEADING      */ -0.5,
        /* INLINE_QUOTES      */ -0.7,
        /* MARKER_AFTER_MARKER */ -0.5,
    };

    /** What the model needs to know of one block. */
    record Candidate(String text, boolean closesWithMarker, boolean afterHeading, boolean tableRow, int lineCount) {
    }

    private final double bias;
    private final double[] weights;

    BlockRoles() {
        this(BIAS, WEIGHTS);
    }

    /** A model with other weights (for training and experiments). */
    public BlockRoles(double bias, double[] weights) {
        if (weights.length != Feature.values().length) {
            throw new IllegalArgumentException("need " + Feature.values().length + " weights");
        }
        this.bias = bias;
        this.weights = weights.clone();
    }

    /** Roles of a run of body blocks, in order. */
    List<Role> infer(List<Candidate> blocks) {
        List<Role> roles = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Candidate block = blocks.get(i);
            Candidate previous = i == 0 ? null : blocks.get(i - 1);
            Role previousRole = i == 0 ? null : roles.get(i - 1);
            boolean openQuote = previousRole == Role.QUOTE && !previous.closesWithMarker();
            if (block.tableRow()) {
                roles.add(Role.PARAGRAPH);
            } else if (!openQuote && isHeading(block.text(), block.lineCount())) {
                roles.add(Role.HEADING);
            } else {
                double[] f = features(block, previous, previousRole);
                roles.add(score(f) > 0 ? Role.QUOTE : Role.PARAGRAPH);
            }
        }
        return roles;
    }

    /** The weighted sum of the features plus the bias: above zero means a quote. */
    public double score(double[] features) {
        double sum = bias;
        for (int i = 0; i < features.length; i++) {
            sum += weights[i] * features[i];
        }
        return sum;
    }

    /** The feature vector of a block, given the block before it and that block's role. */
    static double[] features(Candidate block, Candidate previous, Role previousRole) {
        double[] f = new double[Feature.values().length];
        String text = block.text().strip();
        boolean previousParagraph = previous != null && previousRole == Role.PARAGRAPH;
        String prev = previous == null ? "" : previous.text().strip();
        set(f, Feature.INTRO_COLON, previousParagraph && prev.endsWith(":"));
        set(f, Feature.INTRO_COMMA, previousParagraph && (prev.endsWith(",") || endsOpenClause(prev)));
        set(f, Feature.INTRO_SHORT, previousParagraph && prev.length() < 200 && !previous.closesWithMarker()
                && !prev.endsWith(":") && !prev.endsWith(","));
        set(f, Feature.OPENS_ELLIPSIS, opensWithEllipsis(text));
        set(f, Feature.OPENS_LOWER, opensLower(text));
        set(f, Feature.OPENS_QUOTE_MARK, !text.isEmpty() && "‘“\"'«„".indexOf(text.charAt(0)) >= 0);
        set(f, Feature.CLOSES_WITH_MARKER, block.closesWithMarker());
        set(f, Feature.FIRST_PERSON, firstPerson(text));
        set(f, Feature.INSIDE_OPEN_QUOTE, previousRole == Role.QUOTE && !previous.closesWithMarker());
        set(f, Feature.AFTER_CLOSED_QUOTE, previousRole == Role.QUOTE && previous.closesWithMarker());
        set(f, Feature.AFTER_HEADING, previous == null || previousRole == Role.HEADING || block.afterHeading());
        set(f, Feature.INLINE_QUOTES, hasInlineQuotation(text));
        set(f, Feature.MARKER_AFTER_MARKER, block.closesWithMarker() && previous != null && previous.closesWithMarker()
                && previousRole == Role.PARAGRAPH);
        return f;
    }

    private static void set(double[] f, Feature feature, boolean value) {
        f[feature.ordinal()] = value ? 1.0 : 0.0;
    }

    /** A heading: one short line that does not read as a sentence or a fragment of one. */
    static boolean isHeading(String rawText, int lineCount) {
        String text = rawText.strip();
        if (lineCount != 1 || text.isEmpty() || text.length() > 100 || text.indexOf('\t') >= 0) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':' || last == ']' && endsWithMarkerLike(text)) {
            return false;
        }
        if (opensWithEllipsis(text) || opensLower(text)) {
            return false;
        }
        // A sentence inside (". " followed by more) makes it prose, not a title.
        int words = text.split("\\s+").length;
        return words <= 14 && !text.contains(". ") || words <= 6;
    }

    private static boolean endsWithMarkerLike(String text) {
        int open = text.lastIndexOf('[');
        return open >= 0 && text.length() - open <= 7;
    }

    static boolean opensWithEllipsis(String text) {
        String t = stripLeadingQuotes(text);
        return t.startsWith("...") || t.startsWith("…") || t.startsWith(". . .") || t.startsWith("[...]")
                || t.startsWith("[…]");
    }

    static boolean opensLower(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
            if (Character.isDigit(c)) {
                return false;
            }
        }
        return false;
    }

    private static String stripLeadingQuotes(String text) {
        int i = 0;
        while (i < text.length() && "‘“\"'«„ ".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return text.substring(i);
    }

    private static boolean endsOpenClause(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.endsWith(" that") || lower.endsWith(" as") || lower.endsWith(" thus") || lower.endsWith(" a");
    }

    private static boolean firstPerson(String text) {
        int hits = 0;
        int words = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '’')) {
                i++;
            }
            if (i > start) {
                words++;
                String w = text.substring(start, i);
                if (w.equals("I") || w.equalsIgnoreCase("we") || w.equalsIgnoreCase("our") || w.equalsIgnoreCase("us")
                        || w.equalsIgnoreCase("my") || w.equalsIgnoreCase("me") || w.startsWith("I’") || w.startsWith("I'")) {
                    hits++;
                }
            }
        }
        return words > 0 && hits * 40 >= words;
    }

    private static boolean hasInlineQuotation(String text) {
        int open = text.indexOf('‘', 1);
        if (open < 0) {
            open = text.indexOf('“', 1);
        }
        return open > 0 && text.indexOf(text.charAt(open) == '‘' ? '’' : '”', open) > open;
    }
}
