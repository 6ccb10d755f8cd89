package io.dragoman.match;

import io.dragoman.glossary.TermHit;
import io.dragoman.text.AnalyzedText;
import io.dragoman.text.LanguageTag;
import io.dragoman.text.Span;
import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Fragment (subsegment) matches: the longest runs of at least {@link #MIN_WORDS} of the query's
 * scored words, from left to right, that stored texts in the query's language hold contiguously
 * ({@link RunFinder} over the index), each shown in one unit that holds it; and each glossary term
 * of the query, however short, that a stored text holds where no such run covers it. A fragment's
 * translation is marked with the glossary's equivalent of its term where the translation holds
 * one, else with the words the memory pairs with the fragment's ({@link FragmentTarget}).
 */
final class FragmentFinder {
    static final int MIN_WORDS = 3;

    private final FuzzyIndex index;
    private final TextSource units;
    private final WordAssociations associations;

    /** Query words {@code run} held by stored texts, and the glossary term they are when found as one. */
    private record Found(RunFinder.Run run, TermHit term) {
    }

    FragmentFinder(FuzzyIndex index, TextSource units, WordAssociations associations) {
        this.index = index;
        this.units = units;
        this.associations = associations;
    }

    /**
     * The fragments of an analysed query, in query order, from the given memories (all when empty);
     * {@code terms} are the glossary terms recognised in it.
     */
    List<Fragment> find(AnalyzedText query, long[] memories, List<TermHit> terms) {
        List<Token> words = query.scored();
        List<String> norms = words.stream().map(Token::norm).toList();
        String lang = query.language().tag();
        List<Found> found = new ArrayList<>();
        index.runs(norms, lang, memories, MIN_WORDS).forEach(run -> found.add(new Found(run, null)));
        for (TermHit term : terms) {
            int from = 0;
            while (from < words.size() && words.get(from).start() < term.span().start()) {
                from++;
            }
            int to = from;
            while (to < words.size() && words.get(to).end() <= term.span().end()) {
                to++;
            }
            int start = from;
            int end = to;
            if (start == end || found.stream().anyMatch(f -> f.run().from() < end && start < f.run().to())) {
                continue; // a term inside a word (a clitic's host), or already part of a fragment
            }
            // The term's words as the only query: a run of all of them, or none.
            List<RunFinder.Run> whole = index.runs(norms.subList(start, end), lang, memories, end - start);
            if (!whole.isEmpty()) {
                found.add(new Found(new RunFinder.Run(start, end, whole.get(0).hits()), term));
            }
        }
        found.sort(Comparator.comparingInt(f -> f.run().from()));
        return fragments(query.text(), words, found);
    }

    private List<Fragment> fragments(String text, List<Token> words, List<Found> found) {
        Map<Long, UnitTexts> texts = units.texts(found.stream().map(f -> f.run().hits().get(0).unitId()).distinct().toList());
        List<Fragment> fragments = new ArrayList<>();
        for (Found each : found) {
            RunFinder.Run run = each.run();
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
            String lang = target ? unit.targetLang() : unit.sourceLang();
            String otherLang = target ? unit.sourceLang() : unit.targetLang();
            String translation = unit.otherSide(hit.side());
            Span inTranslation = each.term() == null ? null : equivalent(each.term(), translation);
            if (inTranslation == null) {
                inTranslation = targetSpan(stored.subList(hit.position(), hit.position() + length), lang, translation,
                        otherLang);
            }
            fragments.add(new Fragment(inQuery, unit.id(), unit.memoryId(), lang, otherLang, inUnit, side, translation,
                    inTranslation == null ? null : SpanView.of(inTranslation, translation), (int) holders,
                    each.term() == null ? null : each.term().conceptId()));
        }
        return fragments;
    }

    /** The first of the term's target-language terms that {@code translation} holds, or null. */
    private static Span equivalent(TermHit term, String translation) {
        for (String equivalent : term.targetTexts()) {
            List<WordPattern> words = Tokenizer.tokenize(equivalent).stream().filter(Token::isScored)
                    .map(t -> WordPattern.of(t.norm(), false)).toList();
            List<Span> spans = Concordance.highlights(translation, words);
            if (!spans.isEmpty()) {
                return spans.get(0);
            }
        }
        return null;
    }

    /** The fragment's words' translation in {@code translation}, or null when the associations cannot tell. */
    private Span targetSpan(List<Token> words, String lang, String translation, String translationLang) {
        if (!LanguageTag.isValid(lang) || !LanguageTag.isValid(translationLang)) {
            return null;
        }
        return FragmentTarget.of(words, LanguageTag.of(lang), translation, LanguageTag.of(translationLang), associations);
    }
}
