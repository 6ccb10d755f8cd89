// Small DOM helpers shared by the panels. Text is always inserted as text nodes, never as HTML:
// translation units and glossary notes come from files of unknown origin.

/** Creates an element: h('a', {href: '#x', class: 'k'}, 'text', child). Null children are skipped. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(el.dataset, value);
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces the children of el. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

export const $ = (selector, root = document) => root.querySelector(selector);
export const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** Whether the text contains Arabic script (the query language when none is chosen). */
export function hasArabic(text) {
  return ARABIC_SCRIPT.test(text || '');
}

/** The base direction of text in a language: Arabic and its relatives are right-to-left. */
export function dirOf(lang) {
  const primary = (lang || '').toLowerCase().split(/[-_]/)[0];
  return ['ar', 'fa', 'ur', 'he', 'ps', 'ckb', 'yi'].includes(primary) ? 'rtl' : 'ltr';
}

/**
 * A block of text in a known language. Its own lang and dir make it a bidi paragraph of its own,
 * so an Arabic sentence ending in a full stop or a number renders the same inside the English UI.
 */
export function langBlock(tag, lang, content, attrs = {}) {
  return h(tag, { lang: lang || null, dir: lang ? dirOf(lang) : 'auto', ...attrs }, content);
}

/**
 * An inline run of user text inside a UI sentence: <bdi> isolates it so that, for example, an
 * Arabic memory name followed by ", 12 units" does not swallow the number.
 */
export function iso(text, lang) {
  return h('bdi', { lang: lang || null, dir: lang ? dirOf(lang) : null }, text ?? '');
}

/** Formats an ISO date-time for the reader's locale; empty when absent. */
export function when(iso8601) {
  if (!iso8601) return '';
  const date = new Date(iso8601);
  return Number.isNaN(date.getTime()) ? String(iso8601)
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Calls fn after the caller has been quiet for ms milliseconds. */
export function debounce(fn, ms) {
  let timer = 0;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/** Sets a status line; kind is '', 'error' or 'busy'. */
export function status(el, message, kind = '') {
  el.textContent = message || '';
  el.dataset.kind = kind;
}

/** Previous/next buttons for a Page answer; onPage(n) loads page n. */
export function pager(el, result, onPage) {
  const pages = Math.max(1, Math.ceil(result.total / result.size));
  fill(el, pages <= 1 ? null : [
    h('button', { type: 'button', disabled: result.page === 0 || null, onclick: () => onPage(result.page - 1) }, 'Previous'),
    h('span', {}, ` Page ${result.page + 1} of ${pages} `),
    h('button', { type: 'button', disabled: result.page + 1 >= pages || null, onclick: () => onPage(result.page + 1) }, 'Next'),
  ]);
}

const STATES = { queued: 'waiting to start', running: 'in progress', succeeded: 'finished', failed: 'failed' };

/** A job's state (queued, running, …) in the words a status line uses. */
export function stateWords(state) {
  return STATES[state] || state || '';
}

/**
 * Whether a job has ended, read from the `job` that imports and QA runs embed: `succeeded` or
 * `failed` (its `failure` then is the problem document).
 */
export function jobEnded(job) {
  return job.status === 'succeeded' || job.status === 'failed';
}

/** Puts text on the clipboard; false when the browser refused. */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Some browsers refuse the async clipboard without a permission; the old way still works.
    const focused = document.activeElement;
    const area = h('textarea', { class: 'visually-hidden', readonly: true }, text);
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    focused?.focus(); // the translator keeps typing where they were
    return ok;
  }
}
