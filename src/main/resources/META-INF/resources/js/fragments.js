// Fragment matches: when no stored sentence comes close enough as a whole, the runs of three or
// more of the query's words that stored sentences hold, each shown in its sentence with that
// sentence's translation, for the translator to reuse by hand.
import { $, fill, h, iso, langBlock } from './dom.js';

/** Shows the lookup's fragments for text (an empty list hides the section). */
export function showFragments(text, fragments) {
  const list = $('#lookup-fragment-list');
  $('#lookup-fragments').hidden = fragments.length === 0;
  fill(list, fragments.map(fragmentItem));
  list.dataset.query = text;
}

function fragmentItem(fragment) {
  const stored = fragment.sourceText;
  const { start, end } = fragment.source;
  const units = fragment.units === 1 ? '1 unit' : `${fragment.units} units`;
  return h('li', { class: 'match fragment', dataset: { unit: fragment.unitId } },
    h('p', { class: 'hint' }, '“', iso(fragment.query.text, fragment.sourceLang), `” is in ${units}, e.g.:`),
    langBlock('p', fragment.sourceLang,
      [stored.slice(0, start), h('mark', { class: 'hit' }, stored.slice(start, end)), stored.slice(end)],
      { class: 'source' }),
    langBlock('p', fragment.targetLang, fragment.translation, { class: 'target' }));
}
