package io.dragoman.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dragoman.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** The analysis report counts words as written, whatever matching reads a character as. */
class PretranslatorWordCountTest {

    private static int count(String text) {
        return Pretranslator.wordCount(Tokenizer.tokenize(text));
    }

    @Test
    void aCharacterThatExpandsIsOneWord() {
        assertEquals(4, count("قال النبي ﷺ: ½"));
        assertEquals(2, count("م² 2½"));
    }

    @Test
    void wordsAndNumbersCountPunctuationDoesNot() {
        assertEquals(5, count("Copy %s files, 3 of them?"));
    }
}
