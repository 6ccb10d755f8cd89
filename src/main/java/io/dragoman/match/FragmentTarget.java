package io.dragoman.match;

import io.dragoman.text.LanguageTag;
import io.dragoman.text.Span;
import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * The part of a fragment's translation that translates it, from the memory's word associations
 * ({@link WordAssociations}): each fragment word is linked to the translation's words the
 * associations pair with it (a number or other non-word to the same token), and the target is the
 * shortest run of the translation's words that holds a link of every linked fragment word. The
 * associations are learned word by word from the memory and miss often, so the run is refused, and
 * the target left unmarked, when fewer than half of the fragment's words that the associations
 * know are linked (a function word or a rare word is never learned, and says nothing), or when the
 * run is more than {@link #MAX_STRETCH} times as long as the fragment, plus one word (Arabic
 * clitics become English words of their own, but a longer run spans words that translate
 * something else).
 */
final class FragmentTarget {
    static final int MAX_STRETCH = 2;

    private FragmentTarget() {
    }

    /**
     * The span of {@code translation} (in {@code to}) that translates {@code words} (scored tokens,
     * in {@code from}), or null when the associations cannot tell.
     */
    static Span of(List<Token> words, LanguageTag from, String translation, LanguageTag to, WordAssociations associations) {
        List<Token> target = Tokenizer.tokenize(translation).stream().filter(Token::isScored).toList();
        List<BitSet> links = new ArrayList<>();
        int known = 0;
        for (Token word : words) {
            boolean isWord = word.kind() == Token.Kind.WORD;
            if (isWord && !associations.knows(word.norm(), from, to)) {
                continue;
            }
            known++;
            Predicate<String> linked = isWord ? associations.translating(List.of(word.norm()), from, to) : word.norm()::equals;
            BitSet at = new BitSet();
            for (int k = 0; k < target.size(); k++) {
                if (linked.test(target.get(k).norm())) {
                    at.set(k);
                }
            }
            if (!at.isEmpty()) {
                links.add(at);
            }
        }
        int[] window = window(known, words.size(), links);
        return window == null ? null : Span.covering(target, window[0], window[1]);
    }

    /**
     * The span rule over positions: {@code links} holds, for each linked word of a fragment of
     * {@code fragmentWords} words, {@code known} of which the associations know, the positions of
     * the target words linked to it. Returns the shortest (then first) window {@code [from, to)}
     * holding a position of each, or null when it is refused.
     */
    static int[] window(int known, int fragmentWords, List<BitSet> links) {
        if (links.isEmpty() || 2 * links.size() < known) {
            return null;
        }
        int[] best = null;
        int last = links.stream().mapToInt(BitSet::length).max().orElse(0);
        for (int from = 0; from < last; from++) {
            int to = from;
            for (BitSet at : links) {
                int next = at.nextSetBit(from);
                if (next < 0) {
                    return best == null ? null : accepted(best, fragmentWords);
                }
                to = Math.max(to, next + 1);
            }
            if (best == null || to - from < best[1] - best[0]) {
                best = new int[] {from, to};
            }
        }
        return best == null ? null : accepted(best, fragmentWords);
    }

    private static int[] accepted(int[] window, int fragmentWords) {
        return window[1] - window[0] <= MAX_STRETCH * fragmentWords + 1 ? window : null;
    }
}
