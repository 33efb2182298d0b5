package org.miatext.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.miatext.ast.BlankLines;
import org.miatext.ast.Block;
import org.miatext.ast.BlockQuote;
import org.miatext.ast.Citation;
import org.miatext.ast.Document;
import org.miatext.ast.EditorialBracket;
import org.miatext.ast.EntryLabel;
import org.miatext.ast.Footer;
import org.miatext.ast.Heading;
import org.miatext.ast.Inline;
import org.miatext.ast.LineBreak;
import org.miatext.ast.Note;
import org.miatext.ast.NotesHeading;
import org.miatext.ast.Paragraph;
import org.miatext.ast.Reference;
import org.miatext.ast.SourceSpan;
import org.miatext.ast.Text;
import org.miatext.diagnostic.Diagnostic;
import org.miatext.diagnostic.Severity;
import org.miatext.internal.ChunkedList;
import org.miatext.parse.antlr.ChapterLexer;

/**
 * Turns the blocks the grammar found into the typed tree. It decides, in this order:
 * <ol>
 *   <li>where the notes areas are: after a notes heading, or at an entry that follows a section
 *       gap or opens a run of entries whose labels the text has cited;</li>
 *   <li>which blocks belong to which entry (an entry runs on over further blocks until the next
 *       entry, a heading, a credit line or the footer);</li>
 *   <li>the front matter: the heading-like blocks at the top (author, work, chapter, subtitles),
 *       with source and credit blocks among them;</li>
 *   <li>for the rest, paragraph, quote or section heading ({@link BlockRoles}).</li>
 * </ol>
 */
public final class TreeBuilder {

    /** The part a raw block plays in the chapter. */
    private enum Part {
        UNDECIDED, AUTHOR, WORK_TITLE, CHAPTER, SUBTITLE, SECTION, PARAGRAPH, QUOTE, INFORMATION,
        NOTES_HEADING, NOTE, REFERENCE, CONTINUATION, FOOTER
    }

    /**
     * How a source or credit block opens ("Source: ...", "First published ...", "Transcribed by
     * ..."): the word, then a word boundary as a regular expression sees it.
     */
    private static final String[] INFORMATION = {
        "Source", "First published", "First Published", "Published", "Written", "Translated", "Translation",
        "Transcribed", "Transcription", "Transcription/Markup", "HTML", "Html", "Markup", "Marked up", "Proofread",
        "Proofreading", "Copyleft", "Public Domain", "Originally", "From ", "Delivered", "Online version",
        "Online Version", "Reproduced", "Scanned", "Edited", "Prepared", "Credit"};

    private static final Pattern CHAPTER_LIKE = Pattern.compile(
            "^(\\d+[.:]?(\\s|$)|([Cc]hapter|CHAPTER|[Pp]art|PART|[Ss]ection|SECTION|[Bb]ook|BOOK)\\b|[IVXLC]+\\.?(\\s|$)).*");

    private final BlockRoles roles;

    /** A builder with the standard block-role model. */
    public TreeBuilder() {
        this(new BlockRoles());
    }

    /** A builder with another block-role model (for training and experiments). */
    public TreeBuilder(BlockRoles roles) {
        this.roles = roles;
    }

    /**
     * Parses a chapter. Never throws on any text: should the builder itself fail (a bug), the
     * text comes back whole as one paragraph with a {@code parse/internal-error} problem.
     */
    public Document build(String source, String sourceName) {
        try {
            return buildTree(source, sourceName);
        } catch (RuntimeException | StackOverflowError e) {
            LineIndex lines = new LineIndex(source);
            int start = !source.isEmpty() && source.charAt(0) == '\uFEFF' ? 1 : 0;
            SourceSpan span = lines.span(start, source.length());
            List<Block> blocks = start == source.length() ? List.of()
                    : List.of(new Paragraph(List.of(new Text(source.substring(start), span)), span));
            return new Document(source, sourceName, blocks, List.of(new Diagnostic("parse/internal-error",
                    Severity.ERROR, "miatext could not structure this text (" + e + "); please report it",
                    sourceName, lines.span(start, start), Optional.empty())));
        }
    }

    private Document buildTree(String source, String sourceName) {
        LineIndex lines = new LineIndex(source);
        List<Diagnostic> problems = new ArrayList<>();
        InputKind.problem(source, sourceName, lines).ifPresent(problems::add);
        ChapterSyntax.Result syntax = ChapterSyntax.read(source);
        for (ChapterSyntax.SyntaxError error : syntax.errors()) {
            int offset = Math.min(error.offset(), source.length());
            problems.add(new Diagnostic("parse/syntax", Severity.WARNING, "unexpected text: " + error.message(),
                    sourceName, lines.span(offset, offset), Optional.empty()));
        }
        List<RawBlock> raws = inOrder(syntax.blocks());
        Part[] parts = decideParts(raws);
        return new Document(source, sourceName, assemble(source, lines, raws, parts, sourceName, problems), problems);
    }

    // ------------------------------------------------------------------ deciding parts

    private Part[] decideParts(List<RawBlock> raws) {
        int n = raws.size();
        Part[] parts = new Part[n];
        java.util.Arrays.fill(parts, Part.UNDECIDED);
        int frontEnd = frontMatter(raws, parts);
        notesAreas(raws, parts, frontEnd);
        bodyRoles(raws, parts);
        return parts;
    }

