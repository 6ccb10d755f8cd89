package io.dragoman.match;

import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fragment (subsegment) matches: the longest runs of the query's scored words, from left to right,
 * that some stored text in the query's language holds contiguously. A run starts as
 * {@link #MIN_WORDS} words and grows one word at a time while the index still finds it; then the
 * search goes on after it. Each step is one phrase search over the index, the concordance's, so a
 * query of n words costs at most about 2n of them.
 */
final class FragmentFinder {
    static final int MIN_WORDS = 3;

    private final FuzzyIndex index;
    private final UnitSource units;

    FragmentFinder(FuzzyIndex index, UnitSource units) {
        this.index = index;
        this.units = units;
    }

    /** The fragments of {@code text} in {@code lang}, in query order, from the given memories (all when empty). */
    List<Fragment> find(String text, String lang, long[] memories) {
        List<Token> words = Tokenizer.tokenize(text).stream().filter(Token::isScored).toList();
        List<int[]> runs = new ArrayList<>();
        List<List<PhraseFinder.Hit>> found = new ArrayList<>();
        int start = 0;
        while (start + MIN_WORDS <= words.size()) {
            List<PhraseFinder.Hit> hits = search(words, start, start + MIN_WORDS, lang, memories);
            if (hits.isEmpty()) {
                start++;
                continue;
            }
            int end = start + MIN_WORDS;
            while (end < words.size()) {
                List<PhraseFinder.Hit> longer = search(words, start, end + 1, lang, memories);
                if (longer.isEmpty()) {
                    break;
                }
                hits = longer;
                end++;
            }
            runs.add(new int[] {start, end});
            found.add(hits);
            start = end;
        }
        return fragments(text, words, runs, found);
    }

    private List<PhraseFinder.Hit> search(List<Token> words, int from, int to, String lang, long[] memories) {
        List<WordPattern> phrase = words.subList(from, to).stream().map(t -> WordPattern.of(t.norm(), false)).toList();
        return index.phrase(phrase, lang, memories);
    }

    private List<Fragment> fragments(String text, List<Token> words, List<int[]> runs, List<List<PhraseFinder.Hit>> found) {
        Map<Long, UnitTexts> texts = units.texts(found.stream().map(hits -> hits.get(0).unitId()).distinct().toList());
        List<Fragment> fragments = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            PhraseFinder.Hit hit = found.get(i).get(0);
            UnitTexts unit = texts.get(hit.unitId());
            if (unit == null) {
                continue; // deleted since the index was read
            }
            int length = runs.get(i)[1] - runs.get(i)[0];
            String side = unit.side(hit.side());
            List<Token> stored = Tokenizer.tokenize(side).stream().filter(Token::isScored).toList();
            boolean target = hit.side() == 1;
            long holders = found.get(i).stream().mapToLong(PhraseFinder.Hit::unitId).distinct().count();
            fragments.add(new Fragment(Span.of(text, words, runs.get(i)[0], runs.get(i)[1]), unit.id(), unit.memoryId(),
                    target ? unit.targetLang() : unit.sourceLang(), target ? unit.sourceLang() : unit.targetLang(),
                    Span.of(side, stored, hit.position(), hit.position() + length), side, unit.otherSide(hit.side()),
                    (int) holders));
        }
        return fragments;
    }
}
