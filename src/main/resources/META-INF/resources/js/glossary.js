// Glossary: browse and search concepts, add and edit them with their terms. The editor saves a
// concept with all its terms in one request, so the API's violations ("terms[1].text") land
// beside the input that caused them.
import { api } from './api.js';
import { $, h, fill, iso, langBlock, pager, status, when } from './dom.js';
import { clearErrors, showErrors } from './forms.js';

const STATUSES = ['preferred', 'admitted', 'deprecated', 'forbidden'];
const PAGE_SIZE = 20;
let page = 0;
let termRows = 0;

export function start() {
  $('#glossary-search').addEventListener('submit', (event) => {
    event.preventDefault();
    page = 0;
    search();
  });
  $('#glossary-new').addEventListener('click', () => edit(null));
  search();
}

async function search() {
  const form = $('#glossary-search');
  const list = $('#glossary-results');
  const line = $('#glossary-status');
  const query = Object.fromEntries(new FormData(form));
  status(line, 'Searching…', 'busy');
  try {
    const result = await api.get('/api/glossary/concepts', { ...query, page, size: PAGE_SIZE });
    fill(list, result.items.map(conceptItem));
    list.dataset.query = query.q; // which search the list answers
    status(line, result.total === 0 ? 'No concept matches.'
      : `${result.total} concept${result.total === 1 ? '' : 's'}.`);
    pager($('#glossary-pager'), result, (p) => { page = p; search(); });
  } catch (error) {
    status(line, error.describe ? error.describe() : error.message, 'error');
  }
}

function conceptItem(concept) {
  const terms = preferredFirst(concept.terms);
  const ar = terms.find((t) => t.lang.startsWith('ar'));
  const en = terms.find((t) => t.lang.startsWith('en'));
  return h('li', {},
    h('button', { type: 'button', class: 'concept-link', dataset: { conceptId: concept.id },
      onclick: () => edit(concept.id) },
    ar ? langBlock('span', ar.lang, ar.text, { class: 'term-ar' }) : null,
    en ? langBlock('span', en.lang, en.text, { class: 'term-en' }) : null,
    concept.subject ? h('span', { class: 'subject' }, iso(concept.subject)) : null));
}

/** Preferred terms first, then admitted, then the discouraged ones. */
export function preferredFirst(terms) {
  return [...terms].sort((a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status));
}

async function edit(id) {
  const area = $('#glossary-editor');
  let concept = { terms: [{ lang: 'ar', status: 'preferred' }, { lang: 'en', status: 'preferred' }] };
  if (id !== null) {
    try {
      concept = await api.get(`/api/glossary/concepts/${id}`);
    } catch (error) {
      fill(area, h('p', { class: 'status', dataset: { kind: 'error' } }, error.message));
      return;
    }
  }
  const form = editorForm(concept);
  fill(area, form);
  form.elements.namedItem(id === null ? 'terms[0].text' : 'subject').focus();
}

function editorForm(concept) {
  termRows = 0;
  const terms = h('div', { class: 'terms' }, concept.terms.map(termFieldset));
  const form = h('form', { class: 'stack editor', novalidate: true, autocomplete: 'off',
    'aria-label': concept.id ? `Concept ${concept.id}` : 'New concept' },
  h('h2', {}, concept.id ? `Concept ${concept.externalId || concept.id}` : 'New concept'),
  concept.changedAt ? h('p', { class: 'hint' }, `Last changed ${when(concept.changedAt)}`) : null,
  h('div', { class: 'row' }, field('externalId', 'Concept id', concept.externalId), field('subject', 'Subject', concept.subject)),
  field('definition', 'Definition', concept.definition, 'textarea', { lang: concept.definitionLang || null }),
  h('input', { type: 'hidden', name: 'definitionLang', value: concept.definitionLang || '' }),
  field('note', 'Note', concept.note, 'textarea'),
  field('source', 'Source', concept.source),
  h('h3', {}, 'Terms'),
  h('datalist', { id: 'glossary-langs' }, ['ar', 'en', 'en-US', 'en-GB', 'ar-SA', 'ar-EG'].map((v) => h('option', { value: v }))),
  h('p', { class: 'form-error', role: 'alert' }),
  terms,
  h('div', { class: 'row' },
    h('button', { type: 'button', onclick: () => {
      const row = termFieldset({ lang: 'ar', status: 'admitted' });
      terms.append(row);
      row.querySelector('[name$=".text"]').focus();
    } }, 'Add term'),
    h('button', { type: 'submit', class: 'primary' }, 'Save concept'),
    concept.id ? h('button', { type: 'button', class: 'danger', 'data-needs': 'reviewer', onclick: () => remove(concept) }, 'Delete concept') : null),
  h('p', { class: 'status', role: 'status' }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    save(form, concept);
  });
  return form;
}

function field(name, label, value, tag = 'input', attrs = {}) {
  const id = attrs.id || `g-${name.replace(/[^a-z0-9]+/gi, '-')}`;
  const input = tag === 'textarea'
    ? h('textarea', { id, name, rows: 2, dir: 'auto', ...attrs }, value || '')
    : h('input', { id, name, type: 'text', dir: 'auto', value: value || '', ...attrs });
  return h('div', { class: 'field' }, h('label', { for: id }, label), input);
}

