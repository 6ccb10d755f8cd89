// Alignment: a document and its translation become reviewed pairs, then units of a memory.
// POST /api/alignments proposes the pairs; the review (align-review.js) accepts, rejects,
// merges, splits and re-pairs them; the commit stores them in a memory.
import { api, memories } from './api.js';
import { $, $$, h, fill, iso, status } from './dom.js';
import { clearErrors, showErrors } from './forms.js';
import * as review from './align-review.js';

export function start() {
  const form = $('#align-form');
  form.addEventListener('submit', propose);
  form.elements.namedItem('direction').addEventListener('change', languages);
  for (const input of $$('input[type="file"][data-into]', form)) {
    input.addEventListener('change', async () => {
      const file = input.files[0];
      if (file) $(`#${input.dataset.into}`).value = await file.text();
    });
  }
  $('#align-commit').addEventListener('submit', commit);
  review.start();
}

/**
 * #alignment/ID reopens job ID for review (a long document is reviewed over several sittings);
 * the address of a job being reviewed says so, so a reload or a bookmark comes back to it.
 */
export async function shown(detail) {
  const id = Number(detail);
  if (!detail || !Number.isInteger(id) || id === review.jobId()) return;
  status($('#align-status'), 'Opening the alignment…', 'busy');
  try {
    await review.show(await api.get(`/api/alignments/${id}`));
  } catch (error) {
    status($('#align-status'), error.describe ? error.describe() : error.message, 'error');
  }
}

/** The text areas take the fonts and language of the chosen direction. */
function languages() {
  const [source, target] = $('#align-form').elements.namedItem('direction').value.split(':');
  $('#align-source').lang = source;
  $('#align-target').lang = target;
}

/**
 * The service splits paragraphs at blank lines; a text with one sentence per line becomes one
 * paragraph per line, so no sentence crosses a line.
 */
function paragraphs(text, perLine) {
  return perLine ? text.split(/\r?\n/).filter((line) => line.trim()).join('\n\n') : text;
}

async function propose(event) {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  const data = Object.fromEntries(new FormData(form));
  const [sourceLang, targetLang] = data.direction.split(':');
  const perLine = form.elements.namedItem('perLine').checked;
  status($('#align-status'), 'Aligning…', 'busy');
  try {
    const job = await api.post('/api/alignments', {
      document: data.document, sourceLang, targetLang,
      sourceText: paragraphs(data.sourceText, perLine), targetText: paragraphs(data.targetText, perLine),
    });
    status($('#align-status'), '');
    history.replaceState(null, '', `#alignment/${job.id}`);
    await review.show(job);
  } catch (error) {
    status($('#align-status'), '');
    showErrors(form, error);
  }
}

async function commit(event) {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  const memoryId = Number(form.elements.namedItem('memoryId').value);
  const minConfidence = Number(form.elements.namedItem('minConfidence').value);
  if (!(minConfidence >= 0 && minConfidence <= 1)) {
    $('.form-error', form).textContent = 'The confidence threshold is a number from 0 to 1 (0.9 stores pairs from 90 % up).';
    return;
  }
  try {
    await review.settled();
    const result = await api.post(`/api/alignments/${review.jobId()}/commit`, { memoryId, minConfidence });
    await memories.refresh();
    fill($('#align-status'), `${result.created} unit${result.created === 1 ? '' : 's'} stored in `,
      iso(memories.name(result.memoryId)), result.skipped ? ` (${result.skipped} already there)` : '', '. ',
      h('a', { href: '#lookup' }, 'Look them up'));
    $('#align-status').dataset.kind = '';
  } catch (error) {
    showErrors(form, error);
  }
}
