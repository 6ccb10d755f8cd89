package io.dragoman.qa.check;

import io.dragoman.glossary.TermHit;
import io.dragoman.qa.GlossaryTerms;
import io.dragoman.qa.IssueType;
import io.dragoman.qa.QaContext;
import io.dragoman.qa.QaIssue;
import io.dragoman.qa.QaUnit;
import io.dragoman.qa.Severity;
import io.dragoman.qa.UnitCheck;
import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import java.util.ArrayList;
import org.tartarus.snowball.ext.EnglishStemmer;
import java.util.List;

/**
 * {@code term-missing}: a glossary term recognised in the source (clitics and inflections
 * included; a single common word is not enough, see {@link #isSingleCommonWord}) whose concept has a preferred or admitted term in the target language, while no term
 * of the concept is recognised in the target. The suggestion is the preferred target term. Concepts with several
 * target terms (وزارة الدفاع → Department of Defense / Ministry of Defense) accept any of them, and
 * an English target that has a term's words in another part of speech (same Snowball stems:
 * "to fund" for "funding"; a demonym's country: "Israel's war" for «الحرب الإسرائيلية») is
 * accepted too.
 */
public final class TermMissing implements UnitCheck {
    public static final String ID = "term-missing";

    private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);

    @Override public String id() { return ID; }

    @Override public IssueType type() { return IssueType.TERMINOLOGY; }

    @Override public Severity defaultSeverity() { return Severity.WARNING; }

    /**
     * Off unless asked for: it is only as precise as the glossary fits the memory. With the
     * article's news glossary, all of its findings on the seed memory's domain are right, while
     * on a UI memory "US", "pentagon" (the shape) and "United States dollars" are flagged.
     */
    @Override
    public boolean enabledByDefault() {
        return false;
    }

    /**
     * On for a pair: the translator sees the glossary's term for the segment in hand, the core
     * check of Xbench and Verifika, while the memory-wide noise above is a report to wade through.
     */
    @Override
    public boolean enabledForPairsByDefault() {
        return true;
    }

    @Override
    public String description() {
        return "A glossary term of the source is not translated with one of the concept's target terms.";
    }

    @Override
    public List<QaIssue> check(QaUnit unit, QaContext context) {
        if (unit.target().isBlank()) {
            return List.of();
        }
        GlossaryTerms terms = context.terms();
        List<TermHit> inSource = terms.find(unit.source(), unit.sourceLang(), unit.targetLang());
        if (inSource.isEmpty()) {
            return List.of();
        }
        List<Long> inTarget = terms.find(unit.target(), unit.targetLang(), unit.sourceLang()).stream()
                .map(TermHit::conceptId).toList();
        List<QaIssue> issues = new ArrayList<>();
        List<Long> reported = new ArrayList<>();
        for (TermHit hit : inSource) {
            List<String> expected = hit.targetTexts();
            if (hit.status().isDiscouraged() || expected.isEmpty() || isSingleCommonWord(hit, terms)
                    || reported.contains(hit.conceptId()) || satisfied(hit, inSource, inTarget, unit)) {
                continue;
            }
            reported.add(hit.conceptId());
            issues.add(QaIssue.of(this, unit, List.of(hit.span()), List.of(),
                    "«" + hit.span().in(unit.source()) + "» (" + hit.term() + ") is not translated with a glossary term: "
                            + String.join(" / ", expected) + ".").withSuggestion(expected.get(0)));
        }
        return issues;
    }

    /**
     * Whether the target renders the term: a term of its concept is recognised there (or, in
     * English, its words under another form) — for any concept recognised at the same place, since
     * two concepts sharing a term (a homograph, a termbase imported twice) are alternative readings.
     */
    private static boolean satisfied(TermHit hit, List<TermHit> inSource, List<Long> inTarget, QaUnit unit) {
        for (TermHit same : inSource) {
            if (same.span().equals(hit.span()) && (inTarget.contains(same.conceptId())
                    || !unit.targetIsArabic() && sameStems(same.targetTexts(), unit.target()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A one-word term that names nothing («تمويل» funding, "general", "options") has too many senses
     * to demand its glossary translation everywhere ("General Options" is not about an army
     * general); multi-word terms and names (البنتاجون, Pentagon) are specific enough.
     */
    private static boolean isSingleCommonWord(TermHit hit, GlossaryTerms terms) {
        return !terms.isProperName(hit.conceptId())
                && Tokenizer.tokenize(hit.term()).stream().filter(t -> t.kind() == Token.Kind.WORD).count() == 1;
    }

    /**
     * Whether an English target has every word of one expected term under the same Snowball stem:
     * the term in another part of speech ("to fund" for the glossary's "funding") is still the term.
     */
    private static boolean sameStems(List<String> expected, String target) {
        List<String> words = words(target);
        for (String term : expected) {
            List<String> termWords = words(term);
            if (!termWords.isEmpty() && termWords.stream().allMatch(w -> words.stream().anyMatch(t -> related(t, w)))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(text)) {
            if (t.kind() == Token.Kind.WORD) {
                words.add(t.norm().endsWith("'s") ? t.norm().substring(0, t.norm().length() - 2) : t.norm());
            }
        }
        return words;
    }

    /** Same stem, or a long shared beginning: a demonym and its country ("Israel's" for "Israeli"). */
    private static boolean related(String a, String b) {
        if (stem(a).equals(stem(b))) {
            return true;
        }
        int common = 0;
        while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= 5 && common * 4 >= Math.max(a.length(), b.length()) * 3;
    }

    private static String stem(String word) {
        EnglishStemmer stemmer = STEMMER.get();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
