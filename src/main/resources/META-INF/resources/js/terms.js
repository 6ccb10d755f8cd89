// Glossary terms recognised in the lookup query (the lookup answers them, found by the
// glossary's clitic-aware recognizer): the sentence is repeated under the text area with each
// term as a button that opens its concept in a popover.
import { api } from './api.js';
import { $, h, copyText, dirOf, fill, iso, langBlock, status } from './dom.js';
import { preferredFirst } from './glossary.js';
import { highlight } from './highlight.js';
import { openPopover } from './popover.js';

const concepts = new Map();
const DISCOURAGED = ['deprecated', 'forbidden'];

/** A lookup's term (LookupResult.Term) as the popover reads it. */
export function fromLookup(found, lang) {
  return {
    conceptId: found.conceptId, start: found.span.start, end: found.span.end, lang, term: found.term,
    status: found.status, flagged: DISCOURAGED.includes(found.status), equivalents: found.equivalents || [],
    targets: (found.equivalents || []).filter((e) => !DISCOURAGED.includes(e.status)),
  };
}

let listed = [];

/**
 * One row per concept found: the term as written, then its translations at a glance (preferred
 * first, deprecated and forbidden struck through and named), with a button that copies the term
 * to use; row n is also Ctrl+Shift+n.
 */
function termList(hits) {
  const seen = new Set();
  listed = hits.filter((hit) => !seen.has(hit.conceptId) && seen.add(hit.conceptId));
  fill($('#lookup-term-list'), listed.map((hit, i) => {
    const use = hit.targets[0];
    return h('li', { class: `status-${hit.status}`, dataset: { conceptId: hit.conceptId } },
      langBlock(hit.flagged ? 's' : 'span', hit.lang, hit.term, { class: 'term-source' }),
      hit.flagged ? h('span', { class: `status-badge status-${hit.status}` }, hit.status) : null,
      h('span', { class: 'arrow', 'aria-hidden': 'true' }, ' → '),
      hit.equivalents.length ? hit.equivalents.map((e, k) => [k ? h('span', { class: 'sep' }, ', ') : null,
        langBlock(DISCOURAGED.includes(e.status) ? 's' : k === 0 ? 'strong' : 'span', e.lang, e.text,
          { class: `term-target status-${e.status}` }),
        e.status !== 'preferred' ? h('span', { class: `status-badge status-${e.status}` }, e.status) : null])
        : h('span', { class: 'hint' }, 'no translation in the glossary'),
      use && i < 9 ? h('button', { type: 'button', class: 'copy-term', 'aria-keyshortcuts': `Control+Shift+${i + 1}`,
        onclick: () => copyTerm(i) }, h('kbd', {}, String(i + 1)), ' Copy ', iso(use.text, use.lang)) : null);
  }));
}

async function copyTerm(index) {
  const use = listed[index]?.targets[0];
  if (!use) return;
  const copied = await copyText(use.text);
  $('#lookup-term-list').children[index]?.classList.add('copied');
  status($('#lookup-status'), copied ? `Term ${index + 1}: «${use.text}» copied.`
    : `Could not reach the clipboard; select «${use.text}» and copy it.`);
}

/** Ctrl+Shift+1–9 on the Lookup panel: copy the translation of glossary term n. */
export function onTermShortcut(event) {
  if ($('#panel-lookup').hidden || !event.ctrlKey || !event.shiftKey || event.altKey) return;
  const digit = /^Digit([1-9])$/.exec(event.code);
  if (!digit || !listed[Number(digit[1]) - 1]) return;
  event.preventDefault();
  copyTerm(Number(digit[1]) - 1);
}

/** hits: recognised terms (see fromLookup), each with a UTF-16 span (start, end) into text. */
export function showTerms(text, hits, lang = '') {
  const box = $('#lookup-terms');
  const mirror = $('#lookup-terms-text');
  box.hidden = hits.length === 0;
  mirror.dataset.query = text;
  termList(hits);
  if (box.hidden) {
    fill(mirror);
    return;
  }
  mirror.dir = 'auto';
  mirror.lang = lang;
  // highlight() leaves out a range that overlaps one before it (a homonym's second concept):
  // the buttons follow the hits it kept, or each later button would open its neighbour's concept.
  let end = 0;
  const shown = hits.filter((hit) => hit.start >= end && ((end = hit.end), true));
  const ranges = shown.map((hit) => ({ start: hit.start, end: hit.end, tag: 'button',
    cls: `term status-${hit.status}`, title: `${hit.status} term: open the glossary entry` }));
  fill(mirror, highlight(text, ranges));
  [...mirror.querySelectorAll('button.term')].forEach((button, i) => {
    button.type = 'button';
    button.setAttribute('aria-haspopup', 'dialog');
    button.setAttribute('aria-expanded', 'false');
    button.dataset.conceptId = shown[i].conceptId;
    button.addEventListener('click', () => open(button, shown[i], lang));
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
