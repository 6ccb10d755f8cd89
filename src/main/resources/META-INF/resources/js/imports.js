// Import: drop a TMX or glossary file, read the dry-run report, confirm, watch the progress and
// read the final report. TMX files run as jobs (POST /api/imports, then GET /api/imports/{id});
// termbases (TBX, CSV, TSV) go to /api/glossary/imports, which answers its report at once.
import { ApiError, api, memories } from './api.js';
import { $, h, fill, iso, jobEnded, stateWords, status } from './dom.js';
import { clearErrors, showErrors } from './forms.js';

const POLL_MS = 300;
let file = null;
let checked = false;

export function start() {
  const form = $('#import-form');
  const drop = $('#import-drop');
  $('#import-file').addEventListener('change', (event) => choose(event.target.files[0]));
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    if (event.dataTransfer.files.length) choose(event.dataTransfer.files[0]);
  });
  form.addEventListener('change', (event) => {
    if (event.target.type !== 'file') invalidate();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run(true);
  });
  $('#import-run').addEventListener('click', () => run(false));
}

/** What the file holds, from its name: a translation memory or a termbase, and its format. */
function kindOf(name) {
  const lower = name.toLowerCase();
  if (lower.endsWith('.tbx')) return { glossary: true, format: 'tbx' };
  if (lower.endsWith('.csv')) return { glossary: true, format: 'csv' };
  if (lower.endsWith('.tsv')) return { glossary: true, format: 'tsv' };
  return { glossary: false };
}

function choose(chosen) {
  if (!chosen) return;
  file = chosen;
  fill($('#import-file-name'), iso(file.name), ` (${file.size.toLocaleString()} bytes)`);
  $('#import-tmx-options').hidden = kindOf(file.name).glossary;
  invalidate();
}

/** Options changed or a new file: the next import needs a new check first. */
function invalidate() {
  checked = false;
  $('#import-run').disabled = true;
  fill($('#import-report'));
}

async function run(dryRun) {
  const form = $('#import-form');
  clearErrors(form);
  if (!file) {
    fill($('.form-error', form), 'Choose a file first.');
    return;
  }
  if (!dryRun && !checked) return;
  fill($('#import-report'));
  const buttons = [$('#import-dry'), $('#import-run')];
  buttons.forEach((b) => { b.disabled = true; });
  try {
    const report = kindOf(file.name).glossary ? await glossaryImport(dryRun) : await tmxImport(form, dryRun);
    if (report) {
      checked = dryRun;
      if (!dryRun) memories.refresh().catch(() => {});
    }
  } catch (error) {
    if (error instanceof ApiError && error.violations.length) showErrors(form, error);
    else failure(error instanceof ApiError ? error.problem : { title: 'Network error', detail: error.message });
  } finally {
    $('#import-dry').disabled = false;
    $('#import-run').disabled = !checked;
    $('#import-progress').hidden = true;
  }
}

async function tmxImport(form, dryRun) {
  const options = Object.fromEntries(new FormData(form));
  const job = await api.upload('/api/imports', file, {
    memory: options.memory, policy: options.policy, lenient: options.lenient === 'on',
    dryRun, filename: file.name,
  });
  const done = await follow(job);
  if (done.job.status === 'failed') {
    failure(done.job.failure || { title: 'Import failed', detail: 'the server gave no reason' });
    return null;
  }
  tmxReport(done.report);
  return done.report;
}

/** Polls the job, moving the progress bar, until it has finished. */
async function follow(job) {
  const box = $('#import-progress');
  const bar = $('#import-bar');
  box.hidden = false;
  for (;;) {
    bar.max = Math.max(1, job.bytesTotal || 1);
    bar.value = job.bytesRead || 0;
    status($('#import-progress-text'), `${job.dryRun ? 'Checking' : 'Importing'} ${job.file || ''}: `
      + `${(job.unitsRead || 0).toLocaleString()} units read, `
      + `${Math.round((100 * (job.bytesRead || 0)) / Math.max(1, job.bytesTotal || 1))} % of the file, ${stateWords(job.status)}`, 'busy');
    if (jobEnded(job.job)) return job;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    job = await api.get(`/api/imports/${encodeURIComponent(job.id)}`);
  }
}