    /** Not a quotation or a sentence: no opening quotation mark, no final punctuation inside closing quotes. */
    private static boolean looksLikeTitle(String text) {
        String t = text.strip();
        if (t.isEmpty() || "‘“\"'".indexOf(t.charAt(0)) >= 0) {
            return false;
        }
        int end = Math.max(1, BlockRoles.withoutTrailing(t, t.length(), "’”\"')"));
        return ".,;:".indexOf(t.charAt(end - 1)) < 0;
    }

    /** Marks the heading-like blocks at the top; returns the index of the first block after them. */
    private int frontMatter(List<RawBlock> raws, Part[] parts) {
        List<Integer> headings = new ArrayList<>();
        int i = 0;
        for (; i < raws.size(); i++) {
            RawBlock raw = raws.get(i);
            if (raw.shape() == RawBlock.Shape.FOOTER || raw.shape() == RawBlock.Shape.NOTES_HEADING) {
                break;
            }
            String text = plain(raw);
            boolean cites = raw.cites();
            if (isInformation(text)) {
                parts[i] = Part.INFORMATION;
            } else if (continuesNumbering(raws, headings, i)) {
                // "1. ..." then "2. ...": a numbered list, not the page's titles.
                headings.remove(headings.size() - 1);
                i--;
                break;
            } else if (!cites && frontHeadingLike(text, raw.lineCount())) {
                headings.add(i);
            } else {
                break;
            }
        }
        int chapter = -1;
        for (int k = 0; k < headings.size() && chapter < 0; k++) {
            if (CHAPTER_LIKE.matcher(plain(raws.get(headings.get(k)))).matches()) {
                chapter = k;
            }
        }
        for (int k = 0; k < headings.size(); k++) {
            int index = headings.get(k);
            String text = plain(raws.get(index));
            Part part;
            if (chapter >= 0) {
                part = k == chapter ? Part.CHAPTER
                        : k > chapter ? Part.SUBTITLE
                        : k == 0 && (chapter > 1 || looksLikeName(text)) ? Part.AUTHOR
                        : Part.WORK_TITLE;
            } else {
                int shift = !headings.isEmpty() && looksLikeName(plain(raws.get(headings.get(0)))) ? 0 : 1;
                int position = k + shift;
                part = position == 0 ? Part.AUTHOR : position == 1 ? Part.WORK_TITLE
                        : position == 2 ? Part.CHAPTER : Part.SUBTITLE;
            }
            // A date ("(3 May 1913)") dates the piece: it is never its author, work or chapter.
            parts[index] = BlockRoles.isDate(text) ? Part.SUBTITLE : part;
        }
        // A second work-title or author would be a subtitle.
        boolean seenTitle = false;
        for (int index : headings) {
            if (parts[index] == Part.WORK_TITLE) {
                if (seenTitle) {
                    parts[index] = Part.SUBTITLE;
                }
                seenTitle = true;
            }
        }
        return i;
    }

    /** True when block {@code i} is an entry-shaped block numbered one above the title just before it. */
    private static boolean continuesNumbering(List<RawBlock> raws, List<Integer> headings, int i) {
        if (headings.isEmpty() || headings.get(headings.size() - 1) != i - 1) {
            return false;
        }
        RawBlock previous = raws.get(i - 1);
        RawBlock raw = raws.get(i);
        return previous.shape() == RawBlock.Shape.REFERENCE_ENTRY && raw.shape() == RawBlock.Shape.REFERENCE_ENTRY
                && entryLabel(raw.tokenText(0)).equals(successor(entryLabel(previous.tokenText(0))));
    }

    /** A title at the top: up to four short lines (a title broken over lines), not a sentence. */
    private static boolean frontHeadingLike(String text, int lineCount) {
        String t = text.strip();
        if (lineCount > 4 || t.isEmpty() || t.length() > 150 * lineCount || t.indexOf('\t') >= 0) {
            return false;
        }
        if (lineCount > 1) {
            // A title broken over lines reads as one title: a line may end with a comma and the
            // next go on in lower case ("The United Irish League, the Labour Party,
            // / and “the Pleasant Relations”").
            StringBuilder joined = new StringBuilder(t.length());
            for (String line : t.split("\r\n|\r|\n")) {
                if (line.strip().length() > 80) {
                    return false;
                }
                joined.append(joined.length() == 0 ? "" : " ").append(line.strip());
            }
            return frontHeadingLike(joined.toString(), 1);
        }
        char last = t.charAt(t.length() - 1);
        if ((last == ',' || last == ';') || last == '.' && BlockRoles.wordCount(t) > 3
                && !CHAPTER_LIKE.matcher(t).matches()) {
            return false;
        }
        return !BlockRoles.opensLower(t) && !BlockRoles.opensWithEllipsis(t) && BlockRoles.wordCount(t) <= 20;
    }

