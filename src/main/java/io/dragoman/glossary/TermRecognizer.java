package io.dragoman.glossary;

import io.dragoman.text.AnalyzedText;
import io.dragoman.text.LanguageTag;
import java.util.List;

/**
 * Finds glossary terms in text, for the recognize endpoint, the lookup, the aligner and QA:
 * {@code recognize("ولقوة حفظ السلام", LanguageTag.ARABIC)}. The server's is
 * {@link GlossaryRecognizer}; a test that needs a glossary without a database implements this.
 */
public interface TermRecognizer {
    /**
     * Terms of {@code lang} in {@code text}, in text order, longest match first where they overlap,
     * each with the concept's terms in {@code target}.
     */
    List<TermHit> recognize(String text, LanguageTag lang, LanguageTag target);

    /** Terms of {@code lang} in {@code text}; targets in English for Arabic text, else Arabic. */
    default List<TermHit> recognize(String text, LanguageTag lang) {
        return recognize(text, lang, lang.isArabic() ? LanguageTag.ENGLISH : LanguageTag.ARABIC);
    }

    /**
     * Terms of an analysed text's language in it, with the concepts' terms in {@code target} (null:
     * the other of Dragoman's two languages). A lookup hands over the analysis it already made.
     */
    default List<TermHit> recognize(AnalyzedText text, LanguageTag target) {
        return target == null ? recognize(text.text(), text.language()) : recognize(text.text(), text.language(), target);
    }

    /**
     * Every term of a concept in {@code lang}'s language, whatever its status, variants included:
     * the forms a translation may hold it in ({@link TermHit#targets} keeps the preferred ones).
     */
    List<String> terms(long conceptId, LanguageTag lang);

    /**
     * Whether a deprecated or forbidden term of {@code lang}'s language is held: when none is, no
     * hit of {@link #recognize} in that language is {@link TermHit#flagged}, and a caller that only
     * wants flagged hits (QA's term-forbidden) need not recognize at all.
     */
    boolean holdsDiscouraged(LanguageTag lang);
}