function tmxReport(report) {
  const reasons = Object.entries(report.skippedByReason || {});
  fill($('#import-report'),
    h('h2', {}, report.dryRun ? 'Check of ' : 'Imported ', iso(report.files.join(', ')),
      report.dryRun ? ' (nothing written yet)' : [' into ', iso(report.memory)]),
    h('ul', { class: 'counts' },
      count('Units read', report.unitsRead), count(report.dryRun ? 'Would create' : 'Created', report.created),
      count(report.dryRun ? 'Would update' : 'Updated', report.updated), count('Skipped', report.skipped),
      count('Problems', report.problemCount)),
    reasons.length ? [h('h3', {}, 'Skipped, by reason'),
      h('ul', { class: 'skipped' }, reasons.map(([reason, n]) => h('li', {}, `${reason}: ${n.toLocaleString()}`)))] : null,
    problemList(report.problems.map((p) => ({ line: p.line, column: p.column, text: `${p.kind}: ${p.message}`, tuid: p.tuid })),
      report.problemCount),
    report.dryRun ? h('p', { class: 'hint' }, 'Press Import to write these units.') : null);
}

async function glossaryImport(dryRun) {
  const format = kindOf(file.name).format;
  $('#import-progress').hidden = false;
  $('#import-bar').removeAttribute('value'); // indeterminate: the termbase is read in one request
  status($('#import-progress-text'), `${dryRun ? 'Checking' : 'Importing'} ${file.name}`, 'busy');
  const report = await api.upload('/api/glossary/imports', file, { format, dryRun, file: file.name });
  fill($('#import-report'),
    h('h2', {}, report.dryRun ? 'Check of ' : 'Imported ', iso(report.file), report.dryRun ? ' (nothing written yet)' : ' into the glossary'),
    h('ul', { class: 'counts' }, count('Concepts', report.concepts), count('Terms', report.terms),
      count(report.dryRun ? 'Would create' : 'Created', report.created), count(report.dryRun ? 'Would update' : 'Updated', report.updated),
      count('Warnings', report.warnings.length)),
    problemList(report.warnings.map((w) => ({ line: w.line, column: w.column, text: w.message })), report.warnings.length),
    report.dryRun ? h('p', { class: 'hint' }, 'Press Import to store these concepts.') : null);
  return report;
}

function count(label, value) {
  return h('li', {}, h('strong', {}, (value ?? 0).toLocaleString()), label);
}

function problemList(problems, total) {
  if (!problems.length) return null;
  return [h('h3', {}, 'Problems'),
    h('ol', { class: 'problems' }, problems.map((p) => h('li', {},
      p.line > 0 ? h('span', { class: 'where' }, `line ${p.line}${p.column > 0 ? `, column ${p.column}` : ''}: `) : null,
      iso(p.text), p.tuid ? [' (tuid ', iso(p.tuid), ')'] : null))),
    total > problems.length ? h('p', { class: 'hint' }, `…and ${(total - problems.length).toLocaleString()} more.`) : null];
}

/** A rejected file: what was wrong and where, nothing written. */
function failure(problem) {
  const where = problem.line ? `line ${problem.line}${problem.column ? `, column ${problem.column}` : ''}` : '';
  fill($('#import-report'), h('div', { class: 'failure', role: 'alert' },
    h('h2', {}, problem.title || 'Import failed'),
    h('p', {}, problem.file ? [iso(problem.file), where ? `, ${where}` : '', ': '] : where ? `${where}: ` : '',
      iso(problem.detail || '')),
    h('p', { class: 'hint' }, 'Nothing was written.')));
}
