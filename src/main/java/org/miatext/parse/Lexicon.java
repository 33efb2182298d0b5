package org.miatext.parse;

/**
 * The few English words the quote model listens for (auxiliaries of the present and the past,
 * the first person, verbs of reporting speech, names of documents, the hearer), looked up straight from the
 * text they stand in: every block of a chapter is read word by word, so no word is copied out
 * or lower-cased into a new string.
 */
final class Lexicon {

    /** Present-tense auxiliaries: "is", "will", "don’t". */
    static final int PRESENT = 1;
    /** Past-tense auxiliaries: "was", "had", "didn’t". */
    static final int PAST = 1 << 1;
    /** The first person, in any case: "we", "our", "us", "my", "me" ("I" is told by its case). */
    static final int FIRST_PERSON = 1 << 2;
    /** Verbs that report speech or writing: "wrote", "declared", "as follows". */
    static final int REPORTING = 1 << 3;
    /** Names of documents: "letter", "resolution", "theses". */
    static final int DOCUMENT = 1 << 4;
    /** The hearer addressed: "you", "your". */
    static final int YOU = 1 << 5;
    /** The first person singular, in lower case: "me", "my", "myself" (the case is the caller's to judge). */
    static final int SINGULAR = 1 << 6;

    private static final String[][] WORDS = {
        {"is", "are", "am", "has", "have", "do", "does", "will", "can", "must", "shall", "isn’t", "aren’t", "don’t",
            "doesn’t", "won’t", "can’t", "we’re", "it’s", "isn't", "aren't", "don't", "doesn't", "won't", "can't",
            "we're", "it's"},
        {"was", "were", "had", "did", "wasn’t", "weren’t", "hadn’t", "didn’t", "wasn't", "weren't", "hadn't", "didn't"},
        {"we", "our", "us", "my", "me"},
        {"wrote", "writes", "write", "said", "says", "say", "stated", "states", "declared", "declares", "argued",
            "argues", "explained", "explains", "added", "adds", "continued", "continues", "concluded", "concludes",
            "remarked", "remarks", "commented", "comments", "insisted", "insists", "asserted", "asserts", "told",
            "tells", "proclaimed", "proclaims", "exclaimed", "replied", "replies", "answered", "noted", "notes",
            "observed", "observes", "recalled", "recalls", "warned", "warns", "demanded", "urged", "following",
            "follows", "reads", "ran"},
        {"letter", "letters", "article", "articles", "speech", "speeches", "resolution", "resolutions", "statement",
            "statements", "declaration", "declarations", "report", "reports", "memorandum", "manifesto", "appeal",
            "telegram", "telegrams", "circular", "circulars", "theses", "pamphlet", "pamphlets", "editorial",
            "editorials", "document", "documents", "programme", "program", "platform", "diary", "memoir", "memoirs",
            "autobiography", "book", "preface", "introduction", "thesis"},
        {"you", "your"},
        {"me", "my", "myself"},
    };

    /** The hash of a word before its first char. */
    static final int START = 1;

    private static final int SLOTS = 512;
    private static final String[] KEYS = new String[SLOTS];
    private static final int[] HASHES = new int[SLOTS];
    private static final int[] CLASSES = new int[SLOTS];
    private static final int LONGEST;

    static {
        int longest = 0;
        for (int c = 0; c < WORDS.length; c++) {
            for (String word : WORDS[c]) {
                int h = START;
                for (int i = 0; i < word.length(); i++) {
                    h = step(h, word.charAt(i));
                }
                int slot = slot(h);
                while (KEYS[slot] != null && !KEYS[slot].equals(word)) {
                    slot = (slot + 1) & (SLOTS - 1);
                }
                KEYS[slot] = word;
                HASHES[slot] = h;
                CLASSES[slot] |= 1 << c;
                longest = Math.max(longest, word.length());
            }
        }
        LONGEST = longest;
    }

    private Lexicon() {
    }

    /**
     * The hash of a word read so far, with one more char: the caller reads a word char by char
     * and hashes it on the way, so each char is looked at once. Only words whose chars are all
     * {@linkplain #listable(char) listable} can be listed.
     */
    static int step(int hash, char c) {
        return 31 * hash + lower(c);
    }

    /** True when a char can be part of a listed word: an ASCII char or ’. */
    static boolean listable(char c) {
        return c < 128 || c == '’';
    }

    /**
     * The classes of the word {@code text[from, to)}, whose chars are all listable and whose
     * {@link #step} hash is {@code hash}, compared in lower case; 0 for any other word.
     */
    static int classes(CharSequence text, int from, int to, int hash) {
        if (to - from > LONGEST) {
            return 0;
        }
        for (int slot = slot(hash); KEYS[slot] != null; slot = (slot + 1) & (SLOTS - 1)) {
            if (HASHES[slot] == hash && sameLowerCase(KEYS[slot], text, from, to)) {
                return CLASSES[slot];
            }
        }
        return 0;
    }

    private static int slot(int hash) {
        return (hash ^ (hash >>> 9)) & (SLOTS - 1);
    }

    private static boolean sameLowerCase(String key, CharSequence text, int from, int to) {
        if (key.length() != to - from) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != lower(text.charAt(from + i))) {
                return false;
            }
        }
        return true;
    }

    /** The lower case of an ASCII char (other chars as they are). */
    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
