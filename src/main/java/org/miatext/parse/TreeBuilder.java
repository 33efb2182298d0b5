package org.miatext.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;
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

    private static final Pattern INFORMATION = Pattern.compile(
            "^(Source|First [Pp]ublished|Published|Written|Translated|Translation|Transcribed|Transcription"
            + "|Transcription/Markup|HTML|Html|Markup|Marked up|Proofread|Proofreading|Copyleft|Public Domain"
            + "|Originally|From |Delivered|Online [Vv]ersion|Reproduced|Scanned|Edited|Prepared|Credit)\\b.*",
            Pattern.DOTALL);

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

    /** Parses a chapter. Never throws on any text. */
    public Document build(String source, String sourceName) {
        LineIndex lines = new LineIndex(source);
        List<Diagnostic> problems = new ArrayList<>();
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
            if (INFORMATION.matcher(text).matches()) {
                parts[i] = Part.INFORMATION;
            } else if (frontHeadingLike(text, raw.lineCount())) {
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
            parts[index] = part;
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

    private static boolean frontHeadingLike(String text, int lineCount) {
        String t = text.strip();
        if (lineCount != 1 || t.isEmpty() || t.length() > 150 || t.indexOf('\t') >= 0) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if ((last == '.' || last == ',' || last == ';') && !t.endsWith(")") && t.length() > 40) {
            return false;
        }
        return !BlockRoles.opensLower(t) && !BlockRoles.opensWithEllipsis(t) && t.split("\\s+").length <= 20;
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
        Set<String> cited = new HashSet<>();
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
            if (raw.isEntry() && i >= frontEnd && (inNotes || opensNotesArea(raws, i, cited))) {
                parts[i] = raw.shape() == RawBlock.Shape.NOTE_ENTRY ? Part.NOTE : Part.REFERENCE;
                inNotes = true;
                entryOpen = true;
            } else if (inNotes && parts[i] == Part.UNDECIDED) {
                String text = plain(raw);
                if (INFORMATION.matcher(text).matches()) {
                    parts[i] = Part.INFORMATION;
                    entryOpen = false;
                } else if (BlockRoles.isHeading(text, raw.lineCount()) && raw.tokens().stream()
                        .noneMatch(t -> t.getType() == ChapterLexer.CITATION)) {
                    // A heading that is not a notes heading ends the notes area (an appendix, say).
                    parts[i] = Part.SECTION;
                    inNotes = false;
                    entryOpen = false;
                } else if (entryOpen) {
                    parts[i] = Part.CONTINUATION;
                } else {
                    parts[i] = Part.PARAGRAPH;
                }
            }
            for (Token t : raw.tokens()) {
                if (t.getType() == ChapterLexer.CITATION) {
                    cited.add(citationLabel(t.getText()));
                }
            }
        }
    }

    /**
     * An entry-shaped block outside a notes area opens one when the text before it cited its
     * label, or when it follows a section gap (a dropped notes heading) and the next block is an
     * entry too; a list that closes the page without a heading opens one when cited.
     */
    private static boolean opensNotesArea(List<RawBlock> raws, int i, Set<String> cited) {
        RawBlock raw = raws.get(i);
        String label = entryLabel(raw.first().getText());
        boolean isCited = cited.contains(label);
        RawBlock next = i + 1 < raws.size() ? raws.get(i + 1) : null;
        boolean nextIsEntry = next != null && next.isEntry();
        boolean closesPage = next == null || next.shape() == RawBlock.Shape.FOOTER
                || next.shape() == RawBlock.Shape.NOTES_HEADING;
        if (raw.gapBefore() >= 2) {
            return isCited || nextIsEntry || closesPage;
        }
        return isCited && (nextIsEntry || closesPage);
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
        List<List<BodyBlock>> runs = new ArrayList<>();
        for (List<Integer> run : bodyRunIndices(raws, parts)) {
            List<BlockRoles.Candidate> candidates = candidates(raws, parts, run);
            List<BodyBlock> blocks = new ArrayList<>();
            for (int k = 0; k < run.size(); k++) {
                blocks.add(new BodyBlock(lines.line(raws.get(run.get(k)).start()), candidates.get(k)));
            }
            runs.add(blocks);
        }
        return runs;
    }

    /** Everything not yet decided is body text: paragraph, quote or section heading. */
    private void bodyRoles(List<RawBlock> raws, Part[] parts) {
        for (List<Integer> run : bodyRunIndices(raws, parts)) {
            List<BlockRoles.Role> decided = roles.infer(candidates(raws, parts, run));
            for (int k = 0; k < run.size(); k++) {
                parts[run.get(k)] = switch (decided.get(k)) {
                    case HEADING -> Part.SECTION;
                    case QUOTE -> Part.QUOTE;
                    case PARAGRAPH -> Part.PARAGRAPH;
                };
            }
        }
    }

    private static List<List<Integer>> bodyRunIndices(List<RawBlock> raws, Part[] parts) {
        List<List<Integer>> runs = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            if (parts[i] == Part.UNDECIDED) {
                run.add(i);
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private static List<BlockRoles.Candidate> candidates(List<RawBlock> raws, Part[] parts, List<Integer> run) {
        List<BlockRoles.Candidate> candidates = new ArrayList<>(run.size());
        boolean citingPage = citesWithMarkers(raws, parts);
        boolean quotationsClose = quotationsCloseWithMarkers(raws, parts);
        for (int index : run) {
            RawBlock raw = raws.get(index);
            String text = plain(raw);
            boolean afterHeading = index == 0 || parts[index - 1] != Part.UNDECIDED
                    && parts[index - 1] != Part.PARAGRAPH && parts[index - 1] != Part.INFORMATION;
            candidates.add(new BlockRoles.Candidate(text, closesWithMarker(raw), afterHeading,
                    text.indexOf('\t') >= 0, raw.lineCount(), citingPage, quotationsClose));
        }
        return candidates;
    }

    /** True when the chapter's text (outside notes) cites with markers at least three times. */
    private static boolean citesWithMarkers(List<RawBlock> raws, Part[] parts) {
        int markers = 0;
        for (int i = 0; i < raws.size() && markers < 3; i++) {
            if (parts[i] == Part.UNDECIDED) {
                for (Token t : raws.get(i).tokens()) {
                    if (t.getType() == ChapterLexer.CITATION) {
                        markers++;
                    }
                }
            }
        }
        return markers >= 3;
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
                if (closesWithMarker(raws.get(k))) {
                    closed++;
                    break;
                }
            }
        }
        return colons >= 2 && 2 * closed >= colons;
    }

    /** True when the block's last token, closing punctuation aside, is a citation marker. */
    static boolean closesWithMarker(RawBlock raw) {
        List<Token> tokens = raw.tokens();
        for (int k = tokens.size() - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.getType() == ChapterLexer.CITATION) {
                return true;
            }
            if (t.getType() == ChapterLexer.TEXT && t.getText().strip().chars().allMatch(c -> ".,;:)’”'\"".indexOf(c) >= 0)) {
                continue;
            }
            return false;
        }
        return false;
    }

    // ------------------------------------------------------------------ building nodes

    private List<Block> assemble(String source, LineIndex lines, List<RawBlock> raws, Part[] parts,
                                 String sourceName, List<Diagnostic> problems) {
        List<Block> blocks = new ArrayList<>();
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
            position = gap(source, lines, position, raw.start(), target, sourceName, problems);
            Block block;
            switch (part) {
                case NOTE, REFERENCE -> {
                    entryBlocks = new ArrayList<>();
                    entryPart = part;
                    entryLabel = entryLabel(raw.first().getText());
                    entryBlocks.add(new Paragraph(inlines(source, lines, raw, true), lines.span(raw.start(), raw.end())));
                    position = raw.end();
                    previousQuote = false;
                    continue;
                }
                case CONTINUATION -> block = continuationBlock(source, lines, raw);
                case NOTES_HEADING -> block = new NotesHeading(source.substring(raw.start(), raw.end()),
                        lines.span(raw.start(), raw.end()));
                case FOOTER -> block = footer(source, lines, raw);
                case AUTHOR, WORK_TITLE, CHAPTER, SUBTITLE, SECTION -> block = new Heading(role(part),
                        inlines(source, lines, raw, false), lines.span(raw.start(), raw.end()));
                case QUOTE -> block = new BlockQuote(inlines(source, lines, raw, false), previousQuote,
                        lines.span(raw.start(), raw.end()));
                default -> block = new Paragraph(inlines(source, lines, raw, false), lines.span(raw.start(), raw.end()));
            }
            previousQuote = part == Part.QUOTE && !closesWithMarker(raw);
            (continues ? entryBlocks : blocks).add(block);
            position = raw.end();
        }
        if (entryBlocks != null) {
            blocks.add(entry(entryPart, entryLabel, entryBlocks, lines));
        }
        gap(source, lines, position, source.length(), blocks, sourceName, problems);
        return blocks;
    }

    private static Block continuationBlock(String source, LineIndex lines, RawBlock raw) {
        List<Inline> content = inlines(source, lines, raw, false);
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
        String between = source.substring(from, to);
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

    private static Footer footer(String source, LineIndex lines, RawBlock raw) {
        String text = source.substring(raw.start(), raw.end());
        String firstLine = raw.first().getText();
        String date = firstLine.substring("Last updated".length()).strip();
        if (date.startsWith(":")) {
            date = date.substring(1).strip();
        }
        if (date.regionMatches(true, 0, "on ", 0, 3)) {
            date = date.substring(3).strip();
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

    /** The inline content of a block; the first token becomes an {@link EntryLabel} when asked. */
    private static List<Inline> inlines(String source, LineIndex lines, RawBlock raw, boolean withLabel) {
        List<Inline> content = new ArrayList<>();
        int textStart = -1;
        List<Token> tokens = raw.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            int start = t.getStartIndex();
            int end = t.getStopIndex() + 1;
            int type = t.getType();
            boolean plain = type == ChapterLexer.TEXT || type == ChapterLexer.NOTES_HEADING || type == ChapterLexer.FOOTER
                    || type == ChapterLexer.BLANK_SPACE || type == ChapterLexer.BOM
                    || ((type == ChapterLexer.NOTE_LABEL || type == ChapterLexer.REFERENCE_LABEL) && !(withLabel && k == 0));
            if (plain) {
                if (textStart < 0) {
                    textStart = start;
                }
                continue;
            }
            if (textStart >= 0) {
                content.add(new Text(source.substring(textStart, start), lines.span(textStart, start)));
                textStart = -1;
            }
            String text = source.substring(start, end);
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
            content.add(new Text(source.substring(textStart, raw.end()), lines.span(textStart, raw.end())));
        }
        return content;
    }

    /** "[ 12 ]" gives "12", "[3*]" gives "3*". */
    static String citationLabel(String marker) {
        StringBuilder sb = new StringBuilder(marker.length());
        for (int i = 0; i < marker.length(); i++) {
            char c = marker.charAt(i);
            if (c != '[' && c != ']' && c != '(' && c != ')' && c != ' ') {
                sb.append(c);
            }
        }
        return sb.toString();
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
        StringBuilder sb = new StringBuilder(printed.length());
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '*') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The block's source text. */
    private static String plain(RawBlock raw) {
        StringBuilder sb = new StringBuilder();
        for (Token t : raw.tokens()) {
            sb.append(t.getText());
        }
        return sb.toString();
    }

    /** Drops blocks that overlap the one before (possible only after error recovery). */
    private static List<RawBlock> inOrder(List<RawBlock> blocks) {
        List<RawBlock> ordered = new ArrayList<>(blocks.size());
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
