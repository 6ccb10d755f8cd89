// Glossary terms recognised in the lookup query: the sentence is repeated under the text area
// with each term as a button that opens the concept in a popover.
import { api } from './api.js';
import { $, h, fill, hasArabic, iso, langBlock } from './dom.js';
import { preferredFirst } from './glossary.js';
import { highlight } from './highlight.js';
import { openPopover } from './popover.js';

const concepts = new Map();

/** hits: the recognised terms, each with a UTF-16 span into text and the concept's id. */
export function showTerms(text, hits) {
  const box = $('#lookup-terms');
  const spans = hits.map(spanOf).filter(Boolean);
  box.hidden = spans.length === 0;
  if (box.hidden) return;
  const mirror = $('#lookup-terms-text');
  mirror.dir = 'auto';
  mirror.lang = $('#lookup-query').lang;
  const ranges = spans.map((s) => ({ start: s.start, end: s.end, tag: 'button', cls: `term status-${s.status}` }));
  fill(mirror, highlight(text, ranges));
  [...mirror.querySelectorAll('button.term')].forEach((button, i) => {
    const hit = spans[i];
    button.type = 'button';
    button.setAttribute('aria-haspopup', 'dialog');
    button.setAttribute('aria-expanded', 'false');
    button.dataset.conceptId = hit.conceptId;
    button.title = `${hit.status || 'term'}: open the glossary entry`;
    button.addEventListener('click', () => open(button, hit));
  });
}

/** Reads one recognised term, whichever of the lookup or recognition answers it came from. */
function spanOf(hit) {
  const span = hit.span || hit;
  const conceptId = hit.conceptId ?? hit.concept?.id;
  if (!Number.isInteger(span.start) || conceptId === undefined) return null;
  return { start: span.start, end: span.end, conceptId, status: hit.status || '', term: hit.term || span.text || '' };
}

async function open(button, hit) {
  const id = hit.conceptId;
  if (!concepts.has(id)) concepts.set(id, await api.get(`/api/glossary/concepts/${id}`));
  const concept = concepts.get(id);
  const lang = $('#lookup-query').lang || (hasArabic(hit.term) ? 'ar' : 'en');
  openPopover(button, langBlock('span', lang, hit.term),
    h('p', { class: 'hint' }, 'Concept ', iso(concept.externalId || String(concept.id)),
      concept.subject ? [' · ', iso(concept.subject)] : null),
    concept.definition ? h('p', {}, iso(concept.definition)) : null,
    h('ul', { class: 'popover-terms' }, preferredFirst(concept.terms).map(termLine)),
    concept.note ? h('p', { class: 'note' }, 'Note: ', iso(concept.note)) : null);
}

function termLine(term) {
  const discouraged = term.status === 'forbidden' || term.status === 'deprecated';
  return h('li', { class: `status-${term.status}` },
    h('span', { class: 'lang' }, term.lang),
    langBlock(discouraged ? 's' : 'span', term.lang, term.text, { class: 'term-text' }),
    h('span', { class: `status-badge status-${term.status}` }, term.status),
    term.variants?.length ? h('span', { class: 'variants' }, 'also ',
      term.variants.map((v, i) => [i ? ', ' : '', iso(v, term.lang)])) : null,
    term.note ? h('span', { class: 'note block' }, iso(term.note)) : null);
}
