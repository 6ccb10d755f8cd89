package io.dragoman.glossary;

import io.dragoman.glossary.IndexedConcept.IndexedTerm;
import io.dragoman.text.ArabicStemmer;
import io.dragoman.text.ArabicStemmer.Candidate;
import io.dragoman.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Arabic term recognition on normalised words (ة already folded to ه), following how clitics
 * attach to a phrase:
 * <ul>
 *   <li>the first word may carry the proclitic chain (و|ف)?(ب|ك|ل)?(ال)?, with ل + ال written
 *       لل (للبنتاجون finds البنتاجون, لقوات finds قوات);</li>
 *   <li>the last word may carry an attached pronoun (ه ها هما هم هن ك كم كن ي نا), with the
 *       teh marbuta written ت before it (قوته finds قوة), unless the word is definite or the term
 *       is a proper noun (غزته is not Gaza);</li>
 *   <li>every other word must be exactly the term's word: the article on the later words of an
 *       iḍāfa follows the term's own form (قوة حفظ السلام, not قوة الحفظ سلام).</li>
 * </ul>
 * Words are compared whole after stripping, so a term is never found inside another word: قوة is
 * not in قوى, سلام is not in إسلام. Plurals and duals match when the term declares them as variants.
 */
final class ArabicTermMatcher extends TermMatcher {
    private static final String ARTICLE = "ال";
    private static final String LAM_ARTICLE = "لل";
    private static final char TEH_MARBUTA = '\u0629';

    @Override
    TermPattern compile(IndexedConcept concept, IndexedTerm term, String form, List<Token> tokens, boolean variant) {
        TermPattern plain = super.compile(concept, term, form, tokens, variant);
        if (plain == null) {
            return null;
        }
        boolean enclitic = !"properNoun".equalsIgnoreCase(term.partOfSpeech())
                && !plain.keys[plain.length() - 1].startsWith(ARTICLE);
        return new TermPattern(concept, term, form, variant, plain.keys, plain.exactSurface, enclitic, false);
    }

    @Override
    List<Match> find(List<Token> tokens) {
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() != Token.Kind.WORD) {
                continue;
            }
            for (Candidate c : ArabicStemmer.candidates(token.norm())) {
                collect(matches, tokens, i, c, c.stem());
                if (c.proclitic().endsWith(LAM_ARTICLE)) {
                    // ل + ال: للبنتاجون is ل + البنتاجون, so the term may keep its article.
                    collect(matches, tokens, i, c, ARTICLE + c.stem());
                }
            }
        }
        return matches;
    }

    private void collect(List<Match> matches, List<Token> tokens, int i, Candidate c, String key) {
        for (TermPattern p : bucket(key)) {
            if (p.length() == 1) {
                if (c.enclitic().isEmpty() || p.encliticAllowed && pronounPossible(c.enclitic(), tokens.get(i))) {
                    matches.add(new Match(p, i, i, c.proclitic(), c.enclitic()));
                }
                continue;
            }
            if (!c.enclitic().isEmpty() || !followsExactly(p, tokens, i, 1, p.length() - 1)) {
                continue;
            }
            String enclitic = lastWordEnclitic(p, tokens.get(i + p.length() - 1));
            if (enclitic != null) {
                matches.add(new Match(p, i, i + p.length() - 1, c.proclitic(), enclitic));
            }
        }
    }

    /** "" when the last word is the term's, the pronoun when it is the term's plus one, else null. */
    private static String lastWordEnclitic(TermPattern p, Token word) {
        String key = p.keys[p.length() - 1];
        if (word.norm().equals(key)) {
            return "";
        }
        if (!p.encliticAllowed || word.kind() != Token.Kind.WORD || !word.norm().startsWith(key.substring(0, key.length() - 1))) {
            return null;
        }
        for (Candidate c : ArabicStemmer.candidates(word.norm())) {
            if (c.proclitic().isEmpty() && !c.enclitic().isEmpty() && c.stem().equals(key)
                    && pronounPossible(c.enclitic(), word)) {
                return c.enclitic();
            }
        }
        return null;
    }

    /**
     * Normalisation folds ة into ه, so سلامة (safety) looks like سلام + ه (his peace); the word
     * as written tells them apart: a final ة is never the pronoun.
     */
    private static boolean pronounPossible(String enclitic, Token word) {
        if (!enclitic.equals("ه")) {
            return true;
        }
        String surface = word.surface();
        for (int i = surface.length() - 1; i >= 0; i--) {
            char c = surface.charAt(i);
            if (Character.isLetter(c)) {
                return c != TEH_MARBUTA;
            }
        }
        return true;
    }
}
