// Concordance: where a phrase occurs in the memories, in either language, highlighted in context.
import { api, memories } from './api.js';
import { $, h, fill, hasArabic, iso, langBlock, pager, status } from './dom.js';
import { highlight } from './highlight.js';

const PAGE_SIZE = 20;
let page = 0;

export function start() {
  $('#conc-form').addEventListener('submit', (event) => {
    event.preventDefault();
    page = 0;
    search();
  });
}

/** Shows the concordance of text (Ctrl+K from Lookup). */
export function searchFor(text) {
  $('#conc-query').value = text;
  page = 0;
  search();
}

async function search() {
  const q = $('#conc-query').value;
  const line = $('#conc-status');
  const list = $('#conc-hits');
  if (!q.trim()) {
    fill(list);
    status(line, 'Type a phrase to search for.');
    return;
  }
  const lang = $('#conc-lang').value || (hasArabic(q) ? 'ar' : 'en');
  status(line, 'Searching…', 'busy');
  try {
    const result = await api.get('/api/concordance', { q, lang, memory: $('#conc-memory').value, page, size: PAGE_SIZE });
    fill(list, result.items.map(hitItem));
    list.dataset.query = q; // which search the list answers
    status(line, result.total === 0 ? 'The phrase does not occur (a trailing * finds words that begin so).'
      : result.total === 1 ? 'One unit holds the phrase.' : `${result.total} units hold the phrase.`);
    pager($('#conc-pager'), result, (p) => { page = p; search(); });
  } catch (error) {
    fill(list);
    status(line, error.describe ? error.describe() : error.message, 'error');
  }
}

/** A unit holding the phrase: the searched side with the occurrences marked, then its translation. */
function hitItem(hit) {
  const marks = (hit.highlights || []).map((s) => ({ start: s.start, end: s.end, cls: 'hit' }));
  return h('li', { dataset: { unitId: hit.unitId } },
    h('div', { class: 'pair' },
      h('div', { class: 'cell' }, langBlock('p', hit.lang, highlight(hit.text, marks), { class: 'source' })),
      h('div', { class: 'cell' }, langBlock('p', hit.translationLang,
        highlight(hit.translation, (hit.translationHighlights || []).map((s) => ({ start: s.start, end: s.end, cls: 'hit' }))),
        { class: 'target' }))),
    h('p', { class: 'meta' }, h('span', {}, 'Memory ', iso(memories.name(hit.memoryId))),
      h('span', {}, `unit #${hit.unitId}, ${hit.side}`)));
}
