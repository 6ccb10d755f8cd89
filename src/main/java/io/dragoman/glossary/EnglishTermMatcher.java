package io.dragoman.glossary;

import io.dragoman.glossary.IndexedConcept.IndexedTerm;
import io.dragoman.text.Token;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * English term recognition: case-insensitive on the normalised text, each word compared by its
 * stem, so that inflected forms match (peacekeeping forces, air defenses, allies, Biden's).
 * Nouns, names and adjectives use Lucene's minimal plural stemmer ({@link EnglishMinimalStemmer},
 * after dropping the possessive 's as Lucene's {@code EnglishPossessiveFilter} does); verbs use
 * the Porter stemmer that Lucene's {@code EnglishAnalyzer} applies. Porter is not used for nouns
 * because it also conflates derivations a termbase keeps apart (security/secure,
 * administration/administer, general/generally). Spelling variants (defence/defense) are
 * declared variants. Acronyms written in capitals (US, JCS) match only in capitals: "US" is not
 * the pronoun "us".
 */
final class EnglishTermMatcher extends TermMatcher {
    /** Porter keys live in the same buckets as plural keys, told apart by this mark. */
    private static final String PORTER = "\u0001";
    private static final ThreadLocal<PorterStemmer> PORTER_STEMMER = ThreadLocal.withInitial(PorterStemmer::new);
    private static final EnglishMinimalStemmer MINIMAL = new EnglishMinimalStemmer();

    @Override
    TermPattern compile(IndexedConcept concept, IndexedTerm term, String form, List<Token> tokens, boolean variant) {
        TermPattern plain = super.compile(concept, term, form, tokens, variant);
        if (plain == null) {
            return null;
        }
        boolean porter = "verb".equalsIgnoreCase(term.partOfSpeech());
        String[] keys = new String[tokens.size()];
        String[] exact = new String[tokens.size()];
        for (int k = 0; k < keys.length; k++) {
            Token token = tokens.get(k);
            keys[k] = porter ? porterKey(token) : pluralKey(token);
            exact[k] = isAcronym(token.surface()) ? token.surface() : null;
        }
        return new TermPattern(concept, term, form, variant, keys, exact, false, porter);
    }

    @Override
    List<Match> find(List<Token> tokens) {
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            collect(matches, tokens, i, pluralKey(token));
            if (token.kind() == Token.Kind.WORD) {
                collect(matches, tokens, i, porterKey(token));
            }
        }
        return matches;
    }

    private void collect(List<Match> matches, List<Token> tokens, int i, String key) {
        for (TermPattern p : bucket(key)) {
            if (surfaceFits(p, 0, tokens.get(i)) && followsExactly(p, tokens, i, 1, p.length())) {
                matches.add(new Match(p, i, i + p.length() - 1, "", ""));
            }
        }
    }

    @Override
    String key(TermPattern p, Token token) {
        return p.porter ? porterKey(token) : pluralKey(token);
    }

    static String pluralKey(Token token) {
        if (token.kind() != Token.Kind.WORD) {
            return token.norm();
        }
        String word = withoutPossessive(token.norm());
        char[] chars = word.toCharArray();
        return new String(chars, 0, MINIMAL.stem(chars, chars.length));
    }

    static String porterKey(Token token) {
        if (token.kind() != Token.Kind.WORD) {
            return PORTER + token.norm();
        }
        PorterStemmer stemmer = PORTER_STEMMER.get();
        stemmer.setCurrent(withoutPossessive(token.norm()));
        stemmer.stem();
        return PORTER + stemmer.getCurrent();
    }

    private static String withoutPossessive(String word) {
        if (word.endsWith("'s")) {
            return word.substring(0, word.length() - 2);
        }
        return word.endsWith("'") && word.length() > 1 ? word.substring(0, word.length() - 1) : word;
    }

    private static boolean isAcronym(String surface) {
        return surface.length() >= 2 && surface.codePoints().allMatch(Character::isUpperCase);
    }
}
