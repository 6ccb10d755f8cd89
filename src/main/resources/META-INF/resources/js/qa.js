// QA: choose the checks, start a run on a memory (POST /api/qa/runs, a job), watch its progress,
// read the counts per check, open a finding to see its spans in the unit, ignore it so the next
// run of the memory leaves it out, download the report.
import { ApiError, api } from './api.js';
import { $, h, fill, iso, langBlock, pager, jobEnded, stateWords, status } from './dom.js';
import { clearErrors, showErrors } from './forms.js';
import { highlight } from './highlight.js';
import { unitEditor } from './unit-editor.js';

const POLL_MS = 400;
const PAGE_SIZE = 20;
let run = null;
let page = 0;

export async function start() {
  $('#qa-form').addEventListener('submit', (event) => {
    event.preventDefault();
    startRun();
  });
  $('#qa-filter').addEventListener('change', () => {
    page = 0;
    findings();
  });
  try {
    const checks = await api.get('/api/qa/checks');
    fill($('#qa-check-list'), checks.map((c) => h('label', { title: c.description },
      h('input', { type: 'checkbox', name: 'only', value: c.id, checked: c.enabledByDefault || null }),
      h('span', {}, h('span', { class: 'check-id' }, c.id), ' ', h('span', { class: 'hint' }, c.description)))));
  } catch (error) {
    fill($('#qa-check-list'), h('p', { class: 'status', dataset: { kind: 'error' } }, error.message));
  }
}

async function startRun() {
  const form = $('#qa-form');
  clearErrors(form);
  const only = [...form.querySelectorAll('input[name="only"]:checked')].map((i) => i.value);
  fill($('#qa-summary'));
  $('#qa-findings-area').hidden = true;
  try {
    run = await follow(await api.post('/api/qa/runs', { memoryId: Number($('#qa-memory').value), only }));
    summary();
    page = 0;
    await findings();
  } catch (error) {
    showErrors(form, error);
  } finally {
    $('#qa-progress').hidden = true;
  }
}

/** Polls the run until it is done, moving the progress bar. */
async function follow(job) {
  $('#qa-progress').hidden = false;
  for (;;) {
    $('#qa-bar').value = job.progress || 0;
    status($('#qa-progress-text'), `${(job.unitsChecked || 0).toLocaleString()} of ${(job.unitsTotal || 0).toLocaleString()}`
      + ` units checked, ${job.phase || stateWords(job.status)}`, 'busy');
    if (job.job.status === 'failed') {
      throw new ApiError(500, { title: 'The QA run failed', detail: job.job.failure?.detail || '' });
    }
    if (jobEnded(job.job)) return job;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    job = await api.get(`/api/qa/runs/${job.id}`);
  }
}

/** Counts per check (all severities), each a button that shows that check's findings. */
function summary() {
  const totals = Object.entries(run.counts || {}).map(([check, bySeverity]) =>
    [check, Object.values(bySeverity).reduce((sum, n) => sum + n, 0), bySeverity]).sort((a, b) => b[1] - a[1]);
  fill($('#qa-summary'),
    h('h2', {}, `${run.findings.toLocaleString()} finding${run.findings === 1 ? '' : 's'} in `
      + `${run.unitsChecked.toLocaleString()} units`, run.ignored ? `, ${run.ignored} ignored earlier` : ''),
    h('ul', { class: 'qa-counts' }, totals.map(([check, n, bySeverity]) => h('li', { dataset: { check } },
      h('strong', {}, n.toLocaleString()),
      h('button', { type: 'button', onclick: () => filterBy(check) }, check),
      h('span', { class: 'hint block' }, Object.entries(bySeverity).map(([s, k]) => `${k} ${s}`).join(', '))))));
  const select = $('#qa-filter').elements.namedItem('check');
  fill(select, h('option', { value: '' }, 'All'), totals.map(([check]) => h('option', { value: check }, check)));
  const base = `/api/qa/runs/${run.id}/report`;
  fill($('#qa-downloads'), h('a', { href: `${base}?format=html`, download: `qa-run-${run.id}.html` }, 'HTML report'),
    h('a', { href: `${base}?format=csv`, download: `qa-run-${run.id}.csv` }, 'CSV'));
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
    const result = await api.get(`/api/qa/runs/${run.id}/findings`, {
      check: filter.check, severity: filter.severity, page, size: PAGE_SIZE,
    });
    fill(list, result.items.map(findingItem));
    if (!result.items.length) fill(list, h('li', { class: 'hint' }, 'No finding.'));
    list.dataset.filter = `${filter.check || ''}/${filter.severity || ''}/${page}`;
    pager($('#qa-pager'), result, (p) => { page = p; findings(); });
  } catch (error) {
    fill(list, h('li', { class: 'status', dataset: { kind: 'error' } }, error.message));
  }
}

function findingItem(finding) {
  const marks = (spans) => (spans || []).map((s) => ({ start: s.start, end: s.end, cls: 'finding-span' }));
  return h('li', { dataset: { severity: finding.severity, findingId: finding.id } },
    h('div', { class: 'finding-head' },
      h('span', { class: 'severity' }, finding.severity),
      h('span', { class: 'check-id' }, finding.checkId),
      h('span', { class: 'its hint' }, `ITS ${finding.type}`)),
    h('p', { class: 'message' }, iso(finding.message)),
    finding.suggestion ? h('p', { class: 'hint' }, 'Suggestion: ', iso(finding.suggestion)) : null,
    h('details', {},
      h('summary', {}, `Unit #${finding.unitId}`),
      h('div', { class: 'pair' },
        h('div', { class: 'cell' }, langBlock('p', finding.sourceLang,
          highlight(finding.sourceText || '', marks(finding.sourceSpans)), { class: 'source' })),
        h('div', { class: 'cell' }, langBlock('p', finding.targetLang,
          highlight(finding.targetText || '', marks(finding.targetSpans)), { class: 'target' }))),
      h('div', { class: 'row' },
        h('button', { type: 'button', class: 'fix', onclick: (event) => fix(event.target, finding) }, 'Fix the unit'),
        h('button', { type: 'button', class: 'ignore', onclick: (event) => ignore(event.target, finding) }, 'Ignore this finding'))));
}

/** Opens the finding's unit for editing under the finding; a saved fix is noted on the finding. */
async function fix(button, finding) {
  const item = button.closest('li');
  try {
    const unit = await api.get(`/api/units/${finding.unitId}`);
    const close = () => { editor.remove(); button.hidden = false; button.focus(); };
    const editor = unitEditor(unit, {
      onSaved: (saved) => {
        close();
        item.classList.add('fixed');
        button.after(h('p', { class: 'hint', role: 'status' },
          `Unit #${saved.id} saved (version ${saved.version}); the next run checks it again.`));
      },
      onCancel: close,
    });
    button.hidden = true;
    button.closest('.row').before(editor);
  } catch (error) {
    button.after(h('p', { class: 'status', dataset: { kind: 'error' } }, error.describe ? error.describe() : error.message));
  }
}

async function ignore(button, finding) {
  try {
    await api.post(`/api/qa/findings/${finding.id}/ignore`, {});
    button.closest('li').classList.add('ignored');
    button.replaceWith(h('p', { class: 'hint', role: 'status' }, 'Ignored: the next run of this memory leaves it out.'));
  } catch (error) {
    button.after(h('p', { class: 'status', dataset: { kind: 'error' } }, error.message));
  }
}
