package io.dragoman.match;

import io.dragoman.text.ArabicStemmer;
import io.dragoman.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * One word of a concordance phrase and the normalised words of the memory it stands for.
 *
 * <p>An Arabic word is read as the glossary recognizer reads a term's words: a word of the memory
 * matches when one of its clitic splits ({@link ArabicStemmer#candidates}) is the searched word,
 * with or without its article. So «وزارة» finds لوزارة and وزارتها, «السلام» finds سلام and
 * للسلام, and a word is never found inside another (سلام is not in إسلام). A trailing {@code *}
 * makes the word a prefix: «السلا*» finds السلام and سلاح. Other scripts compare normalised words
 * (case and diacritics folded), with the same prefix rule.
 */
record WordPattern(List<String> keys, boolean prefix, boolean arabic) {
    private static final String ARTICLE = "ال";
    private static final String LAM_ARTICLE = "لل";
    /** A prefix shorter than this would match most of the dictionary. */
    static final int MIN_PREFIX = 2;

    /** The phrase's scored tokens as patterns; a token directly followed by '*' is a prefix. */
    static List<WordPattern> of(String phrase, List<Token> scored) {
        List<WordPattern> patterns = new ArrayList<>(scored.size());
        for (Token token : scored) {
            boolean prefix = token.end() < phrase.length() && phrase.charAt(token.end()) == '*'
                    && token.norm().length() >= MIN_PREFIX;
            patterns.add(of(token.norm(), prefix));
        }
        return patterns;
    }

    static WordPattern of(String norm, boolean prefix) {
        boolean arabic = !norm.isEmpty() && Character.UnicodeScript.of(norm.codePointAt(0)) == Character.UnicodeScript.ARABIC;
        List<String> keys = new ArrayList<>(List.of(norm));
        if (arabic && norm.startsWith(ARTICLE) && norm.length() - ARTICLE.length() >= MIN_PREFIX) {
            keys.add(norm.substring(ARTICLE.length()));
        }
        return new WordPattern(List.copyOf(keys), prefix, arabic);
    }

    /** Whether a normalised word of the memory is this word. */
    boolean matches(String norm) {
        for (String key : keys) {
            if (fits(norm, key)) {
                return true;
            }
        }
        if (!arabic || !mayHold(norm)) {
            return false;
        }
        for (ArabicStemmer.Candidate c : ArabicStemmer.candidates(norm)) {
            for (String key : keys) {
                if (fits(c.stem(), key) || c.proclitic().endsWith(LAM_ARTICLE) && fits(ARTICLE + c.stem(), key)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean fits(String word, String key) {
        return prefix ? word.startsWith(key) : word.equals(key);
    }

    /**
     * A cheap test before splitting clitics: a stem is a substring of its word, but for a teh
     * marbuta (normalised ه) written ت before a pronoun, and for ل + ال written لل.
     */
    private boolean mayHold(String norm) {
        for (String key : keys) {
            String core = key.startsWith(ARTICLE) ? key.substring(ARTICLE.length()) : key;
            if (!prefix && core.endsWith("ه")) {
                core = core.substring(0, core.length() - 1);
            }
            if (norm.contains(core)) {
                return true;
            }
        }
        return false;
    }
}
