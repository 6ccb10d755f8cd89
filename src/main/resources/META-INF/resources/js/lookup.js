// Lookup: the translator pastes or types a sentence and reads the ranked matches as they arrive.
import { api } from './api.js';
import { $, fill, copyText, debounce, hasArabic, status } from './dom.js';
import { collapse, matchItem } from './match-view.js';
import { fromLookup, showTerms } from './terms.js';
import { showFragments } from './fragments.js';

const MAX_MATCHES = 5;
// Asked of the server: more than shown, so that collapsing identical units still fills the list.
const ASKED = 15;
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

/** The minimum score asked for, or null when the field holds anything but 0–100. */
function minScore() {
  const field = $('#lookup-min');
  const value = field.value.trim() === '' ? 0 : Number(field.value);
  const ok = Number.isInteger(value) && value >= 0 && value <= 100;
  field.setAttribute('aria-invalid', String(!ok));
  return ok ? value : null;
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
    showFragments('', []);
    status(line, '');
    return;
  }
  const min = minScore();
  if (min === null) {
    shown = [];
    fill(list);
    list.dataset.query = text;
    showFragments(text, []);
    status(line, 'The minimum score is a whole number from 0 to 100.', 'error');
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
      minScore: Math.max(1, min), maxResults: ASKED,
    }, undefined, inFlight.signal);
    if (mine !== sequence) return; // a newer query has been typed meanwhile
    shown = collapse(result.matches).slice(0, MAX_MATCHES);
    fill(list, shown.map((match, i) => matchItem(text, match, i, () => copy(i))));
    list.dataset.query = text; // which query the list answers (tests and screen readers wait on it)
    showTerms(text, (result.terms || []).map((t) => fromLookup(t, sourceLang)), sourceLang);
    const fragments = result.fragments || [];
    showFragments(text, fragments);
    const none = `No match at ${$('#lookup-min').value}% or above`;
    status(line, shown.length === 0 && fragments.length > 0
      ? `${none}; ${fragments.length} part${fragments.length === 1 ? '' : 's'} of the sentence found in the memory.`
      : shown.length === 0 ? `${none}.`
      : `${shown.length} match${shown.length === 1 ? '' : 'es'}, ${sourceLang} → ${targetLang}.`);
  } catch (error) {
    if (error.name === 'AbortError' || mine !== sequence) return;
    shown = [];
    fill(list);
    list.dataset.query = text;
    showTerms(text, []);
    showFragments(text, []);
    status(line, error.describe ? error.describe() : error.message, 'error');
  }
}

/** Copies the target of match number index+1 and tells the server the translator used it. */
async function copy(index) {
  const match = shown[index];
  const line = $('#lookup-status');
  if (!match) return;
  const text = match.repairedTarget || match.target;
  const copied = await copyText(text);
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
