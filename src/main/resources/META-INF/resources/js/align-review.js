// The review of an alignment: pairs side by side (each text in its own direction), omitted
// segments where they fall, low-confidence pairs marked, paged, driven by keys or buttons.
import { api } from './api.js';
import { $, $$, h, fill, langBlock, pager, status } from './dom.js';
import * as repairForm from './align-repair.js';

const PAGE_SIZE = 50;
/** Below this a proposed pair is marked for a closer look. */
export const LOW = 0.6;
let job = null;
let page = 0;
let focusPair = null;

export const jobId = () => job?.id;

export function start() {
  $('#align-order').addEventListener('change', () => { page = 0; render(); });
  $('#align-rows').addEventListener('keydown', onKey);
}

/** Shows a job (the answer of POST /api/alignments or of any review action). */
export async function show(view, keepPage = false) {
  job = await whole(view);
  repairForm.learn(job);
  if (!keepPage) page = 0;
  $('#align-review').hidden = false;
  render();
  if (!keepPage) first(); // the reviewer starts at once, on the keyboard
  // When the review was first drawn, for the browser's profiler and bench/align-review.sh.
  performance.mark('align-review-shown');
}

/**
 * The job with all its pairs: the server answers one page of them (pairsPage), while the review
 * orders, marks and pages them here, so the rest is read in pages of the largest size, all at
 * once (a pair that moved between two pages while they were read is kept once).
 */
async function whole(view) {
  const paged = view.pairsPage;
  if (!paged || (view.pairs || []).length >= paged.total) return view;
  const size = 500;
  const pages = await Promise.all(Array.from({ length: Math.ceil(paged.total / size) },
    (_, p) => api.get(`/api/alignments/${view.id}`, { page: p, size })));
  const pairs = new Map(pages.flatMap((next) => next.pairs).map((pair) => [pair.id, pair]));
  return { ...view, pairs: [...pairs.values()] };
}

