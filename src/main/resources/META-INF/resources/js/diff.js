// Turns the lookup API's word diff into ranges over the matched source text (see highlight.js).
//
// The API describes what turns the match into the query: `delete` (words only in the match),
// `insert` (words only in the query, without a position in the match) and `replace`. Spans carry
// UTF-16 offsets in logical order, so right-to-left text needs nothing special. An insertion is
// placed after as many words of the match as precede it in the query, counted from the end of
// the previous difference: the text between two differences is equal on both sides.

const WORD = /[\p{L}\p{M}\p{N}_]+/gu;

function words(text) {
  return [...text.matchAll(WORD)];
}

// The server counts words as NFKC reads the text: ﷺ is four words, ½ two. So do these counts, or
// an insertion after such a character would land words too far.
const weight = (word) => Math.max(1, words(word.normalize('NFKC')).length);

/** Offset in text after skipping count words from `from` (from itself when count is 0). */
function afterWords(text, from, count) {
  if (count <= 0) return from;
  const found = words(text.slice(from));
  let left = count;
  for (const word of found) {
    left -= weight(word[0]);
    if (left <= 0) return from + word.index + word[0].length;
  }
  const last = found[found.length - 1];
  return last ? from + last.index + last[0].length : from;
}

const countWords = (text, from, to) => words(text.slice(from, Math.max(from, to)).normalize('NFKC')).length;

const LABELS = {
  delete: 'only in the match',
  insert: 'only in your sentence',
  replace: 'differs from your sentence',
};

/** Ranges for highlight(): the match's own words wrapped, the query's words inserted. */
export function diffRanges(query, match, spans) {
  const ranges = [];
  let q = 0;
  let m = 0;
  for (const span of spans || []) {
    if (span.query && span.match) {
      ranges.push({ start: span.match.start, end: span.match.end, tag: 'mark', cls: 'diff-replaced',
        title: `${LABELS.replace}: “${span.query.text}”` });
      q = span.query.end;
      m = span.match.end;
    } else if (span.match) {
      ranges.push({ start: span.match.start, end: span.match.end, tag: 'del', cls: 'diff-deleted', title: LABELS.delete });
      q = afterWords(query, q, countWords(match, m, span.match.start));
      m = span.match.end;
    } else if (span.query) {
      const at = afterWords(match, m, countWords(query, q, span.query.start));
      ranges.push({ start: at, end: at, tag: 'ins', cls: 'diff-inserted', title: LABELS.insert,
        insert: span.query.text, pad: at === 0 ? 'after' : 'before' });
      q = span.query.end;
      m = at;
    }
  }
  return ranges;
}
