package io.dragoman.align;

import io.dragoman.match.WordAssociations;
import io.dragoman.text.ArabicStemmer;
import io.dragoman.text.LanguageTag;
import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Word pairs learned from translation units ({@link LexiconLearner}) as anchors: a segment with
 * «الانتخابات» and one with "election" share the pair's key, and as word associations: the
 * concordance marks "election" in the translation of a unit found for «الانتخابات». Words match
 * in their learning form: Arabic normalised and light-stemmed, English normalised with a plural
 * folded. Immutable.
 */
public final class LearnedLexicon implements AnchorSource, WordAssociations {
    public static final LearnedLexicon EMPTY = new LearnedLexicon(List.of());
    private static final ArabicStemmer STEMMER = new ArabicStemmer();

    /** One learned pair with its translation probabilities p(english | arabic) and p(arabic | english). */
    public record Entry(String arabic, String english, double forward, double backward) {
    }

    private final List<Entry> entries;
    /** Each word's entries, by position in {@link #entries}, best first. */
    private final Map<String, List<Integer>> byArabic = new HashMap<>();
    private final Map<String, List<Integer>> byEnglish = new HashMap<>();

    LearnedLexicon(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (int k = 0; k < this.entries.size(); k++) {
            Entry entry = this.entries.get(k);
            byArabic.computeIfAbsent(entry.arabic(), w -> new ArrayList<>(1)).add(k);
            byEnglish.computeIfAbsent(entry.english(), w -> new ArrayList<>(1)).add(k);
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** The English words learned for an Arabic word (in its learning form), best first. */
    public List<String> translations(String arabicWord) {
        return byArabic.getOrDefault(arabicWord, List.of()).stream().map(k -> entries.get(k).english()).toList();
    }

    @Override
    public Predicate<String> translating(Collection<String> words, LanguageTag from, LanguageTag to) {
        boolean fromArabic = from.isArabic() && to.isEnglish();
        if (!fromArabic && !(from.isEnglish() && to.isArabic())) {
            return word -> false;
        }
        Map<String, List<Integer>> index = fromArabic ? byArabic : byEnglish;
        Set<String> associated = new HashSet<>();
        for (String word : words) {
            for (String form : forms(word, fromArabic)) {
                for (int k : index.getOrDefault(form, List.of())) {
                    associated.add(fromArabic ? entries.get(k).english() : entries.get(k).arabic());
                }
            }
        }
        if (associated.isEmpty()) {
            return word -> false;
        }
        return word -> forms(word, !fromArabic).stream().anyMatch(associated::contains);
    }

    @Override
    public boolean knows(String word, LanguageTag from, LanguageTag to) {
        boolean fromArabic = from.isArabic() && to.isEnglish();
        if (!fromArabic && !(from.isEnglish() && to.isArabic())) {
            return false;
        }
        Map<String, List<Integer>> index = fromArabic ? byArabic : byEnglish;
        return forms(word, fromArabic).stream().anyMatch(index::containsKey);
    }

    /**
     * A normalised word's learning forms: its own and, for Arabic, those of its clitic splits, since
     * the light stemmer leaves a lone ل or ب on (لوزارة is وزارة after ل).
     */
    private static Set<String> forms(String norm, boolean arabic) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(learningForm(norm, arabic));
        if (arabic) {
            ArabicStemmer.candidates(norm).forEach(c -> forms.add(learningForm(c.stem(), true)));
        }
        return forms;
    }

    @Override
    public List<String> anchors(String text, LanguageTag language) {
        if (entries.isEmpty() || !(language.isArabic() || language.isEnglish())) {
            return List.of();
        }
        boolean arabic = language.isArabic();
        Map<String, List<Integer>> index = arabic ? byArabic : byEnglish;
        List<String> anchors = new ArrayList<>();
        for (String word : new LinkedHashSet<>(arabic ? arabicWords(text) : englishWords(text))) {
            index.getOrDefault(word, List.of()).forEach(k -> anchors.add("m:" + k));
        }
        return anchors;
    }

    /** As much as a word of the shipped list: learned pairs are as general as its entries. */
    @Override
    public double weight() {
        return 0.5;
    }

    /** An Arabic text's words in their learning form: normalised, then light-stemmed. */
    public static List<String> arabicWords(String text) {
        return words(text).stream().map(norm -> learningForm(norm, true)).toList();
    }

    /** A normalised word's learning form. */
    private static String learningForm(String norm, boolean arabic) {
        if (!arabic) {
            return LexiconAnchors.foldEnglish(norm);
        }
        String stem = STEMMER.stem(norm);
        return stem.length() > 1 ? stem : norm;
    }

    /** An English text's words in their learning form: normalised, a plural folded. */
    public static List<String> englishWords(String text) {
        return words(text).stream().map(norm -> learningForm(norm, false)).toList();
    }

    /** Normalised words of two letters or more (numbers are anchors of their own). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (Token token : Tokenizer.tokenize(text)) {
            if (token.kind() == Token.Kind.WORD && token.norm().length() > 1) {
                words.add(token.norm());
            }
        }
        return words;
    }

}
