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
        MARKER_AFTER_MARKER,
        /** The last sentence of the block before reports speech or writing ("Trotsky wrote", "as follows"). */
        INTRO_SAYS,
        /** The block ends with an ellipsis (before its marker, if any): a quotation cut short. */
        CLOSES_ELLIPSIS,
        /** The block addresses its hearers (you, your, comrades): a speech or letter being quoted. */
        ADDRESSES_READER,
        /** A short introducing sentence and a closing marker together. */
        SHORT_INTRO_AND_MARKER,
        /** An introducing colon and a closing marker together. */
        COLON_AND_MARKER,
        /** An open quotation that this block's marker closes. */
        OPEN_QUOTE_AND_MARKER,
        /** The last sentence of the block before names a document (letter, article, speech, resolution...). */
        INTRO_NAMES_DOCUMENT,
        /** The block before is a single sentence. */
        INTRO_ONE_SENTENCE,
        /**
         * An open quotation on a page that cites no sources with markers: there, no marker will
         * close a quotation, so running on is weaker evidence.
         */
        OPEN_QUOTE_UNCITING_PAGE,
        /** The block opens with a double quotation mark and closes with one: a quotation set as its own block. */
        QUOTED_WHOLE
    }

    // Fitted by `miatext train-roles --corpus ../shared/corpus` (see README, "Block roles").
    static final double BIAS = -2.333;
    static final double[] WEIGHTS = {
        /* INTRO_COLON          */ 3.559,
        /* INTRO_COMMA          */ 1.384,
        /* INTRO_SHORT          */ 0.770,
        /* OPENS_ELLIPSIS       */ 1.112,
        /* OPENS_LOWER          */ 1.560,
        /* OPENS_QUOTE_MARK     */ 2.068,
        /* CLOSES_WITH_MARKER   */ 1.891,
        /* FIRST_PERSON         */ 0.840,
        /* INSIDE_OPEN_QUOTE    */ 3.340,
        /* AFTER_CLOSED_QUOTE   */ -0.302,
        /* AFTER_HEADING        */ -0.789,
        /* INLINE_QUOTES        */ -0.730,
        /* MARKER_AFTER_MARKER  */ -0.830,
        /* INTRO_SAYS           */ 0.298,
        /* CLOSES_ELLIPSIS      */ 2.236,
        /* ADDRESSES_READER     */ 0.527,
        /* SHORT_INTRO_AND_MARKER */ 0.463,
        /* COLON_AND_MARKER     */ 0.696,
        /* OPEN_QUOTE_AND_MARKER */ -0.108,
        /* INTRO_NAMES_DOCUMENT */ 0.655,
        /* INTRO_ONE_SENTENCE   */ 0.381,
        /* OPEN_QUOTE_UNCITING_PAGE */ -1.270,
        /* QUOTED_WHOLE         */ 0.904,
    };

    /** What the model needs to know of one block. */
    public record Candidate(String text, boolean closesWithMarker, boolean afterHeading, boolean tableRow, int lineCount,
                            boolean citingPage) {
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

    /**
     * Roles of a run of body blocks, in order. The model gives, for each block, the probability
     * that it is a quote given the role of the block before; the most probable sequence of roles
     * over the whole run is chosen (Viterbi), so that one doubtful block does not derail the
     * blocks after it. A heading-like block is a heading unless it sits inside an open quotation.
     */
    public List<Role> infer(List<Candidate> blocks) {
        int n = blocks.size();
        Role[] states = Role.values();
        double[][] best = new double[n][states.length];
        int[][] back = new int[n][states.length];
        for (int i = 0; i < n; i++) {
            Candidate block = blocks.get(i);
            Candidate previous = i == 0 ? null : blocks.get(i - 1);
            boolean headingLike = !block.tableRow() && isHeading(block.text(), block.lineCount());
            for (Role state : states) {
                double bestScore = Double.NEGATIVE_INFINITY;
                int bestPrevious = 0;
                for (int p = 0; p < (i == 0 ? 1 : states.length); p++) {
                    Role previousRole = i == 0 ? null : states[p];
                    double before = i == 0 ? 0 : best[i - 1][p];
                    if (before == Double.NEGATIVE_INFINITY) {
                        continue;
                    }
                    double score = before + emission(block, previous, previousRole, state, headingLike);
                    if (score > bestScore) {
                        bestScore = score;
                        bestPrevious = p;
                    }
                }
                best[i][state.ordinal()] = bestScore;
                back[i][state.ordinal()] = bestPrevious;
            }
        }
        Role[] roles = new Role[n];
        if (n > 0) {
            int state = 0;
            for (int s = 1; s < states.length; s++) {
                if (best[n - 1][s] > best[n - 1][state]) {
                    state = s;
                }
            }
            for (int i = n - 1; i >= 0; i--) {
                roles[i] = states[state];
                state = back[i][state];
            }
        }
        return List.of(roles);
    }

    /** Log-probability of a block taking a role, given the role of the block before. */
    private double emission(Candidate block, Candidate previous, Role previousRole, Role state, boolean headingLike) {
        boolean openQuote = previousRole == Role.QUOTE && !previous.closesWithMarker() && block.citingPage();
        if (block.tableRow()) {
            return state == Role.PARAGRAPH ? 0 : Double.NEGATIVE_INFINITY;
        }
        if (headingLike && !openQuote) {
            return state == Role.HEADING ? 0 : Double.NEGATIVE_INFINITY;
        }
        if (state == Role.HEADING) {
            return Double.NEGATIVE_INFINITY;
        }
        double z = score(features(block, previous, previousRole));
        // log sigmoid(z) and log (1 - sigmoid(z)), computed stably.
        return state == Role.QUOTE ? -Math.log1p(Math.exp(-z)) : -Math.log1p(Math.exp(z));
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
    public static double[] features(Candidate block, Candidate previous, Role previousRole) {
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
        set(f, Feature.INTRO_SAYS, previousParagraph && reportsSpeech(lastSentence(prev)));
        set(f, Feature.CLOSES_ELLIPSIS, closesWithEllipsis(text));
        set(f, Feature.ADDRESSES_READER, addressesReader(text));
        set(f, Feature.SHORT_INTRO_AND_MARKER, f[Feature.INTRO_SHORT.ordinal()] > 0 && block.closesWithMarker());
        set(f, Feature.COLON_AND_MARKER, f[Feature.INTRO_COLON.ordinal()] > 0 && block.closesWithMarker());
        set(f, Feature.OPEN_QUOTE_AND_MARKER, f[Feature.INSIDE_OPEN_QUOTE.ordinal()] > 0 && block.closesWithMarker());
        set(f, Feature.INTRO_NAMES_DOCUMENT, previousParagraph && DOCUMENT.matcher(lastSentence(prev).toLowerCase(Locale.ROOT)).find());
        set(f, Feature.INTRO_ONE_SENTENCE, previousParagraph && lastSentence(prev).equals(prev));
        set(f, Feature.OPEN_QUOTE_UNCITING_PAGE, f[Feature.INSIDE_OPEN_QUOTE.ordinal()] > 0 && !block.citingPage());
        set(f, Feature.QUOTED_WHOLE, quotedWhole(text));
        return f;
    }

    private static void set(double[] f, Feature feature, boolean value) {
        f[feature.ordinal()] = value ? 1.0 : 0.0;
    }

    /** A heading: one short line that does not read as a sentence or a fragment of one. */
    public static boolean isHeading(String rawText, int lineCount) {
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

    private static final java.util.regex.Pattern REPORTING = java.util.regex.Pattern.compile(
            "\\b(wrote|writes|write|said|says|say|stated|states|declared|declares|argued|argues|explained|explains"
            + "|added|adds|continued|continues|concluded|concludes|remarked|remarks|commented|comments|insisted|insists"
            + "|asserted|asserts|told|tells|proclaimed|proclaims|exclaimed|replied|replies|answered|noted|notes"
            + "|observed|observes|recalled|recalls|warned|warns|demanded|urged|put it|following|follows|reads|ran)\\b");

    private static final java.util.regex.Pattern DOCUMENT = java.util.regex.Pattern.compile(
            "\\b(letters?|articles?|speech(es)?|resolutions?|statements?|declarations?|reports?|memorandum|manifesto"
            + "|appeal|telegrams?|circulars?|theses|pamphlets?|editorials?|documents?|programme|program|platform"
            + "|diary|memoirs?|autobiography|book|preface|introduction|thesis)\\b");

    /** True when a sentence reports someone's words. */
    static boolean reportsSpeech(String sentence) {
        return REPORTING.matcher(sentence.toLowerCase(Locale.ROOT)).find();
    }

    /** The last sentence of a text (from the last sentence end before its final character). */
    static String lastSentence(String text) {
        int end = text.length() - 1;
        for (int i = end - 1; i > 0; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                return text.substring(i + 1).strip();
            }
        }
        return text;
    }

    static boolean closesWithEllipsis(String text) {
        String t = text;
        int open = t.lastIndexOf('[');
        if (open > 0 && t.length() - open <= 8 && t.endsWith("]")) {
            t = t.substring(0, open).strip();
        }
        while (!t.isEmpty() && "’”'\")".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t.endsWith("...") || t.endsWith("…") || t.endsWith(". . .");
    }

    private static boolean quotedWhole(String text) {
        if (text.length() < 2) {
            return false;
        }
        String t = text;
        int open = t.lastIndexOf('[');
        if (open > 0 && t.length() - open <= 8 && t.endsWith("]")) {
            t = t.substring(0, open).strip();
        }
        char first = t.charAt(0);
        char last = t.charAt(t.length() - 1);
        if (last == '.' || last == ',' && t.length() > 2) {
            last = t.charAt(t.length() - 2);
        }
        return (first == '“' || first == '"' || first == '‘') && (last == '”' || last == '"' || last == '’');
    }

    private static boolean addressesReader(String text) {
        String lower = " " + text.toLowerCase(Locale.ROOT) + " ";
        return lower.contains(" you ") || lower.contains(" you,") || lower.contains(" your ")
                || lower.contains("comrades");
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
