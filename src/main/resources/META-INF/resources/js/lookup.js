// Lookup: the translator pastes or types a sentence and reads the ranked matches as they arrive.
import { api, memories } from './api.js';
import { $, h, fill, debounce, hasArabic, iso, langBlock, status, when } from './dom.js';
import { diffRanges } from './diff.js';
import { highlight } from './highlight.js';
import { fromLookup, showTerms } from './terms.js';

const MAX_MATCHES = 5;
let shown = [];
let sequence = 0;
let inFlight = null;
let lastKey = '';

export function start() {
  const form = $('#lookup-form');
  const later = debounce(() => run(false), 250);
  form.addEventListener('input', later);
  form.addEventListener('change', later);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run(true);
  });
  $('#lookup-query').addEventListener('keydown', (event) => {
    // Enter looks up at once; Shift+Enter keeps a line break for multi-line segments.
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      run(true);
    }
  });
}

/** The language pair: chosen, or read from the script of the query. */
function direction(text) {
  const chosen = $('#lookup-direction').value;
  const pair = chosen === 'auto' ? (hasArabic(text) ? 'ar:en' : 'en:ar') : chosen;
  const [sourceLang, targetLang] = pair.split(':');
  return { sourceLang, targetLang };
}

/** Looks up the query; unless forced (Enter), only when the query or an option changed. */
async function run(force) {
  const text = $('#lookup-query').value;
  const line = $('#lookup-status');
  const list = $('#lookup-matches');
  // Leaving the text area fires "change" too: do not redraw (and lose focus) for nothing.
  const key = JSON.stringify([text, ...['direction', 'memory', 'min'].map((n) => $(`#lookup-${n}`).value)]);
  if (key === lastKey && !force) return;
  lastKey = key;
  const mine = ++sequence;
  inFlight?.abort();
  if (!text.trim()) {
    shown = [];
    fill(list);
    showTerms('', []);
    status(line, '');
    return;
  }
  const { sourceLang, targetLang } = direction(text);
  // The language picks the font (Naskh for Arabic); the direction stays dir="auto", so a
  // sentence starting with a Latin name still lays out from its first strong letter.
  $('#lookup-query').lang = sourceLang;
  inFlight = new AbortController();
  status(line, 'Looking up…', 'busy');
  try {
    // POST, not GET: percent-encoded Arabic takes six bytes a letter and a long paragraph would
    // overflow the request line.
    const memory = $('#lookup-memory').value;
    const result = await api.post('/api/lookup', {
      text, sourceLang, targetLang, memories: memory ? [Number(memory)] : [],
      minScore: Number($('#lookup-min').value), maxResults: MAX_MATCHES,
    }, undefined, inFlight.signal);
    if (mine !== sequence) return; // a newer query has been typed meanwhile
    shown = result.matches.slice(0, MAX_MATCHES);
    fill(list, shown.map((match, i) => matchItem(text, match, i)));
    list.dataset.query = text; // which query the list answers (tests and screen readers wait on it)
    showTerms(text, (result.terms || []).map((t) => fromLookup(t, sourceLang)), sourceLang);
    status(line, shown.length === 0 ? `No match at ${$('#lookup-min').value}% or above.`
      : `${shown.length} match${shown.length === 1 ? '' : 'es'}, ${sourceLang} → ${targetLang}.`);
  } catch (error) {
    if (error.name === 'AbortError' || mine !== sequence) return;
    shown = [];
    fill(list);
    list.dataset.query = text;
    showTerms(text, []);
    status(line, error.describe ? error.describe() : error.message, 'error');
  }
}

/** The CAT-tool score bands: 100/101, 95–99, 85–94, 75–84, 50–74. */
export function band(score) {
  if (score >= 100) return '100';
  if (score >= 95) return '95';
  if (score >= 85) return '85';
  if (score >= 75) return '75';
  return score >= 50 ? '50' : 'low';
}

