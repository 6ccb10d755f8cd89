package io.dragoman.align;

import io.dragoman.text.LanguageTag;
import java.util.List;

/**
 * Finds lexical anchors in a segment: language-independent keys (a number, a glossary concept)
 * that a segment and its translation share. Equal keys on both sides of a bead are evidence that
 * the segments translate each other. A key may occur several times; the list is a multiset.
 */
public interface AnchorSource {
    List<String> anchors(String text, LanguageTag language);

    /** How much one shared anchor from this source counts, relative to a shared number (1). */
    default double weight() {
        return 1.0;
    }
}
