package io.dragoman.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzedTextTest {

    @Test
    void keepsEveryTokenAndScoresAllButPunctuation() {
        AnalyzedText text = AnalyzedText.of("Copied %s files.", LanguageTag.ENGLISH);
        assertEquals(List.of("Copied", "%s", "files", "."), text.tokens().stream().map(Token::surface).toList());
        assertEquals(List.of("Copied", "%s", "files"), text.scored().stream().map(Token::surface).toList());
    }

    @Test
    void normIsTheScoredTokensMatchingFormsJoined() {
        AnalyzedText text = AnalyzedText.of("قُوَّة حفظ السلام، ٣٫٨", LanguageTag.ARABIC);
        assertEquals("قوه حفظ السلام 3.8", text.norm());
    }

    @Test
    void punctuationOnlyHasNoScoredTokensAndAnEmptyNorm() {
        AnalyzedText text = AnalyzedText.of("؟!", LanguageTag.ARABIC);
        assertEquals(2, text.tokens().size());
        assertEquals(List.of(), text.scored());
        assertEquals("", text.norm());
    }

    @Test
    void aTextNeedsItsLanguage() {
        assertThrows(NullPointerException.class, () -> AnalyzedText.of("text", null));
    }
}
