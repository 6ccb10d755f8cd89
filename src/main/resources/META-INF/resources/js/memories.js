// Memories: the list with unit counts, creating one, and browsing a memory's units.
import { api, memories } from './api.js';
import { $, h, fill, iso, langBlock, pager, when } from './dom.js';
import { clearErrors, showErrors } from './forms.js';

let current = null;
let page = 0;

export function start() {
  document.addEventListener('memories-changed', render);
  $('#memory-form').addEventListener('submit', create);
  $('#units-search').addEventListener('submit', (event) => {
    event.preventDefault();
    page = 0;
    units();
  });
  render();
}

export function shown() {
  memories.refresh().catch(() => {});
}

function render() {
  fill($('#memories-table tbody'), memories.list.map((m) => h('tr', {},
    h('th', { scope: 'row' }, iso(m.name), m.description ? h('span', { class: 'hint block' }, iso(m.description)) : null),
    h('td', { class: 'num' }, m.units.toLocaleString()),
    h('td', {}, when(m.createdAt)),
    h('td', {}, h('button', { type: 'button', onclick: () => browse(m) }, 'Browse units',
      h('span', { class: 'visually-hidden' }, ' of ', iso(m.name)))))));
}

async function create(event) {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  try {
    await api.post('/api/memories', Object.fromEntries(new FormData(form)));
    form.reset();
    await memories.refresh();
  } catch (error) {
    showErrors(form, error);
  }
}

function browse(memory) {
  current = memory;
  page = 0;
  $('#memory-units').hidden = false;
  fill($('#units-title'), 'Units of ', iso(memory.name));
  units();
  $('#units-title').scrollIntoView({ block: 'nearest' });
}

async function units() {
  const q = $('#units-search').elements.namedItem('q').value;
  const list = $('#units-list');
  try {
    const result = await api.get('/api/units', { memory: current.id, q, page, size: 20 });
    fill(list, result.items.map((u) => h('li', { class: 'unit' },
      h('div', { class: 'pair' },
        h('div', { class: 'cell' }, langBlock('p', u.sourceLang, u.sourceText, { class: 'source' })),
        h('div', { class: 'cell' }, langBlock('p', u.targetLang, u.targetText, { class: 'target' }))),
      h('p', { class: 'meta' }, `#${u.id} · changed ${when(u.changedAt)} · used ${u.usageCount}×`))));
    if (!result.items.length) fill(list, h('li', { class: 'hint' }, 'No unit.'));
    pager($('#units-pager'), result, (p) => { page = p; units(); });
  } catch (error) {
    fill(list, h('li', { class: 'status', dataset: { kind: 'error' } }, error.message));
  }
}
