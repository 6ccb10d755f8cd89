// QA: start a run of the checks on a memory, watch it, read the counts per check, open a finding
// to see its spans in the unit, mark it ignored, download the report.
import { ApiError, api } from './api.js';
import { $, h, fill, iso, langBlock, pager, status } from './dom.js';
import { clearErrors, showErrors } from './forms.js';
import { highlight } from './highlight.js';

const POLL_MS = 400;
const PAGE_SIZE = 20;
let run = null;
let page = 0;

export function start() {
  $('#qa-form').addEventListener('submit', (event) => {
    event.preventDefault();
    startRun();
  });
  $('#qa-filter').addEventListener('change', () => {
    page = 0;
    findings();
  });
}

async function startRun() {
  const form = $('#qa-form');
  clearErrors(form);
  const memoryId = Number($('#qa-memory').value);
  try {
    run = await follow(await api.post('/api/qa/runs', { memoryId }));
    summary();
    page = 0;
    await findings();
  } catch (error) {
    $('#qa-progress').hidden = true;
    showErrors(form, error);
  }
}

async function follow(job) {
  const box = $('#qa-progress');
  const bar = $('#qa-bar');
  box.hidden = false;
  for (;;) {
    bar.max = Math.max(1, job.unitsTotal || 1);
    bar.value = job.unitsChecked || 0;
    status($('#qa-progress-text'), `${(job.unitsChecked || 0).toLocaleString()} of ${(job.unitsTotal || 0).toLocaleString()} units checked (${job.status})`, 'busy');
    if (job.status === 'failed') throw new ApiError(500, job.problem || { title: 'QA run failed' });
    if (job.status === 'succeeded') {
      box.hidden = true;
      return job;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    job = await api.get(`/api/qa/runs/${encodeURIComponent(job.id)}`);
  }
}

/** Counts per check, each a button that filters the findings to that check. */
function summary() {
  const counts = Object.entries(run.counts || {}).sort((a, b) => b[1] - a[1]);
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  fill($('#qa-summary'),
    h('h2', {}, `${total.toLocaleString()} finding${total === 1 ? '' : 's'} in ${(run.unitsChecked || 0).toLocaleString()} units`),
    h('ul', { class: 'qa-counts' }, counts.map(([check, n]) => h('li', {},
      h('strong', {}, n.toLocaleString()),
      h('button', { type: 'button', onclick: () => filterBy(check) }, check)))));
  const select = $('#qa-filter').elements.namedItem('check');
  fill(select, h('option', { value: '' }, 'All'), counts.map(([check]) => h('option', { value: check }, check)));
  const base = `/api/qa/runs/${encodeURIComponent(run.id)}/report`;
  fill($('#qa-downloads'), h('a', { href: `${base}?format=html`, download: '' }, 'HTML report'),
    h('a', { href: `${base}?format=csv`, download: '' }, 'CSV'));
  $('#qa-findings-area').hidden = false;
}

function filterBy(check) {
  $('#qa-filter').elements.namedItem('check').value = check;
  page = 0;
  findings();
}

async function findings() {
  const filter = Object.fromEntries(new FormData($('#qa-filter')));
  const list = $('#qa-findings');
  try {
    const result = await api.get(`/api/qa/runs/${encodeURIComponent(run.id)}/findings`, {
      check: filter.check, severity: filter.severity, ignored: filter.ignored === 'on' ? 'true' : null,
      page, size: PAGE_SIZE,
    });
    fill(list, result.items.map(findingItem));
    if (!result.items.length) fill(list, h('li', { class: 'hint' }, 'No finding.'));
    pager($('#qa-pager'), result, (p) => { page = p; findings(); });
  } catch (error) {
    fill(list, h('li', { class: 'status', dataset: { kind: 'error' } }, error.message));
  }
}

function findingItem(finding) {
  const details = h('details', {}, h('summary', {}, 'Open unit ', `#${finding.unitId}`));
  details.addEventListener('toggle', () => {
    if (details.open && details.children.length === 1) openFinding(details, finding);
  });
  return h('li', { class: finding.ignored ? 'ignored' : null, dataset: { severity: finding.severity, findingId: finding.id } },
    h('div', { class: 'finding-head' },
      h('span', { class: 'severity' }, finding.severity),
      h('span', { class: 'check-id' }, finding.checkId),
      h('span', { class: 'its' }, finding.type)),
    h('p', {}, iso(finding.message)),
    finding.suggestion ? h('p', { class: 'hint' }, 'Suggestion: ', iso(finding.suggestion)) : null,
    details);
}

async function openFinding(details, finding) {
  try {
    const unit = await api.get(`/api/units/${finding.unitId}`);
    const marks = (spans) => (spans || []).map((s) => ({ start: s.start, end: s.end, cls: 'finding-span' }));
    details.append(
      h('div', { class: 'pair' },
        h('div', { class: 'cell' }, langBlock('p', unit.sourceLang,
          highlight(unit.sourceText, marks(finding.sourceSpans)), { class: 'source' })),
        h('div', { class: 'cell' }, langBlock('p', unit.targetLang,
          highlight(unit.targetText, marks(finding.targetSpans)), { class: 'target' }))),
      finding.ignored ? null : h('button', { type: 'button', onclick: (event) => ignore(event.target, finding) }, 'Ignore this finding'));
  } catch (error) {
    details.append(h('p', { class: 'status', dataset: { kind: 'error' } }, error.message));
  }
}

async function ignore(button, finding) {
  try {
    await api.post(`/api/qa/findings/${finding.id}/ignore`);
    button.closest('li').classList.add('ignored');
    button.replaceWith(h('p', { class: 'hint', role: 'status' }, 'Ignored: it will not come back on the next run.'));
  } catch (error) {
    button.after(h('p', { class: 'status', dataset: { kind: 'error' } }, error.message));
  }
}
