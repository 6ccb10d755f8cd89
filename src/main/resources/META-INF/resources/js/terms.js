// Glossary terms recognised in the lookup query (the lookup answers them, found by the
// glossary's clitic-aware recognizer): the sentence is repeated under the text area with each
// term as a button that opens its concept in a popover.
import { api } from './api.js';
import { $, h, dirOf, fill, iso, langBlock } from './dom.js';
import { preferredFirst } from './glossary.js';
import { highlight } from './highlight.js';
import { openPopover } from './popover.js';

const concepts = new Map();
const DISCOURAGED = ['deprecated', 'forbidden'];

/** A lookup's RecognisedTerm as the popover reads it. */
export function fromLookup(found, lang) {
  return {
    conceptId: found.conceptId, start: found.span.start, end: found.span.end, lang, term: found.term,
    status: found.status, flagged: DISCOURAGED.includes(found.status),
    targets: (found.equivalents || []).filter((e) => !DISCOURAGED.includes(e.status)),
  };
}

/** hits: recognised terms (see fromLookup), each with a UTF-16 span (start, end) into text. */
export function showTerms(text, hits, lang = '') {
  const box = $('#lookup-terms');
  const mirror = $('#lookup-terms-text');
  box.hidden = hits.length === 0;
  mirror.dataset.query = text;
  if (box.hidden) {
    fill(mirror);
    return;
  }
  mirror.dir = 'auto';
  mirror.lang = lang;
  const ranges = hits.map((hit) => ({ start: hit.start, end: hit.end, tag: 'button',
    cls: `term status-${hit.status}`, title: `${hit.status} term: open the glossary entry` }));
  fill(mirror, highlight(text, ranges));
  [...mirror.querySelectorAll('button.term')].forEach((button, i) => {
    button.type = 'button';
    button.setAttribute('aria-haspopup', 'dialog');
    button.setAttribute('aria-expanded', 'false');
    button.dataset.conceptId = hits[i].conceptId;
    button.addEventListener('click', () => open(button, hits[i], lang));
  });
}

async function open(button, hit, lang) {
  const id = hit.conceptId;
  if (!concepts.has(id)) concepts.set(id, await api.get(`/api/glossary/concepts/${id}`));
  const concept = concepts.get(id);
  const targets = hit.targets || [];
  openPopover(button, langBlock('span', hit.lang || lang, hit.term),
    h('p', { class: 'hint' }, 'Concept ', iso(concept.externalId || String(concept.id)),
      concept.subject ? [' · ', iso(concept.subject)] : null),
    hit.flagged ? h('p', { class: 'warning' }, `This term is ${hit.status}: use another.`) : null,
    targets.length ? h('p', { class: 'use' }, 'Use: ', targets.map((t, i) => [i ? ', ' : '',
      langBlock('strong', t.lang, t.text)])) : null,
    concept.definition ? h('p', {}, langBlock('span', concept.definitionLang, concept.definition)) : null,
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
      langBlock('span', term.lang, term.variants.join(dirOf(term.lang) === 'rtl' ? '، ' : ', '))) : null,
    term.note ? h('span', { class: 'note block' }, iso(term.note)) : null);
}
