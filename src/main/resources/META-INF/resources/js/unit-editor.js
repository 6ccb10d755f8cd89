// Editing one translation unit in place (from the Memories browser or a QA finding), and
// deleting one with a moment to undo.
import { api, ApiError, pageHeaders } from './api.js';
import { h, langBlock, status } from './dom.js';

/** The body of PUT /api/units/{id}: the unit as stored, with the texts from the editor. */
function body(unit, sourceText, targetText) {
  return {
    memoryId: unit.memoryId, sourceLang: unit.sourceLang, targetLang: unit.targetLang, sourceText, targetText,
    tuid: unit.tuid, originDocument: unit.origin?.document, originPosition: unit.origin?.position,
    originFile: unit.origin?.file, version: unit.version, annotations: unit.annotations || [],
  };
}

/**
 * A form editing unit's source and target. Ctrl+Enter saves, Escape cancels. When someone else
 * saved the unit meanwhile (409), their text is shown and the translator's is kept, so that a
 * second Save replaces theirs knowingly. onSaved(unit) gets the stored unit.
 */
export function unitEditor(unit, { onSaved, onCancel }) {
  let current = unit;
  const area = (name, lang, text) => langBlock('textarea', lang, text,
    { name, rows: 3, spellcheck: 'false', 'aria-label': `${name === 'sourceText' ? 'Source' : 'Target'} (${lang})` });
  const source = area('sourceText', unit.sourceLang, unit.sourceText);
  const target = area('targetText', unit.targetLang, unit.targetText);
  const line = h('p', { class: 'status', role: 'status' });
  const theirs = h('div', { class: 'theirs', hidden: true });
  const form = h('form', { class: 'unit-editor stack', dataset: { unitId: unit.id } },
    h('div', { class: 'pair' }, h('div', { class: 'cell' }, source), h('div', { class: 'cell' }, target)),
    theirs, line,
    h('div', { class: 'row' },
      h('button', { type: 'submit' }, 'Save'), h('button', { type: 'button', onclick: () => onCancel() }, 'Cancel'),
      h('span', { class: 'hint' }, h('kbd', {}, 'Ctrl'), '+', h('kbd', {}, 'Enter'), ' saves, ', h('kbd', {}, 'Esc'), ' cancels.')));
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status(line, 'Saving…', 'busy');
    try {
      onSaved(await api.put(`/api/units/${unit.id}`, body(current, source.value, target.value)));
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 409) {
        status(line, error.describe ? error.describe() : error.message, 'error');
        return;
      }
      current = await api.get(`/api/units/${unit.id}`);
      theirs.hidden = false;
      theirs.replaceChildren(h('p', { class: 'hint' }, `Saved meanwhile by ${current.changedBy || 'someone else'}:`),
        h('div', { class: 'pair' },
          h('div', { class: 'cell' }, langBlock('p', current.sourceLang, current.sourceText, { class: 'source' })),
          h('div', { class: 'cell' }, langBlock('p', current.targetLang, current.targetText, { class: 'target' }))));
      status(line, 'Not saved: someone changed this unit after you opened it (their text is above).'
        + ' Save again to replace it with yours, or Cancel to keep theirs.', 'error');
    }
  });
  setTimeout(() => target.focus());
  return form;
}

const UNDO_MS = 8000;
const pending = new Map();

/**
 * Deletes unit id after a moment in which undo() takes it back; the deletion is sent at once
 * when the page is left. Returns undo.
 */
export function deleteLater(id, onDeleted) {
  const send = () => {
    pending.delete(id);
    return api.del(`/api/units/${id}`).then(onDeleted, () => {});
  };
  const timer = setTimeout(send, UNDO_MS);
  pending.set(id, timer);
  return () => {
    clearTimeout(timer);
    pending.delete(id);
  };
}

window.addEventListener('pagehide', () => {
  for (const id of pending.keys()) fetch(`/api/units/${id}`, { method: 'DELETE', keepalive: true, headers: pageHeaders('DELETE') });
});
