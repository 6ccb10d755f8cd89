package io.dragoman.tm.tmx;

import io.dragoman.tm.Annotation;
import io.dragoman.text.LanguageTag;
import java.util.List;

/**
 * One {@code tuv} as read: its language (null when missing or unreadable, with an issue on the
 * unit), its segment in Dragoman's text representation (see the package documentation), and its
 * props and notes (scoped {@code tu} here; the importer rescopes them to the side they end on).
 */
record TmxVariant(LanguageTag lang, String text, boolean markup, List<Annotation> annotations,
                  TmxDetails details, long line, long column) {
}
