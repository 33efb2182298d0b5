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
 * the weighted sum plus {@link #BIAS} is above zero, and the roles of a whole run of blocks are
 * chosen together (see {@link #infer}). Some features look at the page as a whole (does it cite
 * with markers; are its quotations closed by one, {@link Candidate#quotationsCloseWithMarkers};
 * does it narrate in the past, so that the present tense is someone else's, {@link #narratesInThePast})
 * and some a few blocks ahead (is there a marker to close a quotation before the author
 * introduces the next one, {@link Feature#MARKER_AHEAD}); the look-ahead is bounded, so decoding
 * stays linear in the length of the run. The weights were fitted over the development corpus
 * with {@code miatext train-roles --corpus DIR} (the mean of averaged structured perceptrons, then
 * coordinate ascent on the corpus quote F1), which prints them in the form below.
 *
 * <p>Headings are decided by a rule before the model ({@link #isHeading}): a single short line
 * that does not end a sentence (no final period, comma, semicolon or colon) and does not open in
 * lower case or with an ellipsis, and a few forms of numbered or capitalised titles. A block
 * inside an open quotation is never a heading, nor is a date alone after prose (a dateline).
 */
public final class BlockRoles {

    /** What a block of running text is. */
    public enum Role { PARAGRAPH, QUOTE, HEADING }

    /** The named signals of the quote model. */
    public enum Feature {
        /** The block before (a paragraph, or a quote that runs on) ends with a colon ("He wrote:"). */
        INTRO_COLON,
        /** The block before ends with a comma or an open clause ("... described as a,"). */
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
        /**
         * An open quotation on a page that cites no sources with markers: there, no marker will
         * close a quotation, so running on is weaker evidence.
         */
        OPEN_QUOTE_UNCITING_PAGE,
        /** The block opens with a double quotation mark and closes with one: a quotation set as its own block. */
        QUOTED_WHOLE,
        /** The page cites its sources with markers: quotations there usually close with one. */
        CITING_PAGE,
        /** The block before is short (under 200 characters) and the page cites with markers. */
        SHORT_INTRO_CITING_PAGE,
        /** The block speaks in the present tense (is, are, will, must...) more than in the past: a voice other than the narrator's. */
        PRESENT_VOICE,
        /** The block narrates in the past tense (was, were, had...) far more than in the present: the author telling a story. */
        PAST_NARRATIVE,
        /**
         * The closing marker follows a closing quotation mark ("... the Mensheviks’. [8]"): it
         * cites a quotation inside the author's sentence, so the block is the author's prose.
         */
        MARKER_CITES_INLINE_QUOTE,
        /**
         * The block before opens a quotation mark that it does not close: the printed convention
         * for a quotation of several paragraphs (each opens with a mark, only the last closes),
         * so the quotation goes on in this block.
         */
        QUOTATION_LEFT_OPEN,
        /** The block speaks in the first person singular (I, me, my): an author seldom does. */
        FIRST_PERSON_SINGULAR,
        /**
         * The block has no marker of its own, but a block ahead closes with one before any block
         * ends with a colon (looking at most {@link BlockRoles#LOOKAHEAD} blocks ahead): a marker
         * is there to close a quotation that this block would belong to.
         */
        MARKER_AHEAD,
        /**
         * An open quotation on a page whose quotations close with markers, and a marker ahead (as
         * in {@link #MARKER_AHEAD}): the quotation runs on to that marker.
         */
        OPEN_QUOTE_MARKER_AHEAD,
        /**
         * On a page whose quotations close with markers, the block has no marker and none lies
         * ahead before the next colon: no marker would close a quotation here.
         */
        NO_MARKER_AHEAD,
        /**
         * An open quotation on a page whose quotations close with markers (see
         * {@link Candidate#quotationsCloseWithMarkers}): there, a quotation runs on to its marker.
         */
        OPEN_QUOTE_CLOSING_PAGE,
        /** The block before is a paragraph of a single sentence: a line that introduces what follows. */
        INTRO_ONE_SENTENCE,
        /** The block is short (under 100 characters). */
        SHORT_BLOCK,
        /** The block ends with a colon: it introduces what follows, which the author seldom quotes. */
        ENDS_WITH_COLON,
        /**
         * The block has words in square brackets that are not a marker ("[Lenin’s]", "[led by
         * Zinoviev]"): an editor's insertion, made into someone else's words.
         */
        EDITORIAL_INSERTION,
        /**
         * The block before reports speech ("Stalin concludes with a call for war on
         * Trotskyism."), this block speaks in the present tense and not in the past, and the block
         * after it closes with a marker: the reported words begin here and run on to that marker.
         */
        REPORTED_WORDS_RUN_ON,
        /**
         * On a page that narrates in the past (see {@link Candidate#narratingPage}), the block
         * speaks in the present tense only, in the first person, or to its hearers: a voice other
         * than the narrator's.
         */
        OTHER_VOICE_IN_NARRATIVE,
        /** The block says "I", "me" or "my" twice or more and closes with a marker: an author does not cite himself. */
        FIRST_PERSON_CITED,
        /**
         * The block closes with a marker, the block before is a single sentence of the author's,
         * and the block before that closed with a marker: quotations set one after another, with
         * a sentence of the author's between each two.
         */
        BRIDGE_BETWEEN_CITATIONS
    }

    // Fitted by `miatext train-roles --corpus ../shared/corpus` (see README, "Block roles").
    static final double BIAS = -4.644;
    static final double[] WEIGHTS = {
        /* INTRO_COLON          */ 6.483,
        /* INTRO_COMMA          */ 2.426,
        /* INTRO_SHORT          */ 2.564,
        /* OPENS_ELLIPSIS       */ 3.976,
        /* OPENS_LOWER          */ 2.707,
        /* OPENS_QUOTE_MARK     */ 4.748,
        /* CLOSES_WITH_MARKER   */ 3.867,
        /* FIRST_PERSON         */ 0.321,
        /* INSIDE_OPEN_QUOTE    */ 1.477,
        /* AFTER_CLOSED_QUOTE   */ -2.333,
        /* AFTER_HEADING        */ -0.803,
        /* INLINE_QUOTES        */ -1.015,
        /* MARKER_AFTER_MARKER  */ -1.322,
        /* INTRO_SAYS           */ 0.185,
        /* CLOSES_ELLIPSIS      */ 4.793,
        /* ADDRESSES_READER     */ -0.102,
        /* SHORT_INTRO_AND_MARKER */ -1.251,
        /* COLON_AND_MARKER     */ 0.166,
        /* OPEN_QUOTE_AND_MARKER */ 0.260,
        /* INTRO_NAMES_DOCUMENT */ 0.318,
        /* OPEN_QUOTE_UNCITING_PAGE */ -0.547,
        /* QUOTED_WHOLE         */ 1.435,
        /* CITING_PAGE          */ 0.050,
        /* SHORT_INTRO_CITING_PAGE */ -0.251,
        /* PRESENT_VOICE        */ -0.186,
        /* PAST_NARRATIVE       */ -0.628,
        /* MARKER_CITES_INLINE_QUOTE */ -1.051,
        /* QUOTATION_LEFT_OPEN  */ 2.782,
        /* FIRST_PERSON_SINGULAR */ 0.316,
        /* MARKER_AHEAD         */ -0.024,
        /* OPEN_QUOTE_MARKER_AHEAD */ 2.109,
        /* NO_MARKER_AHEAD      */ -0.584,
        /* OPEN_QUOTE_CLOSING_PAGE */ 0.681,
        /* INTRO_ONE_SENTENCE   */ 0.260,
        /* SHORT_BLOCK          */ 0.368,
        /* ENDS_WITH_COLON      */ -3.767,
        /* EDITORIAL_INSERTION  */ 2.205,
        /* REPORTED_WORDS_RUN_ON */ 0.891,
        /* OTHER_VOICE_IN_NARRATIVE */ 3.233,
        /* FIRST_PERSON_CITED   */ 0.912,
        /* BRIDGE_BETWEEN_CITATIONS */ 0.913,
    };

    /**
     * What the model needs to know of one block. The constructor's {@code citingPage}: the page
     * cites its sources with markers (three or more in the body); {@code quotationsCloseWithMarkers}:
     * on this page, what a colon introduces is usually closed, within a few blocks, by a marker
     * (the page cites each quotation at its end). Whether the page narrates in the past is known
     * only once all its blocks are read ({@link #narratesInThePast}); {@link #onNarratingPage}
     * then marks them.
     */
    public static final class Candidate {
        private final String text;
        private final boolean closesWithMarker;
        private final boolean afterHeading;
        private final boolean tableRow;
        private final int lineCount;
        private final boolean citingPage;
        private final boolean quotationsCloseWithMarkers;
        private final boolean narratingPage;
        /** What the features need of the block alone, worked out once (the decoder asks up to three times). */
        private Facts facts;

        public Candidate(String text, boolean closesWithMarker, boolean afterHeading, boolean tableRow, int lineCount,
                         boolean citingPage, boolean quotationsCloseWithMarkers) {
            this(text, closesWithMarker, afterHeading, tableRow, lineCount, citingPage, quotationsCloseWithMarkers, false,
                    null);
        }

        private Candidate(String text, boolean closesWithMarker, boolean afterHeading, boolean tableRow, int lineCount,
                          boolean citingPage, boolean quotationsCloseWithMarkers, boolean narratingPage, Facts facts) {
            this.narratingPage = narratingPage;
            this.facts = facts;
            this.text = text;
            this.closesWithMarker = closesWithMarker;
            this.afterHeading = afterHeading;
            this.tableRow = tableRow;
            this.lineCount = lineCount;
            this.citingPage = citingPage;
            this.quotationsCloseWithMarkers = quotationsCloseWithMarkers;
        }

        public String text() {
            return text;
        }

        public boolean closesWithMarker() {
            return closesWithMarker;
        }

        public boolean afterHeading() {
            return afterHeading;
        }

        public boolean tableRow() {
            return tableRow;
        }

        public int lineCount() {
            return lineCount;
        }

        public boolean citingPage() {
            return citingPage;
        }

        public boolean quotationsCloseWithMarkers() {
            return quotationsCloseWithMarkers;
        }

        /** True when the page narrates in the past ({@link #narratesInThePast}). */
        public boolean narratingPage() {
            return narratingPage;
        }

        /** This block on a page that narrates in the past (what was worked out of it is kept). */
        public Candidate onNarratingPage() {
            return new Candidate(text, closesWithMarker, afterHeading, tableRow, lineCount, citingPage,
                    quotationsCloseWithMarkers, true, facts);
        }

        Facts facts() {
            if (facts == null) {
                facts = new Facts(this);
            }
            return facts;
        }
    }

    /** The facts of one block that do not depend on the role of the block before it. */
    private static final class Facts {
        final String text;
        final boolean opensEllipsis;
        final boolean opensLower;
        final boolean opensQuoteMark;
        final boolean firstPerson;
        final boolean firstPersonSingular;
        final boolean addressesReader;
        final boolean inlineQuotes;
        final boolean closesEllipsis;
        final boolean quotedWhole;
        final boolean presentVoice;
        final boolean pastNarrative;
        /** Present-tense and past-tense auxiliaries of the block's own words. */
        final int present;
        final int past;
        /** Some present-tense auxiliary and no past one. */
        final boolean presentOnly;
        final boolean markerCitesInlineQuote;
        final boolean endsWithColon;
        final boolean shortBlock;
        final boolean editorialInsertion;
        // As the block before another: what it says about the block after it.
        final boolean introColon;
        final boolean introComma;
        final boolean introShort;
        final boolean introSays;
        final boolean introNamesDocument;
        final boolean leavesQuotationOpen;
        final boolean introOneSentence;

        Facts(Candidate block) {
            text = block.text().strip();
            opensEllipsis = opensWithEllipsis(text);
            opensLower = opensLower(text);
            opensQuoteMark = !text.isEmpty() && "‘“\"'«„".indexOf(text.charAt(0)) >= 0;
            // The voice of a block is that of its own words, not of the quotations inside them.
            CharSequence own = opensQuoteMark ? text : withoutInlineQuotations(text);
            Voice voice = new Voice(own);
            firstPerson = voice.words > 0 && voice.firstPerson * 40 >= voice.words;
            firstPersonSingular = voice.singular >= 2;
            addressesReader = voice.addressesReader;
            presentVoice = voice.present > voice.past && voice.present >= 2;
            pastNarrative = voice.past >= 2 * voice.present + 2;
            present = voice.present;
            past = voice.past;
            presentOnly = voice.present > 0 && voice.past == 0;
            inlineQuotes = hasInlineQuotation(text);
            boolean afterClosingQuote = markerAfterClosingQuote(text);
            closesEllipsis = closesWithEllipsis(text) && (opensQuoteMark || !afterClosingQuote && !endsWithClosingQuote(text));
            quotedWhole = quotedWhole(text);
            markerCitesInlineQuote = block.closesWithMarker() && afterClosingQuote && !opensQuoteMark;
            endsWithColon = text.endsWith(":");
            shortBlock = text.length() < 100;
            editorialInsertion = hasEditorialInsertion(text);
            introColon = endsWithColon;
            introComma = text.endsWith(",") || endsOpenClause(text);
            introShort = text.length() < 200 && !block.closesWithMarker() && !endsWithColon && !text.endsWith(",");
            int last = lastSentenceStart(text);
            int said = wordClasses(text, last);
            introSays = (said & Lexicon.REPORTING) != 0;
            introNamesDocument = (said & Lexicon.DOCUMENT) != 0;
            leavesQuotationOpen = leavesQuotationOpen(text, opensQuoteMark ? withoutInlineQuotations(text) : own);
            introOneSentence = !block.closesWithMarker() && last == 0 && !endsWithColon;
        }
    }

    private static final Feature[] FEATURES = Feature.values();

    /** Blocks shorter than this do not count towards the voice of a page. */
    private static final int NARRATING_BLOCK = 150;

    /**
     * True when a page narrates in the past: of its long blocks (150 chars or more), more speak
     * in the past tense than in the present (counting "was", "had", "did"... against "is",
     * "will", "must"...). On such a page, a historian's, a block in the present tense or the
     * first person is likely someone else's words; on a page that argues in the present (Marx,
     * Lenin), it is not.
     */
    public static boolean narratesInThePast(List<Candidate> page) {
        int past = 0;
        int present = 0;
        for (Candidate block : page) {
            if (block.text().length() < NARRATING_BLOCK) {
                continue;
            }
            Facts facts = block.facts();
            if (facts.past > facts.present) {
                past++;
            } else if (facts.present > facts.past) {
                present++;
            }
        }
        return past > present;
    }

    private final double bias;
    private final double[] weights;

    public BlockRoles() {
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
     * Roles of a run of body blocks, in order. The model scores, for each block, how much it looks
     * like a quote given the role of the block before; the sequence of roles with the best total
     * score over the whole run is chosen (Viterbi), so that one doubtful block does not derail
     * the blocks after it. A heading-like block is a heading unless it sits inside an open
     * quotation.
     */
    public List<Role> infer(List<Candidate> blocks) {
        int n = blocks.size();
        Role[] states = Role.values();
        int k = states.length;
        // Flat tables and one feature buffer per run: a run can hold a whole chapter's blocks.
        double[] best = new double[n * k];
        int[] back = new int[n * k];
        double[] features = new double[FEATURES.length];
        boolean[] markersAhead = markersAhead(blocks);
        for (int i = 0; i < n; i++) {
            Candidate block = blocks.get(i);
            boolean titleLike = !block.tableRow() && isHeading(block.text(), block.lineCount());
            // A section label marks a title whatever follows, even inside a quotation left open.
            boolean labelled = titleLike && opensWithSectionLabel(block.text());
            // A title right over a table is its caption, set as a paragraph; so is a figure's or a
            // table's own caption ("Table II. Exports", "Figure 1: ..."), quoted from no one.
            boolean caption = titleLike ? !labelled && i + 1 < n && blocks.get(i + 1).tableRow()
                    : block.lineCount() == 1 && isCaption(block.text().strip());   // a title is no caption already
            // A line the next block goes on from in lower case is the start of a sentence ("The Military
            // Opposition" / "consisted of two groups.").
            boolean runsOn = titleLike && !labelled && i + 1 < n && goesOnFromAbove(blocks.get(i + 1).text());
            boolean headingLike = titleLike && !caption && !runsOn;
            // A date alone heads nothing after prose: it is the dateline of what came before.
            boolean dateLine = headingLike && isDate(block.text());
            // A question right after a quotation is more often the quotation going on than a title.
            boolean questionAfterQuote = lastNonBlank(block.text()) == '?';
            // The same for every role of the block before: looked for once.
            boolean ahead = markersAhead[i];
            for (Role state : states) {
                double bestScore = Double.NEGATIVE_INFINITY;
                int bestPrevious = 0;
                for (int p = 0; p < (i == 0 ? 1 : k); p++) {
                    Role previousRole = i == 0 ? null : states[p];
                    double before = i == 0 ? 0 : best[(i - 1) * k + p];
                    if (before == Double.NEGATIVE_INFINITY) {
                        continue;
                    }
                    boolean underHeading = i == 0 ? block.afterHeading() : previousRole == Role.HEADING;
                    boolean asHeading = headingLike && !(questionAfterQuote && previousRole == Role.QUOTE)
                            && !(dateLine && !underHeading);
                    Shape shape = block.tableRow() || caption ? Shape.PARAGRAPH_ONLY
                            : !asHeading ? Shape.TEXT : labelled ? Shape.LABELLED_TITLE : Shape.TITLE;
                    double score = before + emission(blocks, i, previousRole, state, shape, ahead, features);
                    if (score > bestScore) {
                        bestScore = score;
                        bestPrevious = p;
                    }
                }
                best[i * k + state.ordinal()] = bestScore;
                back[i * k + state.ordinal()] = bestPrevious;
            }
        }
        Role[] roles = new Role[n];
        if (n > 0) {
            int state = 0;
            for (int s = 1; s < k; s++) {
                if (best[(n - 1) * k + s] > best[(n - 1) * k + state]) {
                    state = s;
                }
            }
            for (int i = n - 1; i >= 0; i--) {
                roles[i] = states[state];
                state = back[i * k + state];
            }
        }
        listsNotHeadings(roles);
        return List.of(roles);
    }

    /** Title-like blocks in a row, this many or more, are a list (a table of contents), not headings. */
    private static final int LIST_OF_TITLES = 4;

    /** A heading heads some text: a long row of them with nothing between is a list of items. */
    private static void listsNotHeadings(Role[] roles) {
        int k = 0;
        while (k < roles.length) {
            int end = k;
            while (end < roles.length && roles[end] == Role.HEADING) {
                end++;
            }
            if (end - k >= LIST_OF_TITLES) {
                java.util.Arrays.fill(roles, k, end, Role.PARAGRAPH);
            }
            k = Math.max(end, k + 1);
        }
    }

    /** The last char of a text that is not white space, or 0. */
    private static char lastNonBlank(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c;
            }
        }
        return 0;
    }

    /** What the heading rule makes of a block, given the role of the block before. */
    private enum Shape {
        /** Running text: paragraph or quote, as the model says. */
        TEXT,
        /** A title: a heading, unless it stands inside a quotation left open. */
        TITLE,
        /** A title opened by a section label ("5. ", "(b) "): a heading wherever it stands. */
        LABELLED_TITLE,
        /** A table row or a table's caption: a paragraph. */
        PARAGRAPH_ONLY
    }

    /**
     * The score of a block taking a role, given the role of the block before: the model's
     * weighted sum for a quote, zero for a paragraph, and the heading rule as a hard constraint.
     * {@code features} is scratch space for the quote's features.
     */
    private double emission(List<Candidate> run, int i, Role previousRole, Role state, Shape shape,
                            boolean markerAhead, double[] features) {
        if (shape == Shape.PARAGRAPH_ONLY) {
            return state == Role.PARAGRAPH ? 0 : Double.NEGATIVE_INFINITY;
        }
        Candidate block = run.get(i);
        Candidate previous = i == 0 ? null : run.get(i - 1);
        boolean openQuote = previousRole == Role.QUOTE && !previous.closesWithMarker() && block.citingPage();
        if (shape == Shape.LABELLED_TITLE || shape == Shape.TITLE && !openQuote) {
            return state == Role.HEADING ? 0 : Double.NEGATIVE_INFINITY;
        }
        return switch (state) {
            case HEADING -> Double.NEGATIVE_INFINITY;
            case QUOTE -> {
                features(run, i, previousRole, markerAhead, features);
                yield score(features);
            }
            case PARAGRAPH -> 0;
        };
    }

    /**
     * Explains the roles of a run: for each block, its role, its quote score given the role
     * chosen for the block before, and the features that fired.
     */
    public List<String> explain(List<Candidate> blocks) {
        List<Role> roles = infer(blocks);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            double[] f = features(blocks, i, i == 0 ? null : roles.get(i - 1));
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%-9s %+6.2f ", roles.get(i), score(f)));
            for (Feature feature : Feature.values()) {
                if (f[feature.ordinal()] != 0) {
                    sb.append(' ').append(feature.name().toLowerCase(Locale.ROOT));
                }
            }
            lines.add(sb.toString());
        }
        return lines;
    }

    /** The weighted sum of the features plus the bias: above zero means a quote. */
    public double score(double[] features) {
        double sum = bias;
        for (int i = 0; i < features.length; i++) {
            sum += weights[i] * features[i];
        }
        return sum;
    }

    /** The feature vector of block {@code i} of a run, given the role of the block before it. */
    public static double[] features(List<Candidate> run, int i, Role previousRole) {
        double[] f = new double[FEATURES.length];
        features(run, i, previousRole, markerAhead(run, i), f);
        return f;
    }

    /**
     * As {@link #features(List, int, Role)}, into {@code f} (every entry is written), given
     * {@link #markerAhead} for block {@code i}.
     */
    private static void features(List<Candidate> run, int i, Role previousRole, boolean markerAhead, double[] f) {
        Candidate block = run.get(i);
        Candidate previous = i == 0 ? null : run.get(i - 1);
        Facts own = block.facts();
        Facts before = previous == null ? null : previous.facts();
        java.util.Arrays.fill(f, 0.0);
        boolean previousParagraph = previous != null && previousRole == Role.PARAGRAPH;
        boolean previousText = previous != null && previousRole != Role.HEADING;
        boolean marker = block.closesWithMarker();
        boolean insideOpenQuote = previousRole == Role.QUOTE && !previous.closesWithMarker();
        set(f, Feature.INTRO_COLON, previousText && before.introColon);
        set(f, Feature.INTRO_COMMA, previousText && before.introComma);
        set(f, Feature.INTRO_SHORT, previousParagraph && before.introShort);
        set(f, Feature.OPENS_ELLIPSIS, own.opensEllipsis);
        set(f, Feature.OPENS_LOWER, own.opensLower);
        set(f, Feature.OPENS_QUOTE_MARK, own.opensQuoteMark);
        set(f, Feature.CLOSES_WITH_MARKER, marker);
        set(f, Feature.FIRST_PERSON, own.firstPerson);
        set(f, Feature.INSIDE_OPEN_QUOTE, insideOpenQuote);
        set(f, Feature.AFTER_CLOSED_QUOTE, previousRole == Role.QUOTE && previous.closesWithMarker());
        set(f, Feature.AFTER_HEADING, previous == null || previousRole == Role.HEADING || block.afterHeading());
        set(f, Feature.INLINE_QUOTES, own.inlineQuotes);
        set(f, Feature.MARKER_AFTER_MARKER, marker && previous != null && previous.closesWithMarker()
                && previousRole == Role.PARAGRAPH);
        set(f, Feature.INTRO_SAYS, previousParagraph && before.introSays);
        set(f, Feature.CLOSES_ELLIPSIS, own.closesEllipsis);
        set(f, Feature.ADDRESSES_READER, own.addressesReader);
        set(f, Feature.SHORT_INTRO_AND_MARKER, previousParagraph && before.introShort && marker);
        set(f, Feature.COLON_AND_MARKER, previousText && before.introColon && marker);
        set(f, Feature.OPEN_QUOTE_AND_MARKER, insideOpenQuote && marker);
        set(f, Feature.INTRO_NAMES_DOCUMENT, previousParagraph && before.introNamesDocument);
        set(f, Feature.OPEN_QUOTE_UNCITING_PAGE, insideOpenQuote && !block.citingPage());
        set(f, Feature.QUOTED_WHOLE, own.quotedWhole);
        set(f, Feature.CITING_PAGE, block.citingPage());
        set(f, Feature.SHORT_INTRO_CITING_PAGE, block.citingPage() && previousParagraph && before.introShort && marker);
        set(f, Feature.PRESENT_VOICE, own.presentVoice);
        set(f, Feature.PAST_NARRATIVE, own.pastNarrative);
        set(f, Feature.MARKER_CITES_INLINE_QUOTE, own.markerCitesInlineQuote);
        set(f, Feature.QUOTATION_LEFT_OPEN, previousText && before.leavesQuotationOpen);
        set(f, Feature.FIRST_PERSON_SINGULAR, own.firstPersonSingular);
        boolean ahead = !marker && !own.endsWithColon && markerAhead;
        set(f, Feature.MARKER_AHEAD, ahead);
        set(f, Feature.OPEN_QUOTE_MARKER_AHEAD, ahead && insideOpenQuote && block.quotationsCloseWithMarkers());
        set(f, Feature.NO_MARKER_AHEAD, !marker && !ahead && block.quotationsCloseWithMarkers());
        set(f, Feature.OPEN_QUOTE_CLOSING_PAGE, insideOpenQuote && block.quotationsCloseWithMarkers());
        set(f, Feature.INTRO_ONE_SENTENCE, previousParagraph && before.introOneSentence);
        set(f, Feature.SHORT_BLOCK, own.shortBlock);
        set(f, Feature.ENDS_WITH_COLON, own.endsWithColon);
        set(f, Feature.EDITORIAL_INSERTION, own.editorialInsertion);
        boolean nextCloses = i + 1 < run.size() && run.get(i + 1).closesWithMarker() && !marker && !own.endsWithColon;
        set(f, Feature.REPORTED_WORDS_RUN_ON, previousParagraph && before.introSays && own.presentOnly && nextCloses);
        set(f, Feature.OTHER_VOICE_IN_NARRATIVE, block.narratingPage()
                && (own.presentOnly || own.firstPerson || own.addressesReader));
        set(f, Feature.FIRST_PERSON_CITED, own.firstPersonSingular && marker);
        set(f, Feature.BRIDGE_BETWEEN_CITATIONS, marker && previousParagraph && before.introOneSentence && i >= 2
                && run.get(i - 2).closesWithMarker());
    }

    /** What the words of a block say of its voice: who speaks, to whom, and in which tense. */
    private static final class Voice {
        int words;
        /** I, we, our, us, my, me. */
        int firstPerson;
        /** I, me, my, myself. */
        int singular;
        /** Present-tense auxiliaries (is, are, will...). */
        int present;
        /** Past-tense auxiliaries (was, were, had...). */
        int past;
        /** "you" (before a space or comma), "your" (before a space) or "comrades". */
        boolean addressesReader;

        /** Reads the words of a text: runs of letters, with the apostrophes inside them (it’s, don't). */
        Voice(CharSequence text) {
            int n = text.length();
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (!isLetter(c)) {
                    i++;
                    continue;
                }
                // Read the word, hashing it for the lexicon on the way.
                int start = i;
                int hash = Lexicon.START;
                boolean listable = true;
                while (true) {
                    listable &= Lexicon.listable(c);
                    hash = Lexicon.step(hash, c);
                    if (++i == n) {
                        break;
                    }
                    c = text.charAt(i);
                    if (!isLetter(c) && c != '’' && c != '\'') {
                        break;
                    }
                }
                word(text, start, i, listable && i - start <= 7 ? Lexicon.classes(text, start, i, hash) : 0);
            }
        }

        private static boolean isLetter(char c) {
            return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
        }

        /** One word; {@code classes} are its classes in the lexicon (words over seven letters are not looked up). */
        private void word(CharSequence text, int start, int end, int classes) {
            words++;
            int length = end - start;
            boolean isI = text.charAt(start) == 'I'
                    && (length == 1 || text.charAt(start + 1) == '’' || text.charAt(start + 1) == '\'');
            if (isI || (classes & Lexicon.FIRST_PERSON) != 0) {
                firstPerson++;
            }
            // "me", "my", "My" and "myself" as written: "Me" or "MY" is not counted.
            if (isI || (classes & Lexicon.SINGULAR) != 0 && (length == 2 && (startsWith(text, "me", start)
                    || startsWith(text, "my", start) || startsWith(text, "My", start))
                    || length == 6 && startsWith(text, "myself", start))) {
                singular++;
            }
            if ((classes & Lexicon.PRESENT) != 0) {
                present++;
            } else if ((classes & Lexicon.PAST) != 0) {
                past++;
            }
            if (!addressesReader) {
                addressesReader = addresses(text, start, end, classes);
            }
        }

        private static boolean startsWith(CharSequence text, String prefix, int at) {
            if (at + prefix.length() > text.length()) {
                return false;
            }
            for (int i = 0; i < prefix.length(); i++) {
                if (text.charAt(at + i) != prefix.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        /** As {@code String.regionMatches(true, at, word, 0, word.length())}, on any chars. */
        private static boolean matchesIgnoringCase(CharSequence text, int at, String word) {
            if (at + word.length() > text.length()) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                char a = text.charAt(at + i);
                char b = word.charAt(i);
                if (a != b) {
                    char ua = Character.toUpperCase(a);
                    char ub = Character.toUpperCase(b);
                    if (ua != ub && Character.toLowerCase(ua) != Character.toLowerCase(ub)) {
                        return false;
                    }
                }
            }
            return true;
        }

        private static boolean addresses(CharSequence text, int start, int end, int classes) {
            if ((classes & Lexicon.YOU) != 0 && (start == 0 || text.charAt(start - 1) == ' ')) {
                char after = end < text.length() ? text.charAt(end) : ' ';
                return after == ' ' || after == ',' && end - start == 3;
            }
            if (end - start >= 8) {
                for (int i = start; i + 8 <= end; i++) {
                    if ((text.charAt(i) | 0x20) == 'c' && matchesIgnoringCase(text, i, "comrades")) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * The text with quotations inside it (‘...’, “...”) taken out: the text itself when it has
     * none, else a buffer over a char array (a string would cost a copy and a try at
     * compressing it).
     */
    static CharSequence withoutInlineQuotations(String text) {
        if (text.indexOf('‘') < 0 && text.indexOf('“') < 0) {
            return text;
        }
        char[] kept = new char[text.length()];
        int length = 0;
        int i = 0;
        int n = text.length();
        int copied = 0;
        // Once a kind of quotation mark finds no close, later ones of that kind will not either:
        // remembering it keeps this linear on a text of a million opening marks.
        boolean singleUnclosed = false;
        boolean doubleUnclosed = false;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '‘' && !singleUnclosed || c == '“' && !doubleUnclosed) {
                char close = c == '‘' ? '’' : '”';
                int j = i + 1;
                // A closing single quote followed by a letter is an apostrophe (Trotsky’s), not the end.
                while (j < n && !(text.charAt(j) == close && (j + 1 == n || !Character.isLetter(text.charAt(j + 1))))) {
                    j++;
                }
                if (j < n) {
                    text.getChars(copied, i, kept, length);
                    length += i - copied;
                    i = j + 1;
                    copied = i;
                    continue;
                }
                if (c == '‘') {
                    singleUnclosed = true;
                } else {
                    doubleUnclosed = true;
                }
            }
            i++;
        }
        text.getChars(copied, n, kept, length);
        length += n - copied;
        return java.nio.CharBuffer.wrap(kept, 0, length);
    }

    /**
     * True when the text has words in square brackets: at least three characters, not opening
     * with a digit (a marker) or a space, with no bracket inside (so that "[[[[..." is read in
     * linear time).
     */
    private static boolean hasEditorialInsertion(String text) {
        int n = text.length();
        for (int open = text.indexOf('['); open >= 0 && open + 1 < n; open = text.indexOf('[', open + 1)) {
            char first = text.charAt(open + 1);
            if (first == '[' || first == ']' || first >= '0' && first <= '9' || isAsciiSpace(first)) {
                continue;
            }
            int j = open + 2;
            while (j < n && text.charAt(j) != '[' && text.charAt(j) != ']') {
                j++;
            }
            if (j < n && text.charAt(j) == ']' && j - (open + 2) >= 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** How far ahead {@link Feature#MARKER_AHEAD} looks, in blocks (a bound keeps decoding linear). */
    static final int LOOKAHEAD = 8;

    /**
     * {@link #markerAhead} for every block of a run, in one pass from the end: the nearest block
     * after each that closes with a marker or ends with a colon decides it.
     */
    static boolean[] markersAhead(List<Candidate> run) {
        int n = run.size();
        boolean[] ahead = new boolean[n];
        int next = -1;
        for (int i = n - 1; i >= 0; i--) {
            ahead[i] = next >= 0 && next - i <= LOOKAHEAD && run.get(next).closesWithMarker();
            Candidate block = run.get(i);
            if (block.closesWithMarker() || lastNonBlank(block.text()) == ':') {
                next = i;
            }
        }
        return ahead;
    }

    /** True when a block after {@code i} closes with a marker before any block ends with a colon. */
    static boolean markerAhead(List<Candidate> run, int i) {
        for (int k = i + 1; k < run.size() && k <= i + LOOKAHEAD; k++) {
            Candidate c = run.get(k);
            if (c.closesWithMarker()) {
                return true;
            }
            if (lastNonBlank(c.text()) == ':') {
                return false;
            }
        }
        return false;
    }

    /** True when the text opens a quotation mark (‘ or “) that it does not close. */
    static boolean leavesQuotationOpen(String text) {
        return leavesQuotationOpen(text, withoutInlineQuotations(text));
    }

    /** As {@link #leavesQuotationOpen(String)}, given the text with its closed quotations taken out. */
    private static boolean leavesQuotationOpen(String text, CharSequence rest) {
        return indexOf(rest, '“') >= 0 || indexOf(rest, '‘') >= 0 && indexOf(rest, '‘') == stripLeadingSpace(rest);
    }

    private static int indexOf(CharSequence text, char c) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static int stripLeadingSpace(CharSequence text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean endsWithClosingQuote(String text) {
        int end = withoutTrailing(text, text.length(), ".,;: ");
        return end > 0 && (text.charAt(end - 1) == '’' || text.charAt(end - 1) == '”');
    }

    /** The end of {@code text} before {@code end} once trailing {@code chars} are dropped (no copies: linear). */
    static int withoutTrailing(String text, int end, String chars) {
        while (end > 0 && chars.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    /**
     * True when the text before the final marker ends with a closing quotation mark (punctuation
     * aside); a run of markers ("..."[4][5]) is looked through. A loop, not recursion over
     * substrings: a million markers in one block overflowed the stack (and would have been
     * quadratic).
     */
    private static boolean markerAfterClosingQuote(String text) {
        int end = text.length();
        while (true) {
            int open = end == 0 ? -1 : text.lastIndexOf('[', end - 1);
            if (open <= 0) {
                return false;
            }
            int i = open;
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            while (i > 0 && ".,;:".indexOf(text.charAt(i - 1)) >= 0) {
                i--;
            }
            if (i == 0) {
                return false;
            }
            char last = text.charAt(i - 1);
            if (last != ']') {
                return last == '’' || last == '”' || last == '"';
            }
            end = i;
        }
    }

    private static void set(double[] f, Feature feature, boolean value) {
        f[feature.ordinal()] = value ? 1.0 : 0.0;
    }

    /**
     * A heading: one short line that does not read as a sentence or a fragment of one (a section
     * number or a named section alone, "IV." or "Section 2.", is one); a section's number or name
     * over its title ("Part 1 / The Background"); or a title in capitals broken over two or three
     * such lines ("THE FETISHISM OF COMMODITIES / AND THE SECRET THEREOF"). Context decides the
     * rest ({@link #infer}): never inside an open quotation, and a date alone only under a heading.
     */
    public static boolean isHeading(String rawText, int lineCount) {
        String text = rawText.strip();
        if (lineCount != 1) {
            return lineCount <= 3 && capitalsOverLines(text) || lineCount == 2 && labelOverTitle(text);
        }
        if (text.isEmpty() || text.length() > 100 || text.indexOf('\t') >= 0) {
            return false;
        }
        // A section number alone on its line: "V.", "IV", "4", "Section 2.", "Part Two".
        if (isSectionNumber(text) || isNamedSection(text)) {
            return true;
        }
        if (isCaption(text)) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        // An exclamation is a line of speech, not a title.
        if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' || last == ']' && endsWithMarkerLike(text)) {
            return false;
        }
        // The same inside closing quotation marks ("... closed.’"), or a sentence in brackets
        // ("(Source: The Economist, 1975.)"); an abbreviation's dot in brackets ends none ("R.C.P.(B.)").
        int closed = withoutTrailing(text, text.length(), "’”\"'");
        boolean bracketed = last == ')' && text.charAt(0) == '(';
        if (closed < text.length() || bracketed) {
            char end = text.charAt(Math.max(0, (bracketed ? text.length() - 1 : closed) - 1));
            if (end == '.' || end == ',' || end == ';' || end == ':' || end == '!') {
                return false;
            }
        }
        // "(a) The Accumulation of Capital": the title, not its label, must not open in lower case.
        if (opensWithEllipsis(text) || opensLower(text.substring(parenthesisedLabelEnd(text)))) {
            return false;
        }
        // A sentence inside (". ", "? " or "! " followed by more) makes it prose, not a title;
        // the dot of a section label ("4. The Elementary Form", "A. Total Form") ends none.
        int words = wordCount(text);
        int from = sectionLabelEnd(text);
        boolean sentenceInside = text.indexOf(". ", from) >= 0 || text.indexOf("? ", from) >= 0
                || text.indexOf("! ", from) >= 0;
        return (words <= 14 && !sentenceInside || words <= 6) && !pointsBack(text);
    }

    private static final java.util.Set<String> QUESTION_WORDS = java.util.Set.of("what", "why", "how", "where", "who");

    /**
     * A line that points back at the text before it and is not set as a title: prose. A title
     * names its section on its own; a sentence of the text refers to what was said ("What is, then,
     * the position of Socialism in this connection?", "Now, in what does this conflict consist?").
     * Pointing back: "this" or "these"; "then" set off by a comma or after a question word; an
     * opening "Now,". Set as a title: no word of five letters or more opens in lower case ("Who
     * Benefits from This?"), and "Then and Now" uses "then" as a word, not as a link.
     */
    static boolean pointsBack(String text) {
        boolean back = false;
        boolean lowerWord = false;
        String previous = null;
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
            if (start == i) {
                break;
            }
            String word = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (i - start >= 5 && Character.isLowerCase(text.charAt(start))) {
                lowerWord = true;
            }
            boolean commaAfter = i < n && text.charAt(i) == ',';
            switch (word) {
                case "this", "these" -> back = true;
                case "then" -> back |= commaAfter || commaBefore(text, start)
                        || previous != null && QUESTION_WORDS.contains(previous);
                case "now" -> back |= previous == null && commaAfter;
                default -> { }
            }
            previous = word;
        }
        return back && lowerWord;
    }

    /** True when a comma, then only spaces, come right before {@code at}. */
    private static boolean commaBefore(String text, int at) {
        int j = at - 1;
        while (j >= 0 && text.charAt(j) == ' ') {
            j--;
        }
        return j >= 0 && text.charAt(j) == ',';
    }

    /** A section's number or name alone, or a label before a title ("C. The General Form of Value", "(a) Rent"). */
    static boolean opensWithSectionLabel(String rawText) {
        String text = rawText.strip();
        return isSectionNumber(text) || isNamedSection(text) || sectionLabelEnd(text) > 0
                || parenthesisedLabelEnd(text) > 0;
    }

    /**
     * Where the title starts after a section label and its dot ("4. ", "IV. ", "A. "): the
     * label as {@link #isSectionNumber} reads it, or one capital letter; 0 when there is none.
     */
    static int sectionLabelEnd(String text) {
        int dot = text.indexOf(". ");
        if (dot <= 0 || dot > 6) {
            return 0;
        }
        String label = text.substring(0, dot + 1);
        boolean letter = dot == 1 && text.charAt(0) >= 'A' && text.charAt(0) <= 'Z';
        return letter || isSectionNumber(label) ? dot + 2 : 0;
    }

    private static final java.util.Set<String> SECTION_WORDS = java.util.Set.of(
            "section", "chapter", "part", "book", "appendix", "lecture", "article");
    /** The first letters of the section words, in both cases: most lines are told by their first char. */
    private static final String SECTION_INITIALS = SECTION_WORDS.stream()
            .map(w -> w.substring(0, 1) + w.substring(0, 1).toUpperCase(Locale.ROOT))
            .reduce("", String::concat);
    private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of(
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty");

    /**
     * A named section alone: "Section 2.", "Part Two", "Appendix I", "CHAPTER VIII" (a word that
     * names a division, then its number as digits, Roman digits or a word; perhaps a dot or colon).
     */
    static boolean isNamedSection(String text) {
        if (text.isEmpty() || SECTION_INITIALS.indexOf(text.charAt(0)) < 0) {
            return false;   // the common case, told without a copy
        }
        String t = text.strip();
        if (!t.isEmpty() && (t.charAt(t.length() - 1) == '.' || t.charAt(t.length() - 1) == ':')) {
            t = t.substring(0, t.length() - 1);
        }
        int space = t.indexOf(' ');
        if (space <= 0 || t.indexOf(' ', space + 1) >= 0) {
            return false;
        }
        String word = t.substring(0, space).toLowerCase(Locale.ROOT);
        String number = t.substring(space + 1);
        if (!SECTION_WORDS.contains(word) || number.isEmpty()) {
            return false;
        }
        boolean digits = number.length() <= 3 && number.chars().allMatch(c -> c >= '0' && c <= '9');
        return digits || isSectionNumber(number) || NUMBER_WORDS.contains(number.toLowerCase(Locale.ROOT));
    }

    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile(
            "\\(?(\\d{1,2} )?(January|February|March|April|May|June|July|August|September|October|November|December)"
            + "( \\d{1,2})?,?( \\d{4})?\\)?\\.?");

    /** A date alone: "June 7, 1943", "(4 August 1916)", "March 9" (a day or a year with the month). */
    static boolean isDate(String text) {
        String t = text.strip();
        java.util.regex.Matcher m = DATE.matcher(t);
        return m.matches() && (m.group(1) != null || m.group(3) != null || m.group(4) != null);
    }

    private static final String[] CAPTION_WORDS = {
        "figure", "fig.", "table", "chart", "graph", "diagram", "map", "plate", "illustration"};

    /** True when {@code text[0, end)} is a caption word, in any case (compared in place: every block is asked). */
    private static boolean isCaptionWord(String text, int end) {
        for (String word : CAPTION_WORDS) {
            if (word.length() == end && text.regionMatches(true, 0, word, 0, end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A caption: a figure's or table's name and number, perhaps with its title ("Figure 2: US
     * state spending", "Table A"). It names what stands beside it; it heads no section.
     */
    static boolean isCaption(String text) {
        int space = text.indexOf(' ');
        if (space <= 0 || space > 12 || !isCaptionWord(text, space)) {
            return false;
        }
        int end = space + 1;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != ':') {
            end++;
        }
        String number = text.substring(space + 1, end);
        if (number.endsWith(".")) {
            number = number.substring(0, number.length() - 1);
        }
        boolean letter = number.length() == 1 && Character.isUpperCase(number.charAt(0));
        return !number.isEmpty() && (Character.isDigit(number.charAt(0)) || letter || isSectionNumber(number));
    }

    /** Where the title starts after a label in brackets and a space ("(a) ", "(12) "); 0 when there is none. */
    static int parenthesisedLabelEnd(String text) {
        int close = text.indexOf(") ");
        if (text.isEmpty() || text.charAt(0) != '(' || close < 2 || close > 4) {
            return 0;
        }
        for (int i = 1; i < close; i++) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                return 0;
            }
        }
        return close + 2;
    }

    /** Two lines: a section's number or name ("4", "Part 1", "Appendix I"), then its title. */
    private static boolean labelOverTitle(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        String label = text.substring(0, end).strip();
        String title = text.substring(end).strip();
        return !title.isEmpty() && (isSectionNumber(label) || isNamedSection(label)) && isHeading(title, 1);
    }

    /** Two or more lines, each a heading by itself, with no lower-case letter in any of them. */
    private static boolean capitalsOverLines(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 4 && text.lines().allMatch(line -> line.strip().length() <= 80 && isHeading(line, 1));
    }

    /**
     * The words of a text that has no space at either end: its runs of chars other than ASCII
     * white space (as {@code text.split("\\s+").length} counts them, without the regex).
     */
    static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = isAsciiSpace(c);
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return Math.max(words, 1);
    }

    /** A section number alone: one to six of the Roman digits I V X L C, or one or two digits; then perhaps a dot. */
    static boolean isSectionNumber(String text) {
        int n = text.length();
        if (n > 0 && text.charAt(n - 1) == '.') {
            n--;
        }
        boolean roman = n > 0 && n <= 6;
        boolean arabic = n > 0 && n <= 2;
        for (int i = 0; i < n && (roman || arabic); i++) {
            char c = text.charAt(i);
            roman &= c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C';
            arabic &= c >= '0' && c <= '9';
        }
        return roman || arabic;
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

    /**
     * A block that goes on from the one above: it opens, after any quotation marks, with a word in
     * lower case that is not a label ("a.", "iv)").
     */
    static boolean goesOnFromAbove(String text) {
        String t = stripLeadingQuotes(text);
        if (t.isEmpty() || !Character.isLowerCase(t.charAt(0))) {
            return false;
        }
        int end = 0;
        while (end < t.length() && Character.isLetter(t.charAt(end))) {
            end++;
        }
        boolean label = end <= 4 && end < t.length() && (t.charAt(end) == '.' || t.charAt(end) == ')');
        return !label;
    }

    private static String stripLeadingQuotes(String text) {
        int i = 0;
        while (i < text.length() && "‘“\"'«„ ".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return text.substring(i);
    }

    /**
     * The classes ({@link Lexicon}) of the words of {@code text} from {@code from} on, together.
     * A word here is a run of letters, digits and underscores, as a regular expression's word
     * boundary sees it; "put it" reports speech as well ("as Lenin put it").
     */
    static int wordClasses(String text, int from) {
        int classes = 0;
        int n = text.length();
        int i = from;
        int previousStart = -1;
        int previousEnd = -1;
        while (i < n) {
            int cp = codePointAt(text, i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int hash = Lexicon.START;
            boolean listable = true;
            while (i < n) {
                cp = codePointAt(text, i);
                if (!isWordChar(cp) && (cp < 128 || Character.getType(cp) != Character.NON_SPACING_MARK)) {
                    break;
                }
                if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT && Lexicon.listable((char) cp)) {
                    hash = Lexicon.step(hash, (char) cp);
                } else {
                    listable = false;
                }
                i += Character.charCount(cp);
            }
            if (listable) {
                classes |= Lexicon.classes(text, start, i, hash);
            }
            if (i - start == 2 && previousStart >= 0 && previousEnd == start - 1 && text.charAt(previousEnd) == ' '
                    && previousEnd - previousStart == 3 && text.regionMatches(true, previousStart, "put", 0, 3)
                    && text.regionMatches(true, start, "it", 0, 2)) {
                classes |= Lexicon.REPORTING;
            }
            previousStart = start;
            previousEnd = i;
        }
        return classes;
    }

    private static int codePointAt(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? text.codePointAt(i) : c;
    }

    /** A char of a word as a regular expression's word boundary sees it (Java 17): a letter, a digit or "_". */
    static boolean isWordChar(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9' || cp == '_';
        }
        return Character.isLetterOrDigit(cp);
    }

    /** Where the last sentence of a text starts (after the last sentence end before its final character); 0 if it has one sentence. */
    static int lastSentenceStart(String text) {
        int end = text.length() - 1;
        for (int i = end - 1; i > 0; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                return i + 1;
            }
        }
        return 0;
    }

    static boolean closesWithEllipsis(String text) {
        int end = withoutTrailing(text, endBeforeMarker(text), "’”'\")");
        return endsWith(text, end, "...") || endsWith(text, end, "…") || endsWith(text, end, ". . .");
    }

    /**
     * Where the text ends once a final marker ("[12]", at most 8 chars from the end) and the
     * spaces before it are left out: the text's length when it ends otherwise.
     */
    private static int endBeforeMarker(String text) {
        int end = text.length();
        int open = text.lastIndexOf('[');
        if (open > 0 && end - open <= 8 && text.endsWith("]")) {
            end = open;
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
        }
        return end;
    }

    /** True when {@code text[0, end)} ends with {@code suffix}. */
    private static boolean endsWith(String text, int end, String suffix) {
        return end >= suffix.length() && text.startsWith(suffix, end - suffix.length());
    }

    private static boolean quotedWhole(String text) {
        if (text.length() < 2) {
            return false;
        }
        int start = 0;
        int end = endBeforeMarker(text);
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int length = end - start;
        if (length < 2) {
            return false;
        }
        char first = text.charAt(start);
        char last = text.charAt(end - 1);
        if (last == '.' || last == ',' && length > 2) {
            last = text.charAt(end - 2);
        }
        return (first == '“' || first == '"' || first == '‘') && (last == '”' || last == '"' || last == '’');
    }

    /** True when the text ends with a word that leads into what follows: "that", "as", "thus", "a". */
    private static boolean endsOpenClause(String text) {
        return endsWithWord(text, " that") || endsWithWord(text, " as") || endsWithWord(text, " thus")
                || endsWithWord(text, " a");
    }

    private static boolean endsWithWord(String text, String word) {
        return text.regionMatches(true, text.length() - word.length(), word, 0, word.length());
    }

    private static boolean hasInlineQuotation(String text) {
        int open = text.indexOf('‘', 1);
        if (open < 0) {
            open = text.indexOf('“', 1);
        }
        return open > 0 && text.indexOf(text.charAt(open) == '‘' ? '’' : '”', open) > open;
    }
}
