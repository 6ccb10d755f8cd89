// The workbench: one page, one panel shown at a time, chosen by the URL fragment so that the
// browser's back button and bookmarks work.
import { memories } from './api.js';
import * as session from './session.js';
import { $, $$, h, fill, status } from './dom.js';
import * as lookup from './lookup.js';
import { onTermShortcut } from './terms.js';
import * as concordance from './concordance.js';
import * as glossary from './glossary.js';
import * as memoryPanel from './memories.js';
import * as importPanel from './imports.js';
import * as alignment from './alignment.js';
import * as qa from './qa.js';
import * as tokens from './tokens.js';

const PANELS = { lookup, concordance, glossary, memories: memoryPanel, alignment, import: importPanel, qa, tokens };
const started = new Set();

/** Shows the panel a fragment names; what follows a slash is the panel's own (#alignment/12: job 12). */
function show(fragment) {
  let [name, detail] = fragment.split(/\/(.*)/s);
  if (!PANELS[name]) [name, detail] = ['lookup', undefined];
  for (const panel of $$('.panel')) panel.hidden = panel.dataset.panel !== name;
  for (const link of $$('nav a')) {
    if (link.dataset.panel === name) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (!started.has(name)) {
    started.add(name);
    PANELS[name].start();
  }
  PANELS[name].shown?.(detail);
}

/** Keeps every memory picker in step with the server's list. */
function fillMemorySelects() {
  for (const select of $$('select[data-memory-select]')) {
    const chosen = select.value;
    const options = memories.list.map((m) => h('option', { value: m.id }, `${m.name} (${m.units})`));
    if (select.dataset.memorySelect === 'all') options.unshift(h('option', { value: '' }, 'All memories'));
    fill(select, options);
    if ([...select.options].some((o) => o.value === chosen)) select.value = chosen;
  }
  fill($('#import-memory-names'), memories.list.map((m) => h('option', { value: m.name })));
}

/** The text selected in the lookup's text box, or elsewhere on the page. */
function selectedText() {
  const field = document.activeElement;
  if (field && field.matches('textarea, input') && field.selectionEnd > field.selectionStart) {
    return field.value.slice(field.selectionStart, field.selectionEnd).trim();
  }
  return String(window.getSelection() || '').trim();
}

/** Ctrl+K (⌘K) on Lookup: the concordance of the selected words, as in memoQ and Trados. */
function concordanceOfSelection(event) {
  if (!(event.ctrlKey || event.metaKey) || event.code !== 'KeyK' || $('#panel-lookup').hidden) return;
  event.preventDefault();
  const text = selectedText();
  if (!text) {
    status($('#lookup-status'), 'Select words in the sentence or in a match, then press Ctrl+K for their concordance.');
    return;
  }
  history.pushState(null, '', '#concordance');
  show('concordance');
  concordance.searchFor(text);
}

document.addEventListener('memories-changed', fillMemorySelects);
document.addEventListener('keydown', concordanceOfSelection);
window.addEventListener('hashchange', () => show(location.hash.slice(1)));
document.addEventListener('keydown', lookup.onShortcut);
document.addEventListener('keydown', onTermShortcut);

session.start(() => {
  memories.refresh().catch(() => { /* each panel reports its own failures */ });
  show(location.hash.slice(1));
  // The workbench was hidden while the page loaded, so the browser's autofocus found nothing to focus.
  $('.panel:not([hidden]) [autofocus]')?.focus();
});
