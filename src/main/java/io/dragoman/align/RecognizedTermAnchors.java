package io.dragoman.align;

import io.dragoman.glossary.TermHit;
import io.dragoman.glossary.TermRecognizer;
import io.dragoman.text.LanguageTag;
import java.util.List;

/**
 * Glossary concepts as anchors, found by the glossary's {@link TermRecognizer} (clitics,
 * variants and inflections included): a segment containing a term of concept 42 has the anchor
 * {@code c:42}, so «البنتاجون» and "the Pentagon", or «جو بايدن» and "Joe Biden" (named entities
 * are concepts too), tie their segments together.
 */
public final class RecognizedTermAnchors implements AnchorSource {
    private final TermRecognizer recognizer;

    public RecognizedTermAnchors(TermRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    @Override
    public List<String> anchors(String text, LanguageTag language) {
        return recognizer.recognize(text, language).stream().map(TermHit::conceptId).map(id -> "c:" + id).toList();
    }
}
