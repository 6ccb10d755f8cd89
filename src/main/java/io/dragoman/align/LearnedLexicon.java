package io.dragoman.align;

import io.dragoman.text.ArabicStemmer;
import io.dragoman.text.LanguageTag;
import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Word pairs learned from translation units ({@link LexiconLearner}) as anchors: a segment with
 * «الانتخابات» and one with "election" share the pair's key. Words match in their learning form:
 * Arabic normalised and light-stemmed, English normalised with a plural folded. Immutable.
 */
public final class LearnedLexicon implements AnchorSource {
    public static final LearnedLexicon EMPTY = new LearnedLexicon(List.of());
    private static final ArabicStemmer STEMMER = new ArabicStemmer();

    /** One learned pair with its translation probabilities p(english | arabic) and p(arabic | english). */
    public record Entry(String arabic, String english, double forward, double backward) {
    }

    private final List<Entry> entries;
    private final Map<String, List<String>> arabicKeys = new HashMap<>();
    private final Map<String, List<String>> englishKeys = new HashMap<>();

    LearnedLexicon(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (int k = 0; k < this.entries.size(); k++) {
            Entry entry = this.entries.get(k);
            String key = "m:" + k;
            arabicKeys.computeIfAbsent(entry.arabic(), w -> new ArrayList<>(1)).add(key);
            englishKeys.computeIfAbsent(entry.english(), w -> new ArrayList<>(1)).add(key);
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
        return entries.stream().filter(e -> e.arabic().equals(arabicWord)).map(Entry::english).toList();
    }

    @Override
    public List<String> anchors(String text, LanguageTag language) {
        if (entries.isEmpty() || !(language.isArabic() || language.isEnglish())) {
            return List.of();
        }
        boolean arabic = language.isArabic();
        Map<String, List<String>> keys = arabic ? arabicKeys : englishKeys;
        List<String> anchors = new ArrayList<>();
        for (String word : new LinkedHashSet<>(arabic ? arabicWords(text) : englishWords(text))) {
            anchors.addAll(keys.getOrDefault(word, List.of()));
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
        List<String> words = new ArrayList<>();
        for (String norm : words(text)) {
            String stem = STEMMER.stem(norm);
            words.add(stem.length() > 1 ? stem : norm);
        }
        return words;
    }

    /** An English text's words in their learning form: normalised, a plural folded. */
    public static List<String> englishWords(String text) {
        return words(text).stream().map(LexiconAnchors::foldEnglish).toList();
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
