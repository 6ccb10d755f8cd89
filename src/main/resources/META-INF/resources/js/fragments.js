// Fragment matches: when no stored sentence comes close enough as a whole, the runs of three or
// more of the query's words, and the glossary terms, that stored sentences hold, each shown in its sentence with that
// sentence's translation, for the translator to reuse by hand. The part of the translation that the
// memory's word associations pair with the fragment is marked too, when they can tell.
import { $, fill, h, iso, langBlock } from './dom.js';
import { highlight } from './highlight.js';

/** Shows the lookup's fragments for text (an empty list hides the section). */
export function showFragments(text, fragments) {
  const list = $('#lookup-fragment-list');
  $('#lookup-fragments').hidden = fragments.length === 0;
  fill(list, fragments.map(fragmentItem));
  list.dataset.query = text;
}

function fragmentItem(fragment) {
  const mark = (span, title) => (span ? [{ start: span.start, end: span.end, cls: 'hit', title }] : []);
  const units = fragment.units === 1 ? '1 unit' : `${fragment.units} units`;
  return h('li', { class: 'match fragment', dataset: { unit: fragment.unitId } },
    h('p', { class: 'hint' }, fragment.conceptId ? 'The glossary term “' : '“',
      iso(fragment.query.text, fragment.sourceLang), `” is in ${units}, e.g.:`),
    langBlock('p', fragment.sourceLang, highlight(fragment.sourceText, mark(fragment.source)), { class: 'source' }),
    langBlock('p', fragment.targetLang, highlight(fragment.translation,
      mark(fragment.target, 'Likely translation of the fragment, from word pairs learned from the memory')), { class: 'target' }));
}
