package io.dragoman.match;

import io.dragoman.text.AnalyzedText;
import io.dragoman.text.Span;
import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fragment (subsegment) matches: the longest runs of at least {@link #MIN_WORDS} of the query's
 * scored words, from left to right, that stored texts in the query's language hold contiguously
 * ({@link RunFinder} over the index), each shown in one unit that holds it.
 */
final class FragmentFinder {
    static final int MIN_WORDS = 3;

    private final FuzzyIndex index;
    private final TextSource units;

    FragmentFinder(FuzzyIndex index, TextSource units) {
        this.index = index;
        this.units = units;
    }

    /** The fragments of an analysed query, in query order, from the given memories (all when empty). */
    List<Fragment> find(AnalyzedText query, long[] memories) {
        List<Token> words = query.scored();
        List<RunFinder.Run> runs = index.runs(words.stream().map(Token::norm).toList(), query.language().tag(), memories,
                MIN_WORDS);
        return fragments(query.text(), words, runs);
    }

    private List<Fragment> fragments(String text, List<Token> words, List<RunFinder.Run> runs) {
        Map<Long, UnitTexts> texts = units.texts(runs.stream().map(run -> run.hits().get(0).unitId()).distinct().toList());
        List<Fragment> fragments = new ArrayList<>();
        for (RunFinder.Run run : runs) {
            PhraseFinder.Hit hit = run.hits().get(0);
            UnitTexts unit = texts.get(hit.unitId());
            if (unit == null) {
                continue; // deleted since the index was read
            }
            int length = run.to() - run.from();
            String side = unit.side(hit.side());
            List<Token> stored = Tokenizer.tokenize(side).stream().filter(Token::isScored).toList();
            boolean target = hit.side() == 1;
            long holders = run.hits().stream().mapToLong(PhraseFinder.Hit::unitId).distinct().count();
            SpanView inQuery = SpanView.of(Span.covering(words, run.from(), run.to()), text);
            SpanView inUnit = SpanView.of(Span.covering(stored, hit.position(), hit.position() + length), side);
            fragments.add(new Fragment(inQuery, unit.id(), unit.memoryId(),
                    target ? unit.targetLang() : unit.sourceLang(), target ? unit.sourceLang() : unit.targetLang(),
                    inUnit, side, unit.otherSide(hit.side()), (int) holders));
        }
        return fragments;
    }
}