/** Rows in the chosen order: pairs, and in document order the omitted segments between them. */
function rows() {
  const pairs = job.pairs || job.items || [];
  if ($('#align-order').value === 'confidence') {
    return [...pairs].sort((a, b) => a.confidence - b.confidence || a.sourceStart - b.sourceStart)
      .map((pair) => ({ pair }));
  }
  const omitted = (job.omitted || []).map((segment) => ({ segment }));
  const all = [...pairs.map((pair) => ({ pair })), ...omitted];
  // An omitted segment falls after the pairs that precede it on its own side.
  const key = (row) => {
    if (row.pair) return [row.pair.sourceStart, 0];
    const side = row.segment.side;
    const before = pairs.filter((p) => (side === 'source' ? p.sourceStart : p.targetStart) < row.segment.position);
    const last = before.reduce((m, p) => Math.max(m, p.sourceStart), 0);
    return [last, side === 'source' ? row.segment.position - last : 0.5];
  };
  return all.map((row) => ({ row, k: key(row) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1]).map((x) => x.row);
}

function render() {
  const all = rows();
  const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  page = Math.min(page, pages - 1);
  const shown = all.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  summary();
  fill($('#align-rows'), shown.map((row) => (row.pair ? pairRow(row.pair) : segmentRow(row.segment))));
  pager($('#align-pager'), { page, size: PAGE_SIZE, total: all.length }, (p) => { page = p; render(); first(); });
  const target = focusPair && $(`#align-rows li[data-pair-id="${focusPair}"]`);
  if (target) target.focus();
}

/** The status line. The page holds every pair, so it counts them itself: a status set by key counts at once. */
function summary() {
  const pairs = job.pairs || [];
  const c = job.counts || {};
  const counted = (state) => pairs.filter((p) => p.status === state).length;
  status($('#align-status'), `${job.document}: ${pairs.length} pairs, ${counted('accepted')} accepted,`
    + ` ${counted('rejected')} rejected, ${(c.omittedSource ?? 0) + (c.omittedTarget ?? 0)} segments unpaired;`
    + ` ${pairs.filter((p) => p.status === 'proposed' && p.confidence < LOW).length} proposed pairs below ${LOW * 100} %.`);
}

/** Draws one pair's row anew where it stands (its status changed, not its place), keeping the focus on it. */
function redraw(pair) {
  summary();
  const row = $(`#align-rows li[data-pair-id="${pair.id}"]`);
  if (!row) return;
  const fresh = pairRow(job.pairs.find((p) => p.id === pair.id));
  const focused = row === document.activeElement;
  row.replaceWith(fresh);
  if (focused) fresh.focus();
}

function pairRow(pair) {
  const low = pair.confidence < LOW;
  const act = (label, key, fn) => h('button', { type: 'button', tabindex: -1, 'aria-keyshortcuts': key,
    onclick: () => fn(pair) }, label);
  return h('li', { class: `align-row status-${pair.status}${low ? ' low' : ''}`, tabindex: 0,
    dataset: { pairId: pair.id, confidence: pair.confidence, status: pair.status } },
  h('span', { class: 'align-pos' }, `${pair.sourceStart}`),
  langBlock('p', job.sourceLang, pair.sourceText, { class: 'source' }),
  langBlock('p', job.targetLang, pair.targetText, { class: 'target' }),
  h('span', { class: 'align-meta' }, h('span', { class: 'confidence', title: 'alignment confidence' },
    `${Math.round(pair.confidence * 100)} %`), low ? h('span', { class: 'low-mark' }, ' low') : null,
  h('span', { class: 'align-status' }, ` ${pair.status}`)),
  h('span', { class: 'align-actions' }, act('Accept', 'a', accept), act('Reject', 'r', reject),
    act('Merge ↓', 'm', merge), act('Split', 's', split), act('Re-pair', 'e', repair)));
}

function segmentRow(segment) {
  const source = segment.side === 'source';
  const text = langBlock('p', source ? job.sourceLang : job.targetLang, segment.text, { class: source ? 'source' : 'target' });
  const note = h('p', { class: 'hint omitted-note' }, source ? 'not in the translation' : 'only in the translation');
  return h('li', { class: 'align-row omitted', dataset: { side: segment.side, position: segment.position } },
    h('span', { class: 'align-pos' }, `${segment.position}`), source ? text : note, source ? note : text);
}

async function act(pair, call) {
  focusPair = pair.id;
  try {
    await settled();
    await show(await call(), true);
  } catch (error) {
    status($('#align-status'), error.describe ? error.describe() : error.message, 'error');
  }
}

const base = (pair) => `/api/alignments/${job.id}/pairs/${pair.id}`;
/** The operation names the pair's version the reviewer saw: another reviewer's change since is not undone (409). */
const versioned = (pair, action = '') => `${base(pair)}${action}?version=${pair.version}`;
const accept = (pair) => mark(pair, 'accepted', 'accept');
const reject = (pair) => mark(pair, 'rejected', 'reject');

/**
 * Accept and reject show at once and are stored meanwhile: a reviewer goes through hundreds of
 * pairs by key, and waiting on the server (and reading 3,000 pairs again) at each key would make
 * every step as slow as the slowest request. Only the pair's status changes, so nothing else is
 * read again: the pair's version goes up with the status, as the server's does, so that the next key
 * on the same pair names it; a refusal puts both back and says why.
 */
function mark(pair, state, action) {
  const current = job.pairs.find((p) => p.id === pair.id) || pair;
  const before = { status: current.status, version: current.version };
  const set = (value) => {
    job = { ...job, pairs: job.pairs.map((p) => (p.id === pair.id ? { ...p, ...value } : p)) };
  };
  focusPair = pair.id;
  if (state === before.status) return;
  set({ status: state, version: before.version + 1 });
  redraw(pair);
  const request = api.post(versioned(current, `/${action}`)).catch((error) => {
    set(before);
    redraw(pair);
    status($('#align-status'), error.describe ? error.describe() : error.message, 'error');
  }).finally(() => pending.delete(request));
  pending.add(request);
}

/** Accepts and rejects still on their way: a commit or a change of pairs waits for them. */
const pending = new Set();
export const settled = () => Promise.all([...pending]);
const split = (pair) => act(pair, () => api.post(versioned(pair, '/split'),
  { sourceCount: Math.min(1, pair.sourceCount), targetCount: Math.min(1, pair.targetCount) }));

function merge(pair) {
  const next = (job.pairs || []).filter((p) => p.sourceStart > pair.sourceStart)
    .sort((a, b) => a.sourceStart - b.sourceStart)[0];
  if (!next) return status($('#align-status'), 'The last pair has nothing after it to merge with.', 'error');
  return act(pair, () => api.post(versioned(pair, '/merge'), { with: next.id }));
}

/** Re-pair: the form in the pair's row gives each side's first sentence and number of sentences anew. */
function repair(pair) {
  const row = $(`#align-rows li[data-pair-id="${pair.id}"]`);
  if (!row) return;
  repairForm.open(row, job, pair, {
    apply: async (range) => {
      await settled();
      const view = await api.put(versioned(pair), range);
      focusPair = pair.id;
      await show(view, true);
    },
    close: () => row.focus(),
  });
}

const KEYS = { a: accept, r: reject, m: merge, s: split, e: repair };

function onKey(event) {
  const row = event.target.closest('li.align-row');
  // Keys typed into the re-pair form are the form's own.
  if (!row || event.ctrlKey || event.metaKey || event.altKey || event.target.matches('button')
    || event.target.closest('.repair-form')) return;
  const pair = (job.pairs || []).find((p) => String(p.id) === row.dataset.pairId);
  if (event.key === 'j' || event.key === 'ArrowDown') move(row, 1);
  else if (event.key === 'k' || event.key === 'ArrowUp') move(row, -1);
  else if (event.key === 'n') nextLow(pair);
  else if (KEYS[event.key] && pair) KEYS[event.key](pair);
  else return;
  event.preventDefault();
}

/** The next pair up or down: omitted segments are passed over (no key acts on them), pages crossed. */
function move(row, step) {
  let next = step > 0 ? row.nextElementSibling : row.previousElementSibling;
  while (next && !next.dataset.pairId) next = step > 0 ? next.nextElementSibling : next.previousElementSibling;
  if (next) return next.focus();
  const pages = Math.ceil(rows().length / PAGE_SIZE);
  if (page + step < 0 || page + step >= pages) return null;
  page += step;
  focusPair = null;
  render();
  return step > 0 ? first() : $$('#align-rows li[data-pair-id]').pop()?.focus();
}

function first() {
  $('#align-rows li[data-pair-id]')?.focus();
}

/** Goes to the next proposed pair below the mark, in document order, across pages. */
function nextLow(current) {
  const all = rows();
  const from = current ? all.findIndex((r) => r.pair && r.pair.id === current.id) : -1;
  const at = all.findIndex((r, i) => i > from && r.pair && r.pair.status === 'proposed' && r.pair.confidence < LOW);
  if (at < 0) return status($('#align-status'), 'No proposed pair below the mark after this one.');
  page = Math.floor(at / PAGE_SIZE);
  focusPair = all[at].pair.id;
  return render();
}
