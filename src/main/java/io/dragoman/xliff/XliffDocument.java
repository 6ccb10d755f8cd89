package io.dragoman.xliff;

import java.util.List;

/**
 * A scanned XLIFF file: its decoded text, untouched, and where its segments are in it.
 * {@code unitInsertAt} holds, per unit, where Dragoman adds alternatives (1.2: before
 * {@code </trans-unit>}; 2.0: right after the {@code <unit>} start tag, where modules go).
 */
record XliffDocument(XliffVersion version, String text, List<XliffFileInfo> files, List<XliffSegment> segments,
                     List<Integer> unitInsertAt) {
}
