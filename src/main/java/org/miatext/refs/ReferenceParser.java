package org.miatext.refs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of a bibliography entry into {@link CitedSource}s.
 *
 * <p>The entry is read as a historian reads it: a citation part up to the first full stop that
 * ends a sentence (what follows is a comment); the citation part split at top-level semicolons
 * into sources; each source split at top-level commas into segments; segments that are fields
 * by their form (pages, volume, edition, part, issue, date, place and year, {@code n.d.},
 * {@code Ibid.}, {@code op. cit.}) recognised by pattern; the remaining text segments given
 * their role by position: a name first is the author, then the title, then {@code in ...} or
 * an unmarked second title is the container, a publisher's name or a place is the imprint.
 */
final class ReferenceParser {

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String YEAR = "(?:1[4-9]\\d\\d|20\\d\\d)";
    private static final String PAGE = "(?:\\d{1,5}|[ivxlc]{1,7}(?![a-z]))";
    private static final String PAGES = PAGE + "(?:\\s*[-\u2013\u2014]\\s*" + PAGE + ")?(?:\\s*(?:,|and|&)\\s*" + PAGE
            + "(?:\\s*[-\u2013\u2014]\\s*" + PAGE + ")?)*";
    private static final String END = "(?=\\s|$)";

    /** Field patterns, tried at the start of what is left of a segment. */
    private static final Pattern LOCATOR = Pattern.compile("(?:pages?|pgs?|pp|p|cols?|S)\\.?\\s*(" + PAGES + ")"
            + "(\\s*(?:ff?\\.?|et\\s+seq\\.?))?(\\s+passim)?" + END);
    private static final Pattern PASSIM = Pattern.compile("passim" + END);
    private static final Pattern VOLUME = Pattern.compile("(?:(?:Vols?|vols?|Volumes?|volumes?|Bd|Band|Tome|tome)\\.?"
            + "|v\\.|t\\.)\\s*(\\d+|[IVXLC]+|[ivxlc]+)(?:\\s*[-\u2013]\\s*(?:\\d+|[IVXLC]+))?\\.?" + END);
    private static final Pattern ISSUE = Pattern.compile("(?:No|no|Nos|nos|Nr|Heft|Hft|[Ii]ssue)\\.?\\s*(\\d+[a-z]?"
            + "(?:\\s*[-\u2013/]\\s*\\d+)?)\\.?" + END);
    private static final Pattern PART = Pattern.compile("(?:Part|part|Pt|pt)\\.?\\s*(\\d+|[IVXL]+|[ivxl]+)\\.?" + END);
    private static final Pattern EDITION = Pattern.compile("((?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth"
            + "|Ninth|Tenth|first|second|third|fourth|fifth|sixth|Revised|revised|New|new|Enlarged|enlarged"
            + "|\\d+(?:st|nd|rd|th))\\s+(?:[Ee]dition|[Ee]d\\.?))" + END);
    private static final Pattern UNDATED = Pattern.compile("\\(?n\\.\\s?d\\.?\\)?" + END);
    private static final Pattern DATE = Pattern.compile("((?:\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+" + YEAR + ")"
            + "|(?:" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+" + YEAR + ")"
            + "|(?:(?:" + MONTH + "|Spring|Summer|Autumn|Winter)\\s+" + YEAR + ")"
            + "|(?:" + YEAR + "(?:\\s*[-\u2013]\\s*\\d{2,4})?[a-z]?))\\.?" + END);
    private static final Pattern MONTH_DAY = Pattern.compile(MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?");
    private static final Pattern PLACE_YEAR = Pattern.compile("((?:St\\.\\s)?\\p{Lu}[\\p{L}\\-\u2019']+(?:\\s\\p{Lu}[\\p{L}\\-\u2019']+){0,2})"
            + ",?\\s+(" + YEAR + "|n\\.\\s?d\\.?)" + END);
    private static final Pattern IBID = Pattern.compile("(?:[Ii]bid(?:em)?\\.*|[Ii]d(?:em)?\\.|[Aa]s above)" + END);
    private static final Pattern OP_CIT = Pattern.compile("(?:[Oo]p\\.?\\s?cit\\.?|[Oo]pus citatum)" + END);
    private static final Pattern LOC_CIT = Pattern.compile("(?:[Ll]oc\\.?\\s?cit\\.?|l\\.\\s?c\\.?)" + END);
    private static final Pattern ONLY_PAGES = Pattern.compile("(" + PAGES + ")(\\s*(?:ff?\\.?|et\\s+seq\\.?))?");
    /** Where a field starts inside a text segment ({@code Collected Works Vol.6}). */
    private static final Pattern FIELD_INSIDE = Pattern.compile("\\s(?=(?:pp?\\.|pages?\\s\\d|Vols?\\.|vols?\\.|Volume\\s|volume\\s"
            + "|No\\.\\s?\\d|Part\\s\\d|[Ii]bid\\.|op\\.\\s?cit))");

    private static final Pattern PREFIX = Pattern.compile("^(See also|see also|See especially|See|see|Cf\\.|cf\\.|Compare"
            + "|compare|Quoted in|quoted in|Cited in|cited in|Quoted by|Cited by|As quoted in|Also|also|For example"
            + "|Reprinted in)\\s+");
    private static final Pattern QUOTED_IN = Pattern.compile(",?\\s+(?:as\\s+)?(?:quoted|cited|reprinted|reproduced)\\s+(?:in|by)\\s+");
    private static final Pattern IMPRINT_PAREN = Pattern.compile("\\s*\\(([^()]*(?:" + YEAR + "|n\\.\\s?d\\.)[^()]*)\\)$");
    private static final Pattern YEAR_RANGE_PAREN = Pattern.compile(".*\\(" + YEAR + "\\s*[-\u2013]\\s*\\d{2,4}\\)$");

    private static final Pattern NAME = Pattern.compile(
            "(?:(?:\\p{Lu}\\.\\s?-?){1,3}\\s?|(?:\\p{Lu}[\\p{Ll}\u2019'\\-]+\\s+){1,2}(?:\\p{Lu}\\.\\s?)?)?"
                    + "(?:(?:von|van|de|der|den|du|la|le|di|da|d\u2019|d')\\s*)*\\p{Lu}[\\p{L}\u2019'\\-]+");

    private static final Set<String> NOT_PERSON = Set.of("papers", "works", "writings", "review", "times", "news",
            "worker", "workers", "journal", "bulletin", "report", "reports", "minutes", "letters", "correspondence",
            "documents", "gazette", "herald", "press", "magazine", "survey", "yearbook", "statistics", "hansard",
            "tribune", "socialism", "revolution", "party", "congress", "pravda", "izvestia", "izvestiia", "guardian",
            "observer", "telegraph", "economist", "post", "mail", "chronicle", "record", "tribunal", "archives",
            "archive", "protokoll", "protokoly", "sochineniia", "sochineniya", "collection", "selected", "collected",
            "capital", "history", "manifesto", "biulleten", "sezd", "konferentsiia", "conference",
            "resolutions", "theses", "programme", "program", "notes", "diary", "digest", "register",
            "monthly", "weekly", "daily", "quarterly", "annual", "international", "socialist", "communist",
            "militant", "labour", "labor", "unarmed", "armed", "outcast", "today", "life", "on");

    /** Words that open a title, never a name. */
    private static final Set<String> ARTICLES = Set.of("The", "A", "An", "Die", "Der", "Das", "Les", "Le", "La",
            "El", "Il", "Lo", "My", "Our", "On", "In", "After", "From", "To", "For", "Of");

    private static final Set<String> ABBREVIATIONS = Set.of("vol", "vols", "ibid", "cit", "loc", "op", "eds", "rez",
            "trans", "lond", "bd", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "st", "dr",
            "mr", "mrs", "ms", "prof", "etc", "col", "cols", "ch", "chap", "nos", "gg", "al", "viz", "cf", "ed",
            "repr", "ser", "pt", "no", "pp", "p", "ff", "gen", "gov", "rev", "univ", "dept", "comp", "tr", "esp");

    private static final Set<String> PLACES = Set.of("london", "moscow", "leningrad", "petrograd", "petersburg",
            "st petersburg", "new york", "paris", "berlin", "chicago", "boston", "oxford", "cambridge", "harmondsworth",
            "glasgow", "edinburgh", "dublin", "manchester", "vienna", "wien", "stuttgart", "leipzig", "hamburg",
            "munich", "munchen", "frankfurt", "prague", "warsaw", "kiev", "kharkov", "rome", "milan", "madrid",
            "barcelona", "lisbon", "brussels", "amsterdam", "geneva", "zurich", "bern", "stockholm", "copenhagen",
            "oslo", "tokyo", "peking", "beijing", "shanghai", "calcutta", "delhi", "new delhi", "bombay", "sydney",
            "melbourne", "toronto", "montreal", "washington", "baltimore", "princeton", "ithaca", "berkeley",
            "stanford", "ann arbor", "philadelphia", "san francisco", "los angeles", "detroit", "budapest", "sofia",
            "belgrade", "athens", "istanbul", "constantinople", "tiflis", "baku", "mexico", "buenos aires",
            "johannesburg", "cape town", "brighton", "nottingham", "leeds", "sheffield", "birmingham", "liverpool",
            "bristol", "cardiff", "belfast", "new haven", "westport", "middlesex", "harvard", "lund", "colombo");

    private static final Pattern PUBLISHER = Pattern.compile("(?i)\\b(?:press|publishers?|publishing|verlag|books|editions"
            + "|\u00e9ditions|editori|bookshop|company|co\\.|ltd|inc|gollancz|penguin|macmillan|unwin|faber|methuen|longmans?"
            + "|routledge|heinemann|progress|pathfinder|pluto|merlin|verso|bookmarks|praeger|norton|vintage|harper|knopf"
            + "|dietz|maspero|seuil|gallimard|wishart|hmso|party of|university|cape|blackwell|sheed)\\b");

    private final String src;
    private final Spans spans;

    ReferenceParser(String src, Spans spans) {
        this.src = src;
        this.spans = spans;
    }

    /** What an entry's text says: its sources and the comment after them. */
    record Parsed(List<CitedSource> sources, Optional<String> comment) {
    }

    /** Reads the entry text lying at {@code [start, end)} of the source. */
    Parsed parse(int start, int end) {
        int[] t = trim(start, end);
        start = t[0];
        end = t[1];
        if (start >= end) {
            return new Parsed(List.of(), Optional.empty());
        }
        int citeEnd = citationEnd(start, end);
        Optional<String> comment = citeEnd < end
                ? Optional.of(src.substring(citeEnd, end).trim()).filter(s -> !s.isEmpty()) : Optional.empty();
        if (isProse(start, citeEnd)) {
            return new Parsed(List.of(), Optional.of(src.substring(start, end)));
        }
        List<CitedSource> sources = new ArrayList<>();
        for (int[] piece : splitTopLevel(start, citeEnd, ';')) {
            parseSource(piece[0], piece[1]).ifPresent(sources::add);
        }
        return new Parsed(sources, comment);
    }

    // ---------------------------------------------------------------- sentence and prose

    /** The end of the citation part: the first full stop that ends a sentence, or the end. */
    private int citationEnd(int start, int end) {
        int depth = 0;
        boolean inQuote = false;
        for (int i = start; i < end; i++) {
            char c = src.charAt(i);
            switch (c) {
                case '(' -> depth++;
                case ')' -> depth = Math.max(0, depth - 1);
                case '\u201C' -> inQuote = true;
                case '\u201D' -> inQuote = false;
                case '\n', '\r' -> {
                    return i;
                }
                default -> {
                }
            }
            if ((c == '.' || c == '?' || c == '!') && depth == 0 && !inQuote && i + 2 < end
                    && Character.isWhitespace(src.charAt(i + 1))) {
                int j = i + 1;
                while (j < end && Character.isWhitespace(src.charAt(j))) {
                    j++;
                }
                if (j < end && startsSentence(src.charAt(j)) && (c != '.' || !abbreviationBefore(start, i))) {
                    return i + 1;
                }
            }
        }
        return end;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || c == '\u201C' || c == '\u2018' || c == '"';
    }

    private boolean abbreviationBefore(int start, int dot) {
        int k = dot;
        while (k > start && !Character.isWhitespace(src.charAt(k - 1)) && src.charAt(k - 1) != '(') {
            k--;
        }
        String token = src.substring(k, dot);
        if (token.isEmpty()) {
            return false;
        }
        if (token.matches("[\\p{L}.]+") && token.contains(".")) {
            return true; // n.d, V.I, i.e
        }
        if (token.matches("\\p{L}{1,2}")) {
            return true; // initials, p, pp
        }
        return ABBREVIATIONS.contains(token.toLowerCase(Locale.ROOT));
    }

    /** A sentence of prose rather than a citation: a long first segment that is not a quoted title. */
    private boolean isProse(int start, int end) {
        List<int[]> segs = splitTopLevel(start, end, ',');
        String first = src.substring(segs.get(0)[0], segs.get(0)[1]).trim();
        if (first.startsWith("\u201C") || first.startsWith("\"")) {
            return false;
        }
        return first.split("\\s+").length > 14;
    }

    // ---------------------------------------------------------------- one source

    private Optional<CitedSource> parseSource(int start, int end) {
        int[] printed = trim(start, end);
        int[] t = trimSource(start, end);
        start = t[0];
        end = t[1];
        if (start >= end) {
            return Optional.empty();
        }
        int sourceStart = start;
        Optional<String> prefix = Optional.empty();
        Matcher pm = PREFIX.matcher(src).region(start, end);
        if (pm.lookingAt()) {
            prefix = Optional.of(pm.group(1));
            start = pm.end();
        }
        Optional<CitedSource> quotedIn = Optional.empty();
        int mainEnd = end;
        Matcher qm = QUOTED_IN.matcher(src).region(start, end);
        while (qm.find()) {
            if (depthAt(start, qm.start()) == 0 && qm.start() > start) {
                quotedIn = parseSource(qm.end(), end);
                mainEnd = qm.start();
                break;
            }
        }
        Builder b = new Builder();
        b.prefix = prefix;
        b.quotedIn = quotedIn;
        List<Item> items = items(start, mainEnd);
        assign(items, b);
        return Optional.of(b.build(src.substring(sourceStart, printed[1]), spans.span(sourceStart, printed[1]), spans));
    }

    private int depthAt(int start, int at) {
        int depth = 0;
        for (int i = start; i < at; i++) {
            char c = src.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
        }
        return depth;
    }

    /** Kinds of segments. */
    enum Kind { TEXT, LOCATOR, VOLUME, ISSUE, PART, EDITION, UNDATED, DATE, PLACE_YEAR, IBID, OP_CIT, LOC_CIT }

    /** A piece of a source: a text segment or a field, with where it lies. */
    record Item(Kind kind, int start, int end, String value, String value2) {
    }

    private List<Item> items(int start, int end) {
        List<Item> items = new ArrayList<>();
        List<int[]> segs = splitTopLevel(start, end, ',');
        for (int s = 0; s < segs.size(); s++) {
            int[] seg = trim(segs.get(s)[0], segs.get(s)[1]);
            if (seg[0] >= seg[1]) {
                continue;
            }
            String text = src.substring(seg[0], seg[1]);
            Item last = items.isEmpty() ? null : items.get(items.size() - 1);
            // "pp.583, 619": pages continuing a locator
            if (last != null && last.kind() == Kind.LOCATOR && ONLY_PAGES.matcher(text).matches()) {
                items.set(items.size() - 1, new Item(Kind.LOCATOR, last.start(), seg[1], null, null));
                continue;
            }
            // "August 15, 1958": a date cut by its comma
            if (last != null && last.kind() == Kind.TEXT && MONTH_DAY.matcher(last.value()).matches()
                    && text.matches(YEAR + "\\.?")) {
                items.set(items.size() - 1, new Item(Kind.DATE, last.start(), seg[1],
                        src.substring(last.start(), seg[1]), null));
                continue;
            }
            List<Item> fields = fields(seg[0], seg[1]);
            if (fields != null) {
                items.addAll(fields);
                continue;
            }
            // a text segment, perhaps with fields after it ("Collected Works Vol.6 p.486")
            Matcher fm = FIELD_INSIDE.matcher(src).region(seg[0], seg[1]);
            boolean split = false;
            while (fm.find()) {
                List<Item> tail = fields(fm.end(), seg[1]);
                if (tail != null) {
                    items.add(new Item(Kind.TEXT, seg[0], fm.start(), src.substring(seg[0], fm.start()), null));
                    items.addAll(tail);
                    split = true;
                    break;
                }
            }
            if (!split) {
                items.add(new Item(Kind.TEXT, seg[0], seg[1], text, null));
            }
        }
        return items;
    }

    /** The segment {@code [start, end)} read wholly as fields, or null when some of it is text. */
    private List<Item> fields(int start, int end) {
        List<Item> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            while (i < end && Character.isWhitespace(src.charAt(i))) {
                i++;
            }
            if (i >= end) {
                break;
            }
            Item item = field(i, end, out.isEmpty());
            if (item == null) {
                return null;
            }
            out.add(item);
            i = item.end();
        }
        return out.isEmpty() ? null : out;
    }

    private Item field(int at, int end, boolean first) {
        Matcher m;
        if ((m = IBID.matcher(src).region(at, end)).lookingAt()) {
            return new Item(Kind.IBID, at, m.end(), m.group(), null);
        }
        if ((m = OP_CIT.matcher(src).region(at, end)).lookingAt()) {
            return new Item(Kind.OP_CIT, at, m.end(), m.group(), null);
        }
        if ((m = LOC_CIT.matcher(src).region(at, end)).lookingAt()) {
            return new Item(Kind.LOC_CIT, at, m.end(), m.group(), null);
        }
        if ((m = LOCATOR.matcher(src).region(at, end)).lookingAt()) {
            return new Item(Kind.LOCATOR, at, m.end(), null, null);
        }
        if ((m = PASSIM.matcher(src).region(at, end)).lookingAt()) {
            return new Item(Kind.LOCATOR, at, m.end(), null, null);
        }
        if ((m = VOLUME.matcher(src).region(at, end)).lookingAt()) {
            return new Item(Kind.VOLUME, at, m.end(), m.group(1), null);
        }
        if ((m = ISSUE.matcher(src).region(at, end)).lookingAt()) {
            return new Item(Kind.ISSUE, at, m.end(), m.group(1), null);
        }
        if ((m = PART.matcher(src).region(at, end)).lookingAt()) {
            return new Item(Kind.PART, at, m.end(), m.group(1), null);
        }
        if ((m = EDITION.matcher(src).region(at, end)).lookingAt()) {
            return new Item(Kind.EDITION, at, m.end(), m.group(1), null);
        }
        if ((m = UNDATED.matcher(src).region(at, end)).lookingAt()) {
            return new Item(Kind.UNDATED, at, m.end(), null, null);
        }
        if ((m = DATE.matcher(src).region(at, end)).lookingAt()) {
            return new Item(Kind.DATE, at, m.end(), m.group(1), null);
        }
        if (first && (m = PLACE_YEAR.matcher(src).region(at, end)).lookingAt() && m.end() == end
                && !m.group(1).matches(MONTH + "|Spring|Summer|Autumn|Winter")) {
            return new Item(Kind.PLACE_YEAR, at, m.end(), m.group(1), m.group(2));
        }
        return null;
    }

    // ---------------------------------------------------------------- roles of text segments

    private void assign(List<Item> items, Builder b) {
        boolean sawText = false;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            switch (it.kind()) {
                case LOCATOR -> b.locators.add(locator(it.start(), it.end()));
                case VOLUME -> b.volume = b.volume.or(() -> Optional.of(it.value()));
                case ISSUE -> b.issue = b.issue.or(() -> Optional.of(it.value()));
                case PART -> b.part = b.part.or(() -> Optional.of(it.value()));
                case EDITION -> b.edition = b.edition.or(() -> Optional.of(it.value()));
                case UNDATED -> b.undated = true;
                case DATE -> b.date = b.date.or(() -> Optional.of(it.value()));
                case PLACE_YEAR -> {
                    b.place = b.place.or(() -> Optional.of(it.value()));
                    if (it.value2().startsWith("n")) {
                        b.undated = true;
                    } else {
                        b.date = b.date.or(() -> Optional.of(it.value2()));
                    }
                }
                case IBID -> {
                    b.shorthand = sawText && b.title.isPresent() ? Shorthand.IBID_CONTAINER : Shorthand.IBID;
                    b.shorthandStart = sawText && b.title.isEmpty() ? b.firstTextStart : it.start();
                    b.shorthandEnd = it.end();
                }
                case OP_CIT, LOC_CIT -> {
                    b.shorthand = it.kind() == Kind.OP_CIT ? Shorthand.OP_CIT : Shorthand.LOC_CIT;
                    b.shorthandStart = sawText ? b.firstTextStart : it.start();
                    b.shorthandEnd = it.end();
                }
                case TEXT -> {
                    if (!sawText) {
                        b.firstTextStart = it.start();
                    }
                    text(items, i, b, !sawText);
                    sawText = true;
                }
            }
        }
        if (b.shorthand == Shorthand.NONE && !b.authors.isEmpty() && b.title.isEmpty() && b.container.isEmpty()) {
            b.shorthand = Shorthand.SHORT_FORM;
            b.shorthandStart = b.firstTextStart;
            b.shorthandEnd = b.authorsEnd;
        }
    }

    private void text(List<Item> items, int i, Builder b, boolean first) {
        Item it = items.get(i);
        String v = it.value().trim();
        Item next = i + 1 < items.size() ? items.get(i + 1) : null;
        boolean moreText = items.subList(i + 1, items.size()).stream().anyMatch(x -> x.kind() == Kind.TEXT);
        // imprint in brackets after a title: "History of the Russian Revolution (London 1934)"
        Matcher paren = IMPRINT_PAREN.matcher(v);
        if (!YEAR_RANGE_PAREN.matcher(v).matches() && paren.find() && paren.start() > 0) {
            imprint(paren.group(1), b);
            v = v.substring(0, paren.start()).trim();
        }
        if (v.matches("(?:in|In)\\s+.+")) {
            String rest = v.substring(3).trim();
            if (isNames(rest) && next != null && next.kind() == Kind.TEXT) {
                return; // "in K. Marx and F. Engels, Collected Works": the container's authors
            }
            b.container = Optional.of(unquote(rest));
            return;
        }
        if (first) {
            int colon = v.indexOf(": ");
            if (colon > 0 && isNames(v.substring(0, colon))) {
                b.authors.addAll(names(v.substring(0, colon)));
                b.authorsEnd = it.start() + colon;
                b.title = Optional.of(unquote(v.substring(colon + 2)));
                return;
            }
            if (!isQuoted(v) && isNames(v) && !(!moreText && next != null
                    && (next.kind() == Kind.ISSUE || next.kind() == Kind.PLACE_YEAR
                    || (next.kind() == Kind.DATE && next.value().matches(".*\\p{L}.*"))))) {
                // a name alone before a full date, an issue or an imprint is a periodical's or book's title

                b.authors.addAll(names(v));
                b.authorsEnd = it.start() + it.value().length();
                return;
            }
            b.title = Optional.of(unquote(v));
            return;
        }
        if (b.title.isEmpty() && b.container.isEmpty()) {
            b.title = Optional.of(unquote(v));
            return;
        }
        if (PUBLISHER.matcher(v).find() && b.publisher.isEmpty()) {
            b.publisher = Optional.of(v);
            return;
        }
        if (PLACES.contains(Work.norm(v)) && b.place.isEmpty()) {
            b.place = Optional.of(v);
            return;
        }
        boolean yearNext = next != null && ((next.kind() == Kind.DATE && !next.value().matches(".*\\p{L}.*"))
                || next.kind() == Kind.PLACE_YEAR);
        if (b.container.isEmpty() && !yearNext) {
            b.container = Optional.of(unquote(v));
            return;
        }
        if (b.publisher.isEmpty()) {
            b.publisher = Optional.of(v);
        }
    }

    private static void imprint(String inside, Builder b) {
        for (String part : inside.split(",")) {
            String p = part.trim();
            Matcher m;
            if (p.isEmpty()) {
                continue;
            }
            if ((m = PLACE_YEAR.matcher(p)).matches()) {
                b.place = Optional.of(m.group(1));
                if (m.group(2).startsWith("n")) {
                    b.undated = true;
                } else {
                    b.date = Optional.of(m.group(2));
                }
            } else if (UNDATED.matcher(p).matches()) {
                b.undated = true;
            } else if ((m = DATE.matcher(p)).matches()) {
                b.date = Optional.of(m.group(1));
            } else if (PLACES.contains(Work.norm(p)) && b.place.isEmpty()) {
                b.place = Optional.of(p);
            } else if (b.publisher.isEmpty()) {
                b.publisher = Optional.of(p);
            }
        }
    }

    /** True when the text is a list of personal names: {@code "K. Marx and F. Engels"}, {@code "Stalin"}. */
    static boolean isNames(String v) {
        String s = v.replaceAll("\\s*\\((?:eds?|trans|comp)\\.?\\)$|,?\\s+eds?\\.$", "").trim();
        if (s.isEmpty() || s.split("\\s+").length > 8) {
            return false;
        }
        for (String name : s.split("\\s+(?:and|&)\\s+")) {
            if (!NAME.matcher(name.trim()).matches() || name.trim().split("\\s+").length > 4) {
                return false;
            }
            String[] words = name.trim().split("[\\s.]+");
            if (ARTICLES.contains(name.trim().split("\\s+")[0])) {
                return false;
            }
            for (String w : words) {
                if (NOT_PERSON.contains(w.toLowerCase(Locale.ROOT)) || w.matches("\\p{Lu}{2,}")) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<String> names(String v) {
        List<String> out = new ArrayList<>();
        for (String name : v.trim().split("\\s+(?:and|&)\\s+")) {
            out.add(name.trim());
        }
        return out;
    }

    private static boolean isQuoted(String v) {
        return v.startsWith("\u201C") || v.startsWith("\"");
    }

    private static String unquote(String v) {
        String s = v.trim();
        if (isQuoted(s)) {
            s = s.substring(1).replaceAll("[,.]?[\u201D\"]$", "").trim();
        }
        return s;
    }

    private Locator locator(int start, int end) {
        String printed = src.substring(start, end).trim();
        boolean following = printed.matches(".*\\d\\s*(?:ff?\\.?|et\\s+seq\\.?)(?:\\s+passim)?$");
        boolean passim = printed.endsWith("passim");
        String body = printed.replaceFirst("^(?:pages?|pgs?|pp|p|cols?|S)\\.?\\s*", "")
                .replaceFirst("\\s*(?:ff?\\.?|et\\s+seq\\.?)?(?:\\s*passim)?$", "");
        List<PageRange> pages = new ArrayList<>();
        for (String piece : body.split("\\s*(?:,|\\band\\b|&)\\s*")) {
            PageRange r = PageRange.parse(piece);
            if (r != null) {
                pages.add(r);
            }
        }
        return new Locator(printed, pages, following, passim);
    }

    // ---------------------------------------------------------------- splitting and trimming

    /** Splits {@code [start, end)} at a separator outside brackets and double quotes. */
    private List<int[]> splitTopLevel(int start, int end, char sep) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        boolean inQuote = false;
        int from = start;
        for (int i = start; i < end; i++) {
            char c = src.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == '\u201C') {
                inQuote = true;
            } else if (c == '\u201D') {
                inQuote = false;
            } else if (c == sep && depth == 0 && !inQuote) {
                out.add(new int[] {from, i});
                from = i + 1;
            }
        }
        out.add(new int[] {from, end});
        return out;
    }

    private int[] trim(int start, int end) {
        while (start < end && Character.isWhitespace(src.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(src.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }

    /** Trims spaces and the full stop that closes a source (but not that of {@code n.d.} or {@code ff.}). */
    private int[] trimSource(int start, int end) {
        int[] t = trim(start, end);
        start = t[0];
        end = t[1];
        while (end > start && (src.charAt(end - 1) == '.' || Character.isWhitespace(src.charAt(end - 1)))) {
            String before = src.substring(start, end);
            if (before.matches("(?s).*(?:\\bn\\.\\s?d|\\bff?|\\bseq|\\bed|\\bcit|\\bc|\\bibid|\\bIbid|\\bop)\\.$")
                    && !before.endsWith("..")) {
                break;
            }
            end--;
        }
        return new int[] {start, end};
    }

    /** Collects the fields of one source. */
    private static final class Builder {
        Optional<String> prefix = Optional.empty();
        final List<String> authors = new ArrayList<>();
        Optional<String> title = Optional.empty();
        Optional<String> container = Optional.empty();
        Optional<String> edition = Optional.empty();
        Optional<String> volume = Optional.empty();
        Optional<String> issue = Optional.empty();
        Optional<String> part = Optional.empty();
        Optional<String> place = Optional.empty();
        Optional<String> publisher = Optional.empty();
        Optional<String> date = Optional.empty();
        boolean undated;
        Optional<CitedSource> quotedIn = Optional.empty();
        final List<Locator> locators = new ArrayList<>();
        Shorthand shorthand = Shorthand.NONE;
        int shorthandStart = -1;
        int shorthandEnd = -1;
        int firstTextStart = -1;
        int authorsEnd = -1;

        CitedSource build(String text, org.miatext.ast.SourceSpan span, Spans spans) {
            Optional<org.miatext.ast.SourceSpan> sh = shorthand != Shorthand.NONE && shorthandStart >= 0
                    && shorthandEnd >= shorthandStart
                    ? Optional.of(spans.span(shorthandStart, shorthandEnd)) : Optional.empty();
            return new CitedSource(text, span, prefix, authors, title, container, edition, volume, issue, part,
                    place, publisher, date, undated, quotedIn, locators, shorthand, sh);
        }
    }
}
