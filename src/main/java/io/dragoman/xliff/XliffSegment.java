package io.dragoman.xliff;

/**
 * One translatable segment as scanned, with the character offsets Dragoman edits at. Offsets
 * point into the decoded file text; -1 means "not present".
 *
 * @param file          index of the {@code <file>} element it belongs to
 * @param id            the segment's id (1.2: the trans-unit's; 2.0: the segment's, may be null)
 * @param unit          index of its unit in the whole document, to group XLIFF 2.0 matches
 * @param text          the source's text without inline codes, as matched against the memory
 * @param hasCodes      whether the source holds inline codes (Dragoman then proposes but does not fill)
 * @param needsTarget   whether the target is missing or empty (units marked translate="no" are not scanned)
 * @param targetStart   start of the empty {@code <target>} element, or -1
 * @param targetTagEnd  end of that element's start tag, or -1
 * @param targetEnd     end of the empty {@code <target>} element, or -1
 * @param afterSource   end of {@code </source>} (1.2: of {@code </seg-source>} when present)
 * @param tagStart      start of the segment's own start tag (2.0 {@code <segment>}), or -1
 * @param tagEnd        end of that start tag, or -1
 */
record XliffSegment(int file, String id, int unit, String text, boolean hasCodes, boolean needsTarget,
                    int targetStart, int targetTagEnd, int targetEnd, int afterSource, int tagStart, int tagEnd) {
}