function matchItem(query, match, index) {
  const key = index + 1;
  const meta = match.metadata || {};
  const origin = [meta.originDocument, meta.originPosition != null ? `#${meta.originPosition}` : null,
    meta.originFile].filter(Boolean).join(' ');
  const target = match.repairedTarget || match.target;
  return h('li', { class: `match band-${band(match.score)}`, dataset: { unitId: match.unitId, score: match.score } },
    h('div', { class: 'match-head' },
      h('span', { class: `band band-${band(match.score)}`, title: `score ${match.score}` }, `${match.score}%`),
      h('span', { class: 'match-class' }, match.matchClass),
      h('button', { type: 'button', class: 'copy', 'aria-keyshortcuts': `${key} Alt+${key}`,
        onclick: () => copy(index) }, h('kbd', {}, String(key)), ' Copy target')),
    h('div', { class: 'pair' },
      h('div', { class: 'cell' }, langBlock('p', match.sourceLang,
        highlight(match.source, diffRanges(query, match.source, match.diff)), { class: 'source' })),
      h('div', { class: 'cell' }, langBlock('p', match.targetLang, target, { class: 'target' })),
      match.repairedTarget ? h('p', { class: 'hint' }, 'Numbers replaced from your sentence; stored target: ',
        iso(match.target, match.targetLang)) : null),
    h('p', { class: 'meta' },
      h('span', {}, 'Memory ', iso(memories.name(match.memoryId))),
      origin ? h('span', {}, 'from ', iso(origin)) : null,
      meta.changedAt ? h('span', {}, `changed ${when(meta.changedAt)}`, meta.changedBy ? [' by ', iso(meta.changedBy)] : null) : null,
      h('span', { class: 'usage' }, `used ${meta.usageCount ?? 0}×`),
      meta.lastUsedAt ? h('span', {}, `last ${when(meta.lastUsedAt)}`) : null),
    penalties(match));
}

function penalties(match) {
  const items = [...(match.folds || []).map((f) => h('li', {}, `fold: ${f}`)),
    ...(match.penalties || []).map((p) => h('li', {}, `−${p.points} ${p.reason}`, p.detail ? [': ', iso(p.detail)] : null))];
  return items.length ? h('details', { class: 'penalties' }, h('summary', {}, 'Why this score'), h('ul', {}, items)) : null;
}

/** Copies the target of match number index+1 and tells the server the translator used it. */
async function copy(index) {
  const match = shown[index];
  const line = $('#lookup-status');
  if (!match) return;
  const text = match.repairedTarget || match.target;
  const copied = await writeClipboard(text);
  const item = $('#lookup-matches').children[index];
  item?.classList.add('copied');
  try {
    const unit = await api.post(`/api/units/${match.unitId}/used`);
    const usage = item?.querySelector('.usage');
    if (usage) usage.textContent = `used ${unit.usageCount}×`;
    status(line, copied ? `Target of match ${index + 1} copied; its use is recorded.`
      : `Could not reach the clipboard; select the target of match ${index + 1} and copy it. Its use is recorded.`);
  } catch (error) {
    status(line, `Target copied, but the use was not recorded: ${error.message}`, 'error');
  }
}

async function writeClipboard(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Some browsers refuse the async clipboard without a permission; the old way still works.
    const area = h('textarea', { class: 'visually-hidden', readonly: true }, text);
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/** 1–5 outside text fields, Alt+1–5 anywhere: copy that match's target. */
export function onShortcut(event) {
  if ($('#panel-lookup').hidden || event.ctrlKey || event.metaKey) return;
  const digit = /^Digit([1-5])$/.exec(event.code);
  if (!digit) return;
  const editing = event.target.closest('input, textarea, select, [contenteditable]');
  if (event.altKey || (!editing && !event.shiftKey)) {
    event.preventDefault();
    copy(Number(digit[1]) - 1);
  }
}