    private static boolean looksLikeName(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length > 7) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || w.equals("&") || w.equals("and")
                    || w.equals("von") || w.equals("de"))) {
                return false;
            }
        }
        return true;
    }

    /** Finds the notes areas and the blocks of each entry. */
    private void notesAreas(List<RawBlock> raws, Part[] parts, int frontEnd) {
        CitedLabels cited = new CitedLabels(raws.isEmpty() ? 0 : raws.get(raws.size() - 1).end());
        boolean inNotes = false;
        boolean entryOpen = false;
        for (int i = 0; i < raws.size(); i++) {
            RawBlock raw = raws.get(i);
            switch (raw.shape()) {
                case FOOTER -> {
                    parts[i] = Part.FOOTER;
                    entryOpen = false;
                    continue;
                }
                case NOTES_HEADING -> {
                    parts[i] = Part.NOTES_HEADING;
                    inNotes = true;
                    entryOpen = false;
                    continue;
                }
                default -> {
                }
            }
            if (!inNotes && raw.shape() == RawBlock.Shape.TEXT && raw.gapBefore() >= 2 && i >= frontEnd
                    && i + 1 < raws.size() && raws.get(i + 1).isEntry() && looksLikeTitle(plain(raw))
                    && BlockRoles.isHeading(plain(raw), raw.lineCount())
                    && cited.citesEntry(raws.get(i + 1))) {
                // A section gap, then a sub-heading over cited entries: the notes heading above
                // the sub-heading was dropped.
                parts[i] = Part.SECTION;
                inNotes = true;
                entryOpen = false;
                continue;
            }
            if (raw.isEntry() && i >= frontEnd && (inNotes ? plausibleEntry(raws, i, cited) : opensNotesArea(raws, i, cited))) {
                parts[i] = raw.shape() == RawBlock.Shape.NOTE_ENTRY ? Part.NOTE : Part.REFERENCE;
                inNotes = true;
                entryOpen = true;
            } else if (inNotes && parts[i] == Part.UNDECIDED) {
                String text = plain(raw);
                if (isInformation(text)) {
                    parts[i] = Part.INFORMATION;
                    entryOpen = false;
                } else if (looksLikeTitle(text) && BlockRoles.isHeading(text, raw.lineCount()) && !raw.cites()) {
                    // A heading that is not a notes heading ends the entry above it: a
                    // sub-heading of the notes, or the title of an appendix.
                    parts[i] = Part.SECTION;
                    entryOpen = false;
                } else if (entryOpen) {
                    parts[i] = Part.CONTINUATION;
                }
                // Otherwise: text under a heading in the notes area, left to the body roles.
            }
            if (raw.cites()) {
                for (int k = 0; k < raw.tokenCount(); k++) {
                    if (raw.tokenType(k) == ChapterLexer.CITATION) {
                        cited.add(raw.text(), raw.tokenStart(k) - raw.start(), raw.tokenEnd(k) - raw.start());
                    }
                }
            }
        }
    }

    /**
     * An entry-shaped block outside a notes area opens one when it follows a section gap (a
     * dropped notes heading) and is cited or followed by more entries, or when the text before
     * it cited its label and enough entries follow to answer the citations (at least half of the
     * distinct labels of its kind cited so far): a short numbered list inside the body does not.
     */
    private static boolean opensNotesArea(List<RawBlock> raws, int i, CitedLabels cited) {
        RawBlock raw = raws.get(i);
        boolean isCited = cited.citesEntry(raw);
        RawBlock next = i + 1 < raws.size() ? raws.get(i + 1) : null;
        boolean nextIsEntry = next != null && next.isEntry();
        boolean closesPage = next == null || next.shape() == RawBlock.Shape.FOOTER
                || next.shape() == RawBlock.Shape.NOTES_HEADING;
        if (raw.gapBefore() >= 2) {
            return isCited || nextIsEntry || closesPage;
        }
        if (!isCited) {
            return false;
        }
        int ofKind = cited.count(raw.shape() == RawBlock.Shape.NOTE_ENTRY);
        return (nextIsEntry || closesPage) && 2 * sequenceLength(raws, i) >= ofKind;
    }

    /**
     * The distinct labels the text has cited so far, and how many are notes and how many
     * references. Plain numbers are kept as bits: a page of a million markers is not a million
     * strings.
     */
    private static final class CitedLabels {
        /**
         * Numbers below this are kept as bits, larger ones (and other labels) as strings. The
         * bits cost at most a byte per char of the chapter, and a string per marker costs far
         * more: a chapter of a million markers would otherwise build a million strings here.
         */
        private final int bits;
        private final java.util.BitSet numbers = new java.util.BitSet();
        private final Set<String> others = new HashSet<>();
        private int notes;
        private int references;

        CitedLabels(int sourceLength) {
            bits = (int) Math.min(Integer.MAX_VALUE, Math.max(1 << 16, 8L * sourceLength));
        }

        /** Adds the label of the marker {@code text[start, end)} ("[12]" adds "12"). */
        void add(String text, int start, int end) {
            int number = number(text, start, end);
            if (number >= 0) {
                if (!numbers.get(number)) {
                    numbers.set(number);
                    references++;
                }
                return;
            }
            String label = citationLabel(text.substring(start, end));
            if (others.add(label)) {
                if (citationKind(label).isNote()) {
                    notes++;
                } else {
                    references++;
                }
            }
        }

        /**
         * True when the label of this entry-shaped block has been cited, as
         * {@code contains(entryLabel(...))} answers, without making the label's string when it
         * is a plain number (a notes list is read entry by entry).
         */
        boolean citesEntry(RawBlock raw) {
            String text = raw.text();
            int from = raw.tokenStart(0) - raw.start();
            int to = raw.tokenEnd(0) - raw.start();
            long value = 0;
            int digits = 0;
            boolean plain = true;
            for (int i = from; i < to && plain; i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    plain = !(digits > 0 && value == 0);   // "01" is not "1"
                    value = value * 10 + (c - '0');
                    plain &= value < bits;
                    digits++;
                } else {
                    plain = !(Character.isLetterOrDigit(c) || c == '*');
                }
            }
            return plain && digits > 0 ? numbers.get((int) value) : contains(entryLabel(raw.tokenText(0)));
        }

        boolean contains(String label) {
            int number = number(label, 0, label.length());
            return number >= 0 ? numbers.get(number) : others.contains(label);
        }

        /** How many distinct labels of notes, or of references, were cited. */
        int count(boolean note) {
            return note ? notes : references;
        }

        /**
         * The number a label or marker holds ("12", "[12]", "[ 12 ]"), when it is a plain number
         * below {@link #bits} written without a leading zero; -1 otherwise.
         */
        private int number(String text, int start, int end) {
            long value = -1;   // long: below bits, times ten, can pass Integer.MAX_VALUE
            int digits = 0;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    if (digits > 0 && value == 0) {
                        return -1;   // "01" is not "1"
                    }
                    value = (digits == 0 ? 0 : value * 10) + (c - '0');
                    if (value >= bits) {
                        return -1;
                    }
                    digits++;
                } else if (c != '[' && c != ']' && c != '(' && c != ')' && c != ' ') {
                    return -1;
                }
            }
            return digits == 0 ? -1 : (int) value;
        }
    }

    /**
     * How many entries, from this one on, continue its numbering (12, 13, 14 ...), up to the
     * first entry that does not, a notes heading or the footer.
     */
    private static int sequenceLength(List<RawBlock> raws, int i) {
        String expected = entryLabel(raws.get(i).tokenText(0));
        int length = 0;
        for (int k = i; k < raws.size(); k++) {
            RawBlock raw = raws.get(k);
            if (raw.shape() == RawBlock.Shape.NOTES_HEADING || raw.shape() == RawBlock.Shape.FOOTER) {
                break;
            }
            if (raw.isEntry()) {
                if (!entryLabel(raw.tokenText(0)).equals(expected)) {
                    break;
                }
                length++;
                expected = successor(expected);
            }
        }
        return length;
    }

    /** The label after this one: 12 gives 13, 3* gives 4*, A gives B; anything else gives itself. */
    static String successor(String label) {
        int digits = 0;
        while (digits < label.length() && Character.isDigit(label.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits <= 9) {
            return (Integer.parseInt(label.substring(0, digits)) + 1) + label.substring(digits);
        }
        if (label.length() == 1 && Character.isLetter(label.charAt(0)) && label.charAt(0) != 'z' && label.charAt(0) != 'Z') {
            return String.valueOf((char) (label.charAt(0) + 1));
        }
        return label;
    }

    /**
     * Inside a notes area, a block opening with a single letter and a dot ("Y. E. Rudzutak
     * gave ...") starts a lettered note only when that letter is cited or follows the letter
     * of the note before; otherwise it is an initial, and the block continues the entry above.
     */
    private static boolean plausibleEntry(List<RawBlock> raws, int i, CitedLabels cited) {
        String printed = raws.get(i).tokenText(0);
        String label = entryLabel(printed);
        if (label.length() != 1 || !Character.isLetter(label.charAt(0))) {
            return true;
        }
        if (printed.indexOf('.') < 0 && printed.indexOf('[') < 0) {
            // A bare capital ("A While written ...") is a label only when the text cites it.
            return cited.contains(label);
        }
        if (cited.contains(label)) {
            return true;
        }
        for (int k = i - 1; k >= 0; k--) {
            RawBlock raw = raws.get(k);
            if (raw.shape() == RawBlock.Shape.NOTE_ENTRY) {
                return successor(entryLabel(raw.tokenText(0))).equals(label);
            }
            if (raw.shape() == RawBlock.Shape.NOTES_HEADING) {
                break;
            }
        }
        return label.equals("A") || label.equals("a");
    }

    /** A body block as the role model sees it, with the line it starts on (for training). */
    public record BodyBlock(int line, BlockRoles.Candidate candidate) {
    }

    /**
     * The runs of body blocks whose role the model decides (runs are cut by headings, notes
     * areas and other decided blocks). Used to train and measure {@link BlockRoles}.
     */
    public List<List<BodyBlock>> bodyRuns(String source) {
        List<RawBlock> raws = inOrder(ChapterSyntax.read(source).blocks());
        Part[] parts = new Part[raws.size()];
        java.util.Arrays.fill(parts, Part.UNDECIDED);
        notesAreas(raws, parts, frontMatter(raws, parts));
        LineIndex lines = new LineIndex(source);
        List<List<Integer>> runs = bodyRunIndices(raws, parts);
        List<List<BlockRoles.Candidate>> candidates = pageCandidates(raws, parts, runs);
        List<List<BodyBlock>> blocks = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            List<BodyBlock> run = new ArrayList<>();
            for (int k = 0; k < runs.get(r).size(); k++) {
                run.add(new BodyBlock(lines.line(raws.get(runs.get(r).get(k)).start()), candidates.get(r).get(k)));
            }
            blocks.add(run);
        }
        return blocks;
    }

    /**
     * Everything not yet decided is body text: paragraph, quote or section heading. The page's
     * properties (does it cite with markers, do its colons lead to marker-closed blocks) are
     * read once, before any run is decided, as when the model is trained ({@link #bodyRuns}).
     */
    private void bodyRoles(List<RawBlock> raws, Part[] parts) {
        List<List<Integer>> runs = bodyRunIndices(raws, parts);
        List<List<BlockRoles.Candidate>> candidates = pageCandidates(raws, parts, runs);
        for (int r = 0; r < runs.size(); r++) {
            List<Integer> run = runs.get(r);
            List<BlockRoles.Role> decided = roles.infer(candidates.get(r));
            for (int k = 0; k < run.size(); k++) {
                parts[run.get(k)] = switch (decided.get(k)) {
                    case HEADING -> Part.SECTION;
                    case QUOTE -> Part.QUOTE;
                    case PARAGRAPH -> Part.PARAGRAPH;
                };
            }
        }
    }

    /**
     * The candidates of every run, with the page's properties: does it cite with markers, do its
     * colons lead to marker-closed blocks, does it narrate in the past (known only once all its
     * blocks are read).
     */
    private static List<List<BlockRoles.Candidate>> pageCandidates(List<RawBlock> raws, Part[] parts,
                                                                   List<List<Integer>> runs) {
        boolean citingPage = undecidedMarkers(raws, parts) >= 3;
        boolean quotationsClose = quotationsCloseWithMarkers(raws, parts);
        List<List<BlockRoles.Candidate>> page = new ChunkedList<>(runs.size());
        List<BlockRoles.Candidate> all = new ChunkedList<>(raws.size());
        for (List<Integer> run : runs) {
            List<BlockRoles.Candidate> candidates = candidates(raws, parts, run, citingPage, quotationsClose);
            page.add(candidates);
            all.addAll(candidates);
        }
        if (BlockRoles.narratesInThePast(all)) {
            for (List<BlockRoles.Candidate> run : page) {
                run.replaceAll(BlockRoles.Candidate::onNarratingPage);
            }
        }
        return page;
    }

    private static List<List<Integer>> bodyRunIndices(List<RawBlock> raws, Part[] parts) {
        List<List<Integer>> runs = new ChunkedList<>();
        List<Integer> run = new ChunkedList<>();
        for (int i = 0; i < raws.size(); i++) {
            if (parts[i] == Part.UNDECIDED) {
                run.add(i);
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new ChunkedList<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    /**
     * The candidates of a run, with the page's properties: {@code citingPage} when the body text
     * cites with markers at least three times, {@code quotationsClose} when what its colons
     * introduce is mostly closed by a marker within a few blocks.
     */
    private static List<BlockRoles.Candidate> candidates(List<RawBlock> raws, Part[] parts, List<Integer> run,
                                                         boolean citingPage, boolean quotationsClose) {
        List<BlockRoles.Candidate> candidates = new ChunkedList<>(run.size());
        for (int index : run) {
            RawBlock raw = raws.get(index);
            String text = plain(raw);
            boolean afterHeading = index == 0 || parts[index - 1] != Part.UNDECIDED
                    && parts[index - 1] != Part.PARAGRAPH && parts[index - 1] != Part.INFORMATION;
            candidates.add(new BlockRoles.Candidate(text, raw.closesWithMarker(), afterHeading,
                    text.indexOf('\t') >= 0, raw.lineCount(), citingPage, quotationsClose));
        }
        return candidates;
    }

    /** The citation markers of the blocks not yet decided (counted once, not once per run). */
    private static int undecidedMarkers(List<RawBlock> raws, Part[] parts) {
        int markers = 0;
        for (int i = 0; i < raws.size(); i++) {
            if (parts[i] == Part.UNDECIDED) {
                markers += raws.get(i).citations();
            }
        }
        return markers;
    }

    /**
     * True when, on this page, what a colon introduces is closed by a marker: of the body blocks
     * that end with a colon (at least two), at least half are followed, within the next four
     * blocks, by one that closes with a marker. Such a page sets its quotations off and cites
     * each at its end, so a quotation runs on until its marker; other pages end quotations
     * without one.
     */
    private static boolean quotationsCloseWithMarkers(List<RawBlock> raws, Part[] parts) {
        int colons = 0;
        int closed = 0;
        for (int i = 0; i < raws.size(); i++) {
            if (parts[i] != Part.UNDECIDED || !plain(raws.get(i)).strip().endsWith(":")) {
                continue;
            }
            colons++;
            for (int k = i + 1; k < raws.size() && k <= i + 4 && parts[k] == Part.UNDECIDED; k++) {
                if (raws.get(k).closesWithMarker()) {
                    closed++;
                    break;
                }
            }
        }
        return colons >= 2 && 2 * closed >= colons;
    }

    // ------------------------------------------------------------------ building nodes

    private List<Block> assemble(String source, LineIndex lines, List<RawBlock> raws, Part[] parts,
                                 String sourceName, List<Diagnostic> problems) {
        ChunkedList<Block> blocks = new ChunkedList<>();
        MarkerRules markers = MarkerRules.of(raws, parts);
        int position = !source.isEmpty() && source.charAt(0) == '\uFEFF' ? 1 : 0;
        List<Block> entryBlocks = null;
        Part entryPart = null;
        String entryLabel = null;
        boolean previousQuote = false;
        for (int i = 0; i < raws.size(); i++) {
            RawBlock raw = raws.get(i);
            Part part = parts[i];
            boolean continues = part == Part.CONTINUATION && entryBlocks != null;
            if (!continues && entryBlocks != null) {
                blocks.add(entry(entryPart, entryLabel, entryBlocks, lines));
                entryBlocks = null;
            }
            List<Block> target = continues ? entryBlocks : blocks;
            boolean opensList = part == Part.NOTE || part == Part.REFERENCE
                    || part == Part.SECTION && i + 1 < raws.size() && raws.get(i + 1).gapBefore() < 2
                    && (parts[i + 1] == Part.NOTE || parts[i + 1] == Part.REFERENCE);
            if (opensList && raw.gapBefore() >= 2
                    && (i == 0 || parts[i - 1] != Part.NOTES_HEADING)) {
                // A notes list after a section gap: its heading was dropped when the page was
                // copied, and the first blank line of the gap is where it stood.
                int headingLine = lines.line(position) + 1;
                int at = Math.min(lines.lineStart(headingLine), raw.start());
                position = gap(source, lines, position, at, target, sourceName, problems);
                target.add(new NotesHeading("", lines.span(at, at)));
            }
            position = gap(source, lines, position, raw.start(), target, sourceName, problems);
            Block block;
            switch (part) {
                case NOTE, REFERENCE -> {
                    entryBlocks = new ArrayList<>();
                    entryPart = part;
                    entryLabel = entryLabel(raw.tokenText(0));
                    entryBlocks.add(new Paragraph(inlines(source, lines, raw, true, markers), lines.span(raw.start(), raw.end())));
                    position = raw.end();
                    previousQuote = false;
                    continue;
                }
                case CONTINUATION -> block = continuationBlock(source, lines, raw, markers);
                case NOTES_HEADING -> block = new NotesHeading(source.substring(raw.start(), raw.end()),
                        lines.span(raw.start(), raw.end()));
                case FOOTER -> block = footer(source, lines, raw);
                case AUTHOR, WORK_TITLE, CHAPTER, SUBTITLE, SECTION -> block = new Heading(role(part),
                        inlines(source, lines, raw, false, markers), lines.span(raw.start(), raw.end()));
                case QUOTE -> block = new BlockQuote(inlines(source, lines, raw, false, markers), previousQuote,
                        lines.span(raw.start(), raw.end()));
                default -> block = new Paragraph(inlines(source, lines, raw, false, markers), lines.span(raw.start(), raw.end()));
            }
            previousQuote = part == Part.QUOTE && !raw.closesWithMarker();
            (continues ? entryBlocks : blocks).add(block);
            position = raw.end();
        }
        if (entryBlocks != null) {
            blocks.add(entry(entryPart, entryLabel, entryBlocks, lines));
        }
        gap(source, lines, position, source.length(), blocks, sourceName, problems);
        return blocks.freeze();
    }

    private static Block continuationBlock(String source, LineIndex lines, RawBlock raw, MarkerRules markers) {
        List<Inline> content = inlines(source, lines, raw, false, markers);
        SourceSpan span = lines.span(raw.start(), raw.end());
        String text = source.substring(raw.start(), raw.end());
        // Inside a note, a block that opens with an ellipsis or a quotation mark is a quotation.
        if (BlockRoles.opensWithEllipsis(text) || text.startsWith("‘") || text.startsWith("“")) {
            return new BlockQuote(content, false, span);
        }
        return new Paragraph(content, span);
    }

    private static Block entry(Part part, String label, List<Block> entryBlocks, LineIndex lines) {
        SourceSpan first = entryBlocks.get(0).span();
        SourceSpan last = entryBlocks.get(entryBlocks.size() - 1).span();
        SourceSpan span = lines.span(first.offset(), last.end());
        return part == Part.NOTE ? new Note(label, entryBlocks, span) : new Reference(label, entryBlocks, span);
    }

    /** Adds what lies between two blocks: blank lines, or (after a recovered syntax error) stray text. */
    private static int gap(String source, LineIndex lines, int from, int to, List<Block> target,
                           String sourceName, List<Diagnostic> problems) {
        if (to <= from) {
            return from;
        }
        String between = lineEndsText(source, from, to);
        SourceSpan span = lines.span(from, to);
        if (between.isBlank()) {
            target.add(new BlankLines(between, span));
        } else {
            // The grammar accepts every input, so this is a safety net: keep the text, say so.
            target.add(new Paragraph(List.of(new Text(between, span)), span));
            problems.add(new Diagnostic("parse/unstructured", Severity.WARNING,
                    "text the grammar could not place in a block", sourceName, span, Optional.empty()));
        }
        return to;
    }

    private static final String[] LINE_FEEDS = {"", "\n", "\n\n", "\n\n\n", "\n\n\n\n"};

    /**
     * The text of a run of line ends (a gap between blocks, or a line break inside one); the
     * common runs share one string each rather than one per gap.
     */
    private static String lineEndsText(String source, int from, int to) {
        if (to - from < LINE_FEEDS.length) {
            int i = from;
            while (i < to && source.charAt(i) == '\n') {
                i++;
            }
            if (i == to) {
                return LINE_FEEDS[to - from];
            }
        }
        if (to - from == 4 && source.startsWith("\r\n\r\n", from)) {
            return "\r\n\r\n";
        }
        return source.substring(from, to);
    }

    private static Footer footer(String source, LineIndex lines, RawBlock raw) {
        String text = source.substring(raw.start(), raw.end());
        String firstLine = raw.tokenText(0);
        String date = firstLine.substring("Last updated".length()).strip();
        // "Last updated on 5 August 2009", "Last updated: 12.1.2005", "Last updated on: ..."
        if (date.regionMatches(true, 0, "on", 0, 2) && (date.length() == 2 || !Character.isLetter(date.charAt(2)))) {
            date = date.substring(2).strip();
        }
        if (date.startsWith(":")) {
            date = date.substring(1).strip();
        }
        if (date.endsWith(".")) {
            date = date.substring(0, date.length() - 1);
        }
        return new Footer(text, date, lines.span(raw.start(), raw.end()));
    }

    private static Heading.Role role(Part part) {
        return switch (part) {
            case AUTHOR -> Heading.Role.AUTHOR;
            case WORK_TITLE -> Heading.Role.WORK_TITLE;
            case CHAPTER -> Heading.Role.CHAPTER;
            case SUBTITLE -> Heading.Role.SUBTITLE;
            default -> Heading.Role.SECTION;
        };
    }

    /**
     * What counts as a citation marker in this chapter, besides "[12]", "[3*]" and "[A]":
     * <ul>
     *   <li>"(1)" and "12)" are markers only in chapters whose notes are labelled that way
     *       (elsewhere they number items of a list), and only for labels the notes have: in
     *       such chapters "pp.583)" or a list's "(2)" would otherwise read as markers;</li>
     *   <li>a bracketed year ("[1918]") is an editor's date, unless an entry has that label.</li>
     * </ul>
     */
    private record MarkerRules(Set<String> entryLabels, boolean parenthesised, boolean closingParenthesis) {

        private static final Pattern PARENTHESISED = Pattern.compile("\\((\\d{1,4})\\)");
        // "12)" glued to the word or punctuation before it ("antiquated.2)", "Harms,23)"), or
        // standing alone at the end of a line or table cell; "1) Founded ..." numbers a list.
        private static final Pattern CLOSING = Pattern.compile(
                "(?<=[^\\s\\d(\\-\u2010\u2011\u2013/])(\\d{1,3})\\)|(?<=\\s)(\\d{1,3})\\)(?=[ ]*(?:\\r|\\n|$)|\\t)");

        static MarkerRules of(List<RawBlock> raws, Part[] parts) {
            Set<String> labels = new HashSet<>();
            boolean parenthesised = false;
            boolean closing = false;
            for (int i = 0; i < raws.size(); i++) {
                if (parts[i] == Part.NOTE || parts[i] == Part.REFERENCE) {
                    String printed = raws.get(i).tokenText(0).strip();
                    labels.add(entryLabel(printed));
                    parenthesised |= printed.startsWith("(");
                    closing |= printed.endsWith(")") && !printed.startsWith("(");
                }
            }
            // A numbered list that no bracketed marker cites is cited by "(1)" if by anything.
            if (!labels.isEmpty() && !parenthesised && !closing && !citesNumbers(raws)) {
                parenthesised = true;
            }
            return new MarkerRules(labels, parenthesised, closing);
        }

        private static boolean citesNumbers(List<RawBlock> raws) {
            for (RawBlock raw : raws) {
                for (int k = 0; k < raw.tokenCount(); k++) {
                    if (raw.tokenType(k) == ChapterLexer.CITATION && citationKind(citationLabel(raw.tokenText(k))) == Citation.Kind.REFERENCE) {
                        return true;
                    }
                }
            }
            return false;
        }

        boolean isEditorialYear(String marker) {
            return isYear(marker) && !entryLabels.contains(citationLabel(marker));
        }

        /** "[1918]", "[ 2005 ]": a bracketed year from 1000 to 2099, a space inside each bracket allowed. */
        private static boolean isYear(String marker) {
            int start = marker.startsWith("[ ") ? 2 : 1;
            int end = marker.length() - (marker.endsWith(" ]") ? 2 : 1);
            if (!marker.startsWith("[") || !marker.endsWith("]") || end - start != 4) {
                return false;
            }
            for (int i = start; i < end; i++) {
                if (marker.charAt(i) < '0' || marker.charAt(i) > '9') {
                    return false;
                }
            }
            return marker.charAt(start) == '1' || marker.charAt(start) == '2' && marker.charAt(start + 1) == '0';
        }

        Pattern textMarkers() {
            return parenthesised ? PARENTHESISED : closingParenthesis ? CLOSING : null;
        }
    }

    /** Splits a run of text at the parenthesised markers this chapter uses. */
    private static void addText(String source, LineIndex lines, int start, int end, MarkerRules markers,
                                List<Inline> content) {
        Pattern pattern = markers.textMarkers();
        if (pattern != null) {
            java.util.regex.Matcher m = pattern.matcher(source).region(start, end);
            int from = start;
            while (m.find()) {
                String label = m.group(1) != null ? m.group(1) : m.group(2);
                if (!markers.entryLabels().contains(label)) {
                    continue;   // "pp.583)" or "(2)" numbering a list: no entry answers it
                }
                if (m.start() > from) {
                    content.add(new Text(source.substring(from, m.start()), lines.span(from, m.start())));
                }
                String marker = m.group();
                content.add(new Citation(marker, label, Citation.Kind.REFERENCE, lines.span(m.start(), m.end())));
                from = m.end();
            }
            start = from;
        }
        if (end > start) {
            content.add(new Text(source.substring(start, end), lines.span(start, end)));
        }
    }

    /** As {@link #addText}, for the text that ends the block: a block that is one run of text shares its string. */
    private static void addLastText(String source, LineIndex lines, int start, RawBlock raw, MarkerRules markers,
                                    List<Inline> content) {
        if (start == raw.start() && markers.textMarkers() == null) {
            content.add(new Text(raw.text(), lines.span(start, raw.end())));
        } else {
            addText(source, lines, start, raw.end(), markers, content);
        }
    }

    /** The inline content of a block; the first token becomes an {@link EntryLabel} when asked. */
    private static List<Inline> inlines(String source, LineIndex lines, RawBlock raw, boolean withLabel,
                                        MarkerRules markers) {
        ChunkedList<Inline> content = new ChunkedList<>(raw.tokenCount());
        int textStart = -1;
        for (int k = 0; k < raw.tokenCount(); k++) {
            int start = raw.tokenStart(k);
            int end = raw.tokenEnd(k);
            int type = raw.tokenType(k);
            boolean plain = type == ChapterLexer.TEXT || type == ChapterLexer.NOTES_HEADING || type == ChapterLexer.FOOTER
                    || type == ChapterLexer.BLANK_SPACE || type == ChapterLexer.BOM
                    || ((type == ChapterLexer.NOTE_LABEL || type == ChapterLexer.REFERENCE_LABEL) && !(withLabel && k == 0));
            if (plain) {
                if (textStart < 0) {
                    textStart = start;
                }
                continue;
            }
            String text = type == ChapterLexer.NEWLINE ? lineEndsText(source, start, end) : source.substring(start, end);
            if (type == ChapterLexer.CITATION && markers.isEditorialYear(text)) {
                if (textStart >= 0) {
                    addText(source, lines, textStart, start, markers, content);
                    textStart = -1;
                }
                content.add(new EditorialBracket(text, lines.span(start, end)));
                continue;
            }
            if (textStart >= 0) {
                addText(source, lines, textStart, start, markers, content);
                textStart = -1;
            }
            SourceSpan span = lines.span(start, end);
            if (type == ChapterLexer.CITATION) {
                String label = citationLabel(text);
                content.add(new Citation(text, label, citationKind(label), span));
            } else if (type == ChapterLexer.EDITORIAL) {
                content.add(new EditorialBracket(text, span));
            } else if (type == ChapterLexer.NEWLINE) {
                content.add(new LineBreak(text, span));
            } else {
                content.add(new EntryLabel(text, entryLabel(text), span));
            }
        }
        if (textStart >= 0) {
            addLastText(source, lines, textStart, raw, markers, content);
        }
        // Most blocks are one run of text: an immutable list of one, which the node keeps as it
        // is (a short list is copied by the node; a long one, frozen, is kept as it is).
        return content.size() == 1 ? List.of(content.get(0)) : content.freeze();
    }

    /** "[ 12 ]" gives "12", "[3*]" gives "3*". */
    static String citationLabel(String marker) {
        int last = marker.length() - 1;
        if (last >= 2 && (marker.charAt(0) == '[' || marker.charAt(0) == '(')
                && (marker.charAt(last) == ']' || marker.charAt(last) == ')') && plainInside(marker, last)) {
            return marker.substring(1, last);   // "[12]": the common case, one copy
        }
        StringBuilder sb = new StringBuilder(marker.length());
        for (int i = 0; i < marker.length(); i++) {
            char c = marker.charAt(i);
            if (c != '[' && c != ']' && c != '(' && c != ')' && c != ' ') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** True when no bracket, parenthesis or space stands between the marker's first and last char. */
    private static boolean plainInside(String marker, int last) {
        for (int i = 1; i < last; i++) {
            char c = marker.charAt(i);
            if (c == '[' || c == ']' || c == '(' || c == ')' || c == ' ') {
                return false;
            }
        }
        return true;
    }

    static Citation.Kind citationKind(String label) {
        if (label.indexOf('*') >= 0) {
            return Citation.Kind.NOTE;
        }
        for (int i = 0; i < label.length(); i++) {
            if (Character.isLetter(label.charAt(i))) {
                return Citation.Kind.LETTERED_NOTE;
            }
        }
        return Citation.Kind.REFERENCE;
    }

    /** "12. " gives "12", "[12] " gives "12", "3*. " gives "3*", "A. " gives "A". */
    static String entryLabel(String printed) {
        // The label's chars are nearly always one run ("12" in "12. "): a substring, no builder.
        int from = 0;
        while (from < printed.length() && !isLabelChar(printed.charAt(from))) {
            from++;
        }
        int to = from;
        while (to < printed.length() && isLabelChar(printed.charAt(to))) {
            to++;
        }
        int rest = to;
        while (rest < printed.length() && !isLabelChar(printed.charAt(rest))) {
            rest++;
        }
        if (rest == printed.length()) {
            return printed.substring(from, to);
        }
        StringBuilder sb = new StringBuilder(printed.length());
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            if (isLabelChar(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isLabelChar(char c) {
        return Character.isLetterOrDigit(c) || c == '*';
    }

    /** True when the text opens as a source or credit block does ({@link #INFORMATION}). */
    static boolean isInformation(String text) {
        for (String opening : INFORMATION) {
            if (text.startsWith(opening) && wordBoundary(text, opening.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True at a word boundary, as Java 17's regular expressions see one ({@code \b}): a word char
     * (letter, digit, "_", or a combining mark after a letter or digit) on one side only.
     */
    private static boolean wordBoundary(String text, int i) {
        boolean before = i > 0 && BlockRoles.isWordChar(text.codePointBefore(i));
        boolean after = false;
        if (i < text.length()) {
            int c = text.codePointAt(i);
            after = BlockRoles.isWordChar(c) || Character.getType(c) == Character.NON_SPACING_MARK && i > 0
                    && Character.isLetterOrDigit(text.codePointBefore(i));
        }
        return before != after;
    }

    /** The block's source text (kept by the block: no string is built again). */
    private static String plain(RawBlock raw) {
        return raw.text();
    }

    /** Drops blocks that overlap the one before (possible only after error recovery). */
    private static List<RawBlock> inOrder(List<RawBlock> blocks) {
        List<RawBlock> ordered = new ChunkedList<>(blocks.size());
        int end = 0;
        for (RawBlock block : blocks) {
            if (block.start() >= end) {
                ordered.add(block);
                end = block.end();
            }
        }
        return ordered;
    }
}