function termFieldset(term) {
  const i = termRows++;
  const p = `terms[${i}].`;
  const lang = h('input', { id: `g-${i}-lang`, name: `${p}lang`, type: 'text', list: 'glossary-langs',
    value: term.lang || '', size: 6, spellcheck: 'false' });
  const statusSelect = h('select', { id: `g-${i}-status`, name: `${p}status` },
    STATUSES.map((s) => h('option', { value: s, selected: term.status === s || null }, s)));
  const text = h('input', { id: `g-${i}-text`, name: `${p}text`, type: 'text', value: term.text || '',
    lang: term.lang, dir: 'auto' });
  lang.addEventListener('input', () => text.setAttribute('lang', lang.value));
  const small = (name, label, tag = 'input') => field(`${p}${name}`, label, term[name], tag, { id: `g-${i}-${name}` });
  const more = h('details', { class: 'more', open: Boolean(term.termType || term.gender || term.context) || null },
    h('summary', {}, 'Term type, gender, context'),
    h('div', { class: 'row' }, small('termType', 'Term type'), small('gender', 'Gender')),
    small('context', 'Context', 'textarea'));
  const row = h('fieldset', { class: 'term', dataset: { status: term.status || '' } },
    h('legend', {}, `Term ${i + 1}`),
    h('div', { class: 'row' },
      h('div', { class: 'field grow' }, h('label', { for: text.id }, 'Text'), text),
      h('div', { class: 'field' }, h('label', { for: lang.id }, 'Language'), lang),
      h('div', { class: 'field' }, h('label', { for: statusSelect.id }, 'Status'), statusSelect)),
    field(`${p}variants`, 'Variants (one per line)', (term.variants || []).join('\n'), 'textarea', { id: `g-${i}-variants` }),
    h('div', { class: 'row' }, small('partOfSpeech', 'Part of speech'), small('note', 'Note')),
    more,
    h('button', { type: 'button', class: 'link', onclick: () => row.remove() }, `Remove term ${i + 1}`));
  statusSelect.addEventListener('change', () => { row.dataset.status = statusSelect.value; });
  return row;
}

const TERM_FIELDS = ['lang', 'text', 'status', 'partOfSpeech', 'termType', 'gender', 'context', 'note'];
const CONCEPT_FIELDS = ['externalId', 'subject', 'definition', 'definitionLang', 'note', 'source'];

/**
 * Reads the form back into the API's ConceptRequest, every field the API keeps (a PUT replaces
 * the concept: a field left out would be erased), with rows numbered as their inputs are named.
 */
function readForm(form, concept) {
  const value = (name) => (form.elements.namedItem(name)?.value ?? '').trim() || null;
  const rows = [...form.querySelectorAll('fieldset.term')];
  // Renumber so the request's indexes match the input names the violations will point at.
  rows.forEach((row, index) => renumber(row, index));
  const terms = rows.map((row, index) => {
    const term = Object.fromEntries(TERM_FIELDS.map((f) => [f, value(`terms[${index}].${f}`)]));
    term.text = term.text ?? ''; // blank text goes to the API, whose message then shows beside it
    term.variants = (value(`terms[${index}].variants`) || '').split('\n').map((v) => v.trim()).filter(Boolean);
    return term;
  });
  return { ...Object.fromEntries(CONCEPT_FIELDS.map((f) => [f, value(f)])), terms, version: concept.version ?? null };
}

function renumber(row, index) {
  for (const input of row.querySelectorAll('[name^="terms["]')) {
    input.name = input.name.replace(/^terms\[\d+\]/, `terms[${index}]`);
  }
  row.querySelector('legend').textContent = `Term ${index + 1}`;
}

async function save(form, concept) {
  clearErrors(form);
  const line = form.querySelector('.status[role="status"]');
  const body = readForm(form, concept);
  try {
    const saved = concept.id
      ? await api.put(`/api/glossary/concepts/${concept.id}`, body)
      : await api.post('/api/glossary/concepts', body);
    const fresh = editorForm(saved);
    form.replaceWith(fresh);
    status(fresh.querySelector('.status[role="status"]'), `Saved concept ${saved.externalId || saved.id}.`);
    search();
  } catch (error) {
    showErrors(form, error);
    const placed = form.querySelector('.field-error');
    // The reason is in the form already: beside its fields, or at its foot for anything else.
    status(line, placed ? 'Not saved: see the messages beside the fields.' : 'Not saved.', 'error');
  }
}

async function remove(concept) {
  if (!window.confirm(`Delete concept ${concept.externalId || concept.id} and all its terms?`)) return;
  try {
    await api.del(`/api/glossary/concepts/${concept.id}`);
    fill($('#glossary-editor'), h('p', { class: 'status' }, 'Concept deleted.'));
    search();
  } catch (error) {
    status($('#glossary-status'), error.message, 'error');
  }
}
