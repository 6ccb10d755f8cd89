package io.dragoman.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LookupResultTest {
    private static Fragment fragment(String words, Long conceptId) {
        SpanView span = new SpanView(0, words.length(), 0, words.length(), words);
        return new Fragment(span, 1, 1, "ar", "en", span, words, "translation", null, 1, conceptId);
    }

    @Test
    void withoutTermsDropsTheFragmentsFoundAsGlossaryTerms() {
        Fragment run = fragment("قوة حفظ السلام", null);
        LookupResult result = new LookupResult("q", "ar", false, "en", 70, List.of(), List.of(),
                List.of(run, fragment("البنتاجون", 7L)));
        assertEquals(List.of(run), result.withoutTerms().fragments());
    }
}
