package io.dragoman.xliff;

import java.util.List;
import java.util.Set;

/**
 * A scanned XLIFF file: its decoded text, untouched, and where its segments are in it.
 * {@code unitInsertAt} holds, per unit, where Dragoman adds alternatives (1.2: before
 * {@code </trans-unit>}, or before the elements of other namespaces that end it, as the schema
 * orders; 2.0: right after the {@code <unit>} start tag, where modules go, or before the end tag
 * of the unit's matches element for the units in {@code unitsWithMatches}). {@code prefix} is the
 * root's prefix for the XLIFF namespace with its colon ("" for the default namespace): the
 * elements Dragoman adds use it, so they are in that namespace too.
 */
record XliffDocument(XliffVersion version, String prefix, String text, List<XliffFileInfo> files, List<XliffSegment> segments,
                     List<Integer> unitInsertAt, Set<Integer> unitsWithMatches) {
}
