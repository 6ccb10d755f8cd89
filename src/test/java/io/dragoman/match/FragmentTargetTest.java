package io.dragoman.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dragoman.text.LanguageTag;
import io.dragoman.text.Span;
import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class FragmentTargetTest {
    /** Word associations from a fixed table: Arabic normalised word to English words. */
    private static final Map<String, Set<String>> TABLE = Map.of("محادثات", Set.of("talks"), "لتمويل", Set.of("funding"),
            "قوه", Set.of("force"), "حفظ", Set.of("peacekeeping"), "السلام", Set.of("peacekeeping", "peace"));
    private static final WordAssociations ASSOCIATIONS = new WordAssociations() {
        @Override
        public Predicate<String> translating(Collection<String> words, LanguageTag from, LanguageTag to) {
            return word -> words.stream().anyMatch(w -> TABLE.getOrDefault(w, Set.of()).contains(word));
        }

        @Override
        public boolean knows(String word, LanguageTag from, LanguageTag to) {
            return TABLE.containsKey(word);
        }
    };

    private static String target(String fragment, String translation) {
        List<Token> words = Tokenizer.tokenize(fragment).stream().filter(Token::isScored).toList();
        Span span = FragmentTarget.of(words, LanguageTag.ARABIC, translation, LanguageTag.ENGLISH, ASSOCIATIONS);
        return span == null ? null : span.in(translation);
    }

    private static BitSet at(int... positions) {
        BitSet set = new BitSet();
        for (int p : positions) {
            set.set(p);
        }
        return set;
    }

    @Test
    void theTargetIsTheShortestRunHoldingEveryLinkedWord() {
        assertEquals("talks on funding a peacekeeping force",
                target("محادثات لتمويل قوة حفظ السلام", "Washington begins talks on funding a peacekeeping force in Gaza"));
        // the nearer "peace" of two, not the first
        assertEquals("peacekeeping force", target("قوة حفظ السلام", "Peace talks: a peacekeeping force is planned"));
    }

    @Test
    void numbersLinkToTheSameNumber() {
        assertEquals("force of 4500", target("قوة من 4500", "They plan a force of 4500 soldiers"));
    }

    @Test
    void wordsTheAssociationsNeverLearnedDoNotCount() {
        // في and غزة are unknown: two known words of four, both linked
        assertEquals("peacekeeping", target("حفظ السلام في غزة", "They discussed peacekeeping in the region"));
    }

    @Test
    void tooFewLinkedWordsOrTooLongARunLeaveNoTarget() {
        // one of three known words linked
        assertNull(target("محادثات لتمويل قوة", "They plan a force of soldiers"));
        // nothing linked
        assertNull(target("حفظ السلام", "The weather is fine today"));
        // two words linked, but ten words long: more than twice two, plus one
        assertNull(target("لتمويل قوة", "funding was cut for the team and not for the force"));
    }

    @Test
    void theWindowRuleOverPositions() {
        assertArrayEquals(new int[] {3, 5}, FragmentTarget.window(2, 2, List.of(at(0, 3), at(4))));
        assertArrayEquals(new int[] {2, 3}, FragmentTarget.window(2, 2, List.of(at(2))), "half the known words linked is enough");
        assertNull(FragmentTarget.window(3, 3, List.of(at(2))), "one known word of three is not");
        assertArrayEquals(new int[] {2, 3}, FragmentTarget.window(1, 3, List.of(at(2))), "words not known do not count");
        assertArrayEquals(new int[] {0, 7}, FragmentTarget.window(3, 3, List.of(at(0), at(6))));
        assertNull(FragmentTarget.window(3, 3, List.of(at(0), at(7))), "eight words for three");
        assertNull(FragmentTarget.window(1, 1, List.of()));
    }
}
