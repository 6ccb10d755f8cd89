package io.dragoman.tm.tmx;

import io.dragoman.tm.Annotation;
import java.util.List;

/**
 * One {@code tu} as read, with where it starts. {@code issues} lists what makes it invalid (an
 * unpaired {@code bpt}, an unreadable date or language code): the importer fails the import on
 * the first one, or skips the unit when the caller asked for leniency.
 */
record TmxUnit(long line, long column, String tuid, String srclang, TmxDetails details,
               List<Annotation> annotations, List<TmxVariant> variants, List<TmxIssue> issues) {
}
