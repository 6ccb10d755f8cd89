// Renders text with highlighted ranges. Offsets are UTF-16 code units, as the API gives them and
// as JavaScript strings count, so String.slice cuts exactly where the server meant.
import { h } from './dom.js';

/**
 * Returns the nodes of text with each range wrapped in an element.
 * A range is {start, end, tag, cls, title, insert, pad}: when insert is a string, that text is
 * shown at start (a word the other side has and this text lacks) instead of wrapping text, with a
 * space before or after it as pad says. Ranges are
 * applied in order of start; an overlapping range is clipped to what is left.
 *
 * The wrapping elements keep normal bidi embedding on purpose: the ranges are parts of one
 * sentence, and isolating them would reorder an Arabic clause around its punctuation and digits.
 * Inserted words are foreign to the sentence and are isolated (see .diff-deleted in the CSS).
 */
export function highlight(text, ranges) {
  const nodes = [];
  const sorted = [...(ranges || [])]
    .filter((r) => Number.isInteger(r.start) && r.start >= 0 && r.start <= text.length)
    .sort((a, b) => a.start - b.start || (b.insert !== undefined) - (a.insert !== undefined));
  let at = 0;
  for (const range of sorted) {
    const start = Math.max(range.start, at);
    if (start > at) nodes.push(text.slice(at, start));
    if (typeof range.insert === 'string') {
      // The space that separates an inserted word stays outside its underline.
      if (range.pad === 'before') nodes.push(' ');
      nodes.push(mark(range, range.insert));
      if (range.pad === 'after') nodes.push(' ');
      at = start;
      continue;
    }
    const end = Math.min(Math.max(range.end, start), text.length);
    if (end > start) nodes.push(mark(range, text.slice(start, end)));
    at = Math.max(at, end);
  }
  if (at < text.length) nodes.push(text.slice(at));
  return nodes;
}

function mark(range, content) {
  return h(range.tag || 'mark', { class: range.cls || null, title: range.title || null }, content);
}
