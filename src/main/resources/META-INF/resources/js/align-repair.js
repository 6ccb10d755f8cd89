// Re-pairing inside a pair's row: the first sentence and the number of sentences of each side,
// a live preview of the texts they would pair, and the server's refusal beside the form.
import { h, langBlock } from './dom.js';
import { clearErrors, showErrors } from './forms.js';

/**
 * Segment texts by "side:position" for the job shown. A view gives a segment's own text only when
 * it is omitted or alone on its side of a pair; positions never move within a job, so what one
 * view showed stays true after later re-pairings (a merged pair still previews sentence by sentence).
 */
let known = new Map();
let knownJob = null;

/** Remembers the single segments a view of the job shows. */
export function learn(job) {
  if (knownJob !== job.id) {
    known = new Map();
    knownJob = job.id;
  }
  for (const pair of job.pairs || []) {
    for (const side of ['source', 'target']) {
      if (pair[`${side}Count`] === 1) known.set(`${side}:${pair[`${side}Start`]}`, pair[`${side}Text`]);
    }
  }
  for (const segment of job.omitted || []) known.set(`${segment.side}:${segment.position}`, segment.text);
}

const LANGUAGE = new Intl.DisplayNames(['en'], { type: 'language' });
const SIDES = { source: 'Original', target: 'Translation' };

/**
 * Opens the form in the pair's row. apply(range) sends it and rejects with the server's refusal;
 * close() runs after Escape or Cancel, once the form is gone.
 */
export function open(row, job, pair, { apply, close }) {
  const existing = row.querySelector('.repair-form');
  if (existing) return existing.querySelector('input').focus();
  const id = `repair-${pair.id}`;
  const sides = ['source', 'target'].map((side) => fieldset(job, pair, side, id));
  const form = h('form', { class: 'repair-form', id, novalidate: true, 'aria-label': `Re-pair the pair at sentence ${pair.sourceStart}` },
    sides.map((s) => s.element),
    h('div', { class: 'repair-buttons' }, h('button', { type: 'submit' }, 'Apply'),
      h('button', { type: 'button', onclick: () => cancel() }, 'Cancel'),
      h('span', { class: 'hint' }, h('kbd', {}, 'Enter'), ' applies, ', h('kbd', {}, 'Esc'), ' cancels.')),
    h('p', { class: 'form-error', role: 'alert' }));
  const refresh = () => sides.forEach((s) => s.refresh(form));
  const cancel = () => {
    form.remove();
    close();
  };
  form.addEventListener('input', refresh);
  form.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    cancel();
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const value = (name) => Number(form.elements.namedItem(name).value);
    const submit = form.querySelector('button[type="submit"]');
    submit.disabled = true;
    try {
      await apply({ sourceStart: value('sourceStart'), sourceCount: value('sourceCount'),
        targetStart: value('targetStart'), targetCount: value('targetCount') });
    } catch (error) {
      showErrors(form, error);
      const general = form.querySelector('.form-error');
      if (!general.textContent) general.textContent = `Not re-paired, nothing changed: ${error.describe ? error.describe() : error.message}`;
    } finally {
      submit.disabled = false;
    }
  });
  row.append(form);
  refresh();
  form.querySelector('input').focus();
  return form;
}

/** One side's two numbers and the preview of its sentences. */
function fieldset(job, pair, side, id) {
  const lang = side === 'source' ? job.sourceLang : job.targetLang;
  const total = (job.counts || {})[`${side}Segments`];
  const number = (name, label, value) => h('label', {},
    label, h('input', { type: 'number', name, id: `${id}-${name}`, min: 1, max: total, step: 1, value, required: true }));
  const preview = langBlock('output', lang, '', { class: `repair-preview ${side}`, for: `${id}-${side}Start ${id}-${side}Count` });
  const note = h('p', { class: 'hint repair-note', id: `${id}-${side}-note` });
  const element = h('fieldset', { class: 'repair-side', 'aria-describedby': note.id },
    h('legend', {}, `${SIDES[side]} (${language(lang)})`),
    h('div', { class: 'repair-numbers' },
      number(`${side}Start`, 'First sentence', pair[`${side}Start`]),
      number(`${side}Count`, 'Sentences', pair[`${side}Count`])),
    preview, note);
  return {
    element,
    refresh(form) {
      const start = Number(form.elements.namedItem(`${side}Start`).value);
      const count = Number(form.elements.namedItem(`${side}Count`).value);
      const shown = texts(job, side, start, count, total);
      preview.textContent = shown.text;
      note.textContent = shown.note;
    },
  };
}

function language(code) {
  try {
    return LANGUAGE.of(code);
  } catch {
    return code; // not a language tag the browser knows: show it as given
  }
}

/**
 * The sentences a run would pair. A sentence the page never saw alone is shown with the rest of
 * the pair that holds it, and the note says so.
 */
function texts(job, side, start, count, total) {
  if (!Number.isInteger(start) || !Number.isInteger(count) || start < 1 || count < 1) {
    return { text: '', note: 'Give whole numbers from 1 up.' };
  }
  if (total && start + count - 1 > total) {
    return { text: '', note: `The ${SIDES[side].toLowerCase()} has ${total} sentence${total === 1 ? '' : 's'}.` };
  }
  const parts = [];
  const together = [];
  for (let at = start; at < start + count;) {
    const text = known.get(`${side}:${at}`);
    if (text !== undefined) {
      parts.push(text);
      at += 1;
      continue;
    }
    const holder = (job.pairs || []).find((p) => p[`${side}Start`] <= at && at < p[`${side}Start`] + p[`${side}Count`]);
    if (!holder) {
      parts.push(`[sentence ${at}]`);
      at += 1;
      continue;
    }
    const from = holder[`${side}Start`];
    const to = from + holder[`${side}Count`] - 1;
    parts.push(holder[`${side}Text`]);
    if (from < start || to >= start + count) together.push(`${from}–${to}`);
    at = to + 1;
  }
  const note = count === 1 ? `Sentence ${start}.` : `Sentences ${start}–${start + count - 1}.`;
  return { text: parts.join(' '), note: together.length
    ? `${note} Sentences ${together.join(', ')} are shown whole: the page has them only as one pair.` : note };
}
