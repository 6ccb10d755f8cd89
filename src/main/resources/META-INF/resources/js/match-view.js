// One lookup match as the translator reads it: score band, class, the source with its
// differences marked, the target with repaired numbers marked, and where the unit comes from.
import { memories } from './api.js';
import { h, iso, langBlock, when } from './dom.js';
import { diffRanges } from './diff.js';
import { highlight } from './highlight.js';

/** The CAT-tool score bands: 100/101, 95–99, 85–94, 75–84, 50–74. */
export function band(score) {
  if (score >= 100) return '100';
  if (score >= 95) return '95';
  if (score >= 85) return '85';
  if (score >= 75) return '75';
  return score >= 50 ? '50' : 'low';
}

/**
 * Units with the same source and target (imported twice, from two memories) are one match to a
 * translator: keeps the best-ranked of each, with how many units it stands for in `copies`.
 */
export function collapse(matches) {
  const seen = new Map();
  for (const match of matches) {
    const key = `${match.source}\u0000${match.repairedTarget || match.target}`;
    if (seen.has(key)) seen.get(key).copies += 1;
    else seen.set(key, { ...match, copies: 1 });
  }
  return [...seen.values()];
}

// Western, Arabic-Indic and Extended Arabic-Indic digits with their separators.
const NUMBER = /[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*/g;

/**
 * The numbers of the repaired target that differ from the stored one. The server only swaps
 * numbers, so the two texts have their numbers at the same ordinal places.
 */
export function repairedRanges(stored, repaired) {
  const before = [...stored.matchAll(NUMBER)];
  const after = [...repaired.matchAll(NUMBER)];
  if (before.length !== after.length) return [];
  return after.map((m, i) => ({ m, stored: before[i][0] })).filter(({ m, stored: was }) => m[0] !== was)
    .map(({ m, stored: was }) => ({ start: m.index, end: m.index + m[0].length, cls: 'repaired', title: `stored: ${was}` }));
}

/** "document, sentence 13" or the imported file's name. */
export function originOf(meta) {
  const place = meta.originPosition != null ? `sentence ${meta.originPosition}` : null;
  if (meta.originDocument) return place ? `${meta.originDocument}, ${place}` : meta.originDocument;
  return meta.originFile || null;
}

/** The list item of match number index+1; onCopy() copies its target. */
export function matchItem(query, match, index, onCopy) {
  const key = index + 1;
  const meta = match.metadata || {};
  const origin = originOf(meta);
  const target = match.repairedTarget
    ? highlight(match.repairedTarget, repairedRanges(match.target, match.repairedTarget)) : match.target;
  return h('li', { class: `match band-${band(match.score)}`, dataset: { unitId: match.unitId, score: match.score } },
    h('div', { class: 'match-head' },
      h('span', { class: `band band-${band(match.score)}`, title: `score ${match.score}` }, `${match.score}%`),
      h('span', { class: 'match-class' }, match.matchClass),
      match.copies > 1 ? h('span', { class: 'copies', title: 'units with this same source and target' },
        `×${match.copies} identical units`) : null,
      h('button', { type: 'button', class: 'copy', 'aria-keyshortcuts': `${key} Alt+${key}`,
        onclick: onCopy }, h('kbd', {}, String(key)), ' Copy target')),
    h('div', { class: 'pair' },
      h('div', { class: 'cell' }, langBlock('p', match.sourceLang,
        highlight(match.source, diffRanges(query, match.source, match.diff)), { class: 'source' })),
      h('div', { class: 'cell' }, langBlock('p', match.targetLang, target, { class: 'target' })),
      match.repairedTarget ? h('p', { class: 'hint' }, 'Marked numbers replaced from your sentence; stored target: ',
        iso(match.target, match.targetLang)) : null),
    h('p', { class: 'meta' },
      h('span', {}, 'Memory ', iso(memories.name(match.memoryId))),
      origin ? h('span', { class: 'origin' }, 'from ', iso(origin)) : null,
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
