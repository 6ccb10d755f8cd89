package io.dragoman.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.core.Fuzz;
import io.dragoman.core.HostileText;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The normaliser, the tokenizer and the segmenter on hostile Unicode (see {@link HostileText});
 * {@code -Ddragoman.fuzz.tries=10000} runs the long version.
 */
class TextFuzzTest {
    private static final Segmenter SEGMENTER = Segmenter.defaults();

    @Test
    void normalisationIsIdempotent() {
        Fuzz.check("normaliser idempotent", 2_000, random -> {
            String text = HostileText.next(random, 40, 200);
            String once = TextNormalizer.normalize(text);
            assertEquals(once, TextNormalizer.normalize(once), () -> "normalising twice changed " + HostileText.escape(text));
        });
    }

    @Test
    void tokensAreInBoundsInOrderAndCoverTheVisibleText() {
        Fuzz.check("tokenizer spans", 600, random -> {
            String text = HostileText.next(random, 40, 200);
            List<Token> tokens = Tokenizer.tokenize(text);
            int start = 0;
            int end = 0;
            for (Token token : tokens) {
                assertTrue(token.start() >= start && token.end() >= end && token.end() > token.start()
                                && token.end() <= text.length(),
                        () -> token + " out of order or bounds in " + HostileText.escape(text));
                // Tokens overlap only on one character that NFKC expands (½, ﷺ): they came from it.
                assertTrue(token.start() >= end || isOneExpandingCharacter(text.substring(token.start(), end)),
                        () -> token + " overlaps the token before it in " + HostileText.escape(text));
                assertEquals(text.substring(token.start(), token.end()), token.surface());
                assertFalse(splitsPair(text, token.start()) || splitsPair(text, token.end()),
                        () -> token + " splits a surrogate pair in " + HostileText.escape(text));
                assertNotBlank(text, end, Math.max(end, token.start()), true);
                start = token.start();
                end = token.end();
            }
            assertNotBlank(text, end, text.length(), true);
        });
    }

    @Test
    void segmentsAreInOrderAndCoverTheTextsNonSpaceContent() {
        Fuzz.check("segmenter spans", 500, random -> {
            String text = HostileText.next(random, 60, 100);
            LanguageTag language = random.nextBoolean() ? LanguageTag.ARABIC : LanguageTag.ENGLISH;
            List<Segment> segments = SEGMENTER.segment(text, language);
            int end = 0;
            int paragraph = 0;
            for (Segment segment : segments) {
                assertTrue(segment.start() >= end && segment.end() <= text.length() && segment.paragraph() >= paragraph,
                        () -> segment + " out of order or bounds in " + HostileText.escape(text));
                assertEquals(text.substring(segment.start(), segment.end()), segment.text());
                assertFalse(splitsPair(text, segment.start()) || splitsPair(text, segment.end()),
                        () -> segment + " splits a surrogate pair in " + HostileText.escape(text));
                assertNotBlank(text, end, segment.start(), false);
                end = segment.end();
                paragraph = segment.paragraph();
            }
            assertNotBlank(text, end, text.length(), false);
        });
    }

    private static boolean isOneExpandingCharacter(String s) {
        return s.codePointCount(0, s.length()) == 1 && !Normalizer.isNormalized(s, Normalizer.Form.NFKC);
    }

    /** Between tokens (or segments) only what carries no text may be left out. */
    private static void assertNotBlank(String text, int from, int to, boolean tokens) {
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            int at = i;
            boolean skippable = tokens ? isSkippedByTokenizer(cp) : isSpace(cp);
            assertTrue(skippable, () -> "U+" + Integer.toHexString(cp).toUpperCase() + " at " + at
                    + " is in no " + (tokens ? "token" : "segment") + " of " + HostileText.escape(text));
            i += Character.charCount(cp);
        }
    }

    /** Spaces, controls, format characters, and marks whose matching form is empty (dropped words). */
    private static boolean isSkippedByTokenizer(int cp) {
        int type = Character.getType(cp);
        return isSpace(cp) || type == Character.CONTROL || type == Character.FORMAT
                || TextNormalizer.normalize(new String(Character.toChars(cp))).isEmpty();
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\uFEFF';
    }

    private static boolean splitsPair(String text, int offset) {
        return offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
    }
}
