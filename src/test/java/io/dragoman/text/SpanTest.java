package io.dragoman.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTest {
    @Test
    void refusesANegativeStart() {
        assertThrows(IllegalArgumentException.class, () -> Span.of(-1, 2));
    }

    @Test
    void refusesAnEndBeforeItsStart() {
        assertThrows(IllegalArgumentException.class, () -> Span.of(3, 2));
    }

    @Test
    void mayBeEmpty() {
        Span empty = Span.of(4, 4);
        assertEquals(0, empty.length());
        assertEquals("", empty.in("قوة حفظ"));
    }

    @Test
    void readsItsText() {
        String text = "قوة حفظ السلام";
        Span span = Span.of(4, 7);
        assertEquals("حفظ", span.in(text));
        assertEquals(3, span.length());
    }

    @Test
    void countsCodePointsAfterASurrogatePair() {
        // 🕊 is two UTF-16 units and one code point: everything after it is one code point earlier.
        String text = "🕊 قوة حفظ السلام";
        Span span = Span.of(text.indexOf("حفظ"), text.indexOf("حفظ") + 3);
        assertEquals(7, span.start());
        assertEquals(6, span.codePointStart(text));
        assertEquals(9, span.codePointEnd(text));
        assertEquals("حفظ", span.in(text));
    }

    @Test
    void countsCodePointsOfASpanOverASurrogatePair() {
        String text = "سلام 🕊 عليكم";
        Span dove = Span.of(5, 7);
        assertEquals("🕊", dove.in(text));
        assertEquals(5, dove.codePointStart(text));
        assertEquals(6, dove.codePointEnd(text));
    }

    @Test
    void arabicWithoutSurrogatesCountsTheSame() {
        String text = "قوة حفظ السلام";
        Span span = Span.of(8, 14);
        assertEquals(span.start(), span.codePointStart(text));
        assertEquals(span.end(), span.codePointEnd(text));
    }

    @Test
    void coversARunOfTokens() {
        String text = "🕊 ولقوة حفظ السلام اليوم";
        List<Token> tokens = Tokenizer.tokenize(text).stream().filter(t -> t.kind() == Token.Kind.WORD).toList();
        Span run = Span.covering(tokens, 0, 3);
        assertEquals("ولقوة حفظ السلام", run.in(text));
        assertEquals(2, run.codePointStart(text));
        assertEquals(tokens.get(0).span(), Span.covering(tokens, 0, 1));
    }

    @Test
    void containsOnlyWhatLiesWithin() {
        Span span = Span.of(2, 10);
        assertTrue(span.contains(Span.of(2, 10)));
        assertTrue(span.contains(Span.of(3, 5)));
        assertFalse(span.contains(Span.of(1, 5)));
        assertFalse(span.contains(Span.of(8, 11)));
    }
}
