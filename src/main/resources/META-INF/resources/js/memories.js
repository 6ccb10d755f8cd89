// Memories: the list with unit counts and access, creating one, and browsing a memory's units.
import { api, memories } from './api.js';
import { $, h, fill, iso, langBlock, pager, status, when } from './dom.js';
import { deleteLater, unitEditor } from './unit-editor.js';
import { clearErrors, showErrors } from './forms.js';
import * as access from './memory-access.js';

let current = null;
let page = 0;

export function start() {
  document.addEventListener('memories-changed', render);
  $('#memory-form').addEventListener('submit', create);
  access.start();
  $('#units-export').addEventListener('input', exportLink);
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
    h('td', { class: 'access' }, access.describe(m)),
    h('td', {}, h('button', { type: 'button', onclick: () => browse(m) }, 'Browse units',
      h('span', { class: 'visually-hidden' }, ' of ', iso(m.name))), ' ',
    h('button', { type: 'button', class: 'edit-access', 'data-needs': 'admin', onclick: () => access.edit(m) }, 'Access',
      h('span', { class: 'visually-hidden' }, ' to ', iso(m.name)))))));
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
  exportLink();
  units();
  $('#units-title').scrollIntoView({ block: 'nearest' });
}

async function units() {
  const q = $('#units-search').elements.namedItem('q').value;
  const list = $('#units-list');
  try {
    const result = await api.get('/api/units', { memory: current.id, q, page, size: 20 });
    fill(list, result.items.map(unitItem));
    if (!result.items.length) fill(list, h('li', { class: 'hint' }, 'No unit.'));
    pager($('#units-pager'), result, (p) => { page = p; units(); });
  } catch (error) {
    fill(list, h('li', { class: 'status', dataset: { kind: 'error' } }, error.message));
  }
}

/** A unit of the list: its texts and dates, with Edit and Delete. */
function unitItem(unit) {
  const item = h('li', { class: 'unit', dataset: { unitId: unit.id } });
  const view = (u) => {
    fill(item,
      h('div', { class: 'pair' },
        h('div', { class: 'cell' }, langBlock('p', u.sourceLang, u.sourceText, { class: 'source' })),
        h('div', { class: 'cell' }, langBlock('p', u.targetLang, u.targetText, { class: 'target' }))),
      h('p', { class: 'meta' }, `#${u.id} · changed ${when(u.changedAt)}`, u.changedBy ? [' by ', iso(u.changedBy)] : null,
        ` · used ${u.usageCount}×`),
      h('div', { class: 'row unit-actions' },
        h('button', { type: 'button', class: 'edit', onclick: () => edit(u) }, 'Edit', h('span', { class: 'visually-hidden' }, ` unit ${u.id}`)),
        h('button', { type: 'button', class: 'delete', 'data-needs': 'reviewer', onclick: () => remove(u) }, 'Delete', h('span', { class: 'visually-hidden' }, ` unit ${u.id}`))));
  };
  const edit = (u) => fill(item, unitEditor(u, {
    onSaved: (saved) => { view(saved); status(item.querySelector('.meta'), `#${saved.id} · saved (version ${saved.version})`); item.querySelector('.edit').focus(); },
    onCancel: () => { view(u); item.querySelector('.edit').focus(); },
  }));
  const remove = (u) => {
    item.classList.add('deleted');
    const undo = deleteLater(u.id, () => {
      fill(item, h('p', { class: 'hint', role: 'status' }, `Unit #${u.id} deleted.`));
      memories.refresh().catch(() => {});
    });
    const undoButton = h('button', { type: 'button', class: 'undo', onclick: () => {
      undo();
      item.classList.remove('deleted');
      view(u);
      item.querySelector('.delete').focus();
    } }, 'Undo');
    fill(item, h('p', { class: 'hint', role: 'status' }, `Unit #${u.id} will be deleted in a few seconds. `, undoButton));
    undoButton.focus();
  };
  view(unit);
  return item;
}

/** Points the TMX export link at the memory shown, in the direction and from the date chosen. */
function exportLink() {
  const form = $('#units-export');
  const [sourceLang, targetLang] = (form.elements.namedItem('direction').value || ':').split(':');
  // By id: a memory whose name is made of digits would otherwise be read as another memory's id.
  const query = new URLSearchParams({ memory: String(current.id) });
  if (sourceLang) query.set('sourceLang', sourceLang);
  if (targetLang) query.set('targetLang', targetLang);
  // A translator choosing a direction wants every unit of the pair, however it was stored.
  if (sourceLang) query.set('bothDirections', 'true');
  const since = form.elements.namedItem('changedSince').value;
  if (since) query.set('changedSince', since);
  const link = $('#units-export-link');
  link.href = `api/exports/tmx?${query}`;
  link.download = `${current.name}.tmx`;
}
