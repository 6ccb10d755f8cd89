// Shows the API's validation messages beside the fields they name. Inputs are named with the
// API's field paths ("name", "terms[2].text"), so a problem+json violation finds its input.
import { ApiError } from './api.js';
import { $, $$, h } from './dom.js';

let nextId = 0;

/** Removes every message a previous submit left in the form. */
export function clearErrors(form) {
  for (const message of $$('.field-error', form)) message.remove();
  for (const input of $$('[aria-invalid="true"]', form)) {
    input.removeAttribute('aria-invalid');
    const ids = (input.getAttribute('aria-describedby') || '').split(' ').filter((id) => !id.startsWith('err-'));
    if (ids.length) input.setAttribute('aria-describedby', ids.join(' '));
    else input.removeAttribute('aria-describedby');
  }
  const general = $('.form-error', form);
  if (general) general.textContent = '';
}

/**
 * Puts each violation beside its input; violations naming no input, and failures that are not
 * validation errors, go to the form's general message. Focuses the first invalid input.
 */
export function showErrors(form, error) {
  clearErrors(form);
  const general = $('.form-error', form);
  if (!(error instanceof ApiError)) {
    if (general) general.textContent = `The server could not be reached: ${error.message}`;
    return;
  }
  const unplaced = [];
  let first = null;
  for (const violation of error.violations) {
    const input = form.elements.namedItem(violation.field);
    if (!input || !(input instanceof Element)) {
      unplaced.push(`${violation.field}: ${humane(violation.message)}`);
      continue;
    }
    const folded = input.closest('details');
    if (folded) folded.open = true; // a message inside a closed section would go unseen
    const id = `err-${++nextId}`;
    const message = h('p', { class: 'field-error', id }, humane(violation.message, input.value));
    input.insertAdjacentElement('afterend', message);
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby',
      [input.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
    first = first || input;
  }
  if (general && (unplaced.length || !error.violations.length)) {
    general.textContent = unplaced.length ? unplaced.join('; ') : error.describe();
  }
  if (first) first.focus();
}

/** Bean Validation's standard messages in a translator's words; others are the server's own. */
const PLAIN = [
  [/^must not be (blank|null|empty)$/, () => 'Required: fill this in.'],
  [/^size must be between 0 and (\d+)$/, (m, value) => `Too long: at most ${m[1]} characters`
    + (value ? ` (this has ${[...value].length}).` : '.')],
  [/^size must be between (\d+) and (\d+)$/, (m) => `Use between ${m[1]} and ${m[2]} characters.`],
  [/^must be greater than or equal to (-?\d+)$/, (m) => `Use ${m[1]} or more.`],
  [/^must be less than or equal to (-?\d+)$/, (m) => `Use ${m[1]} or less.`],
  [/^must be between (-?\d+) and (-?\d+)$/, (m) => `Use a number from ${m[1]} to ${m[2]}.`],
];

export function humane(message, value) {
  for (const [pattern, say] of PLAIN) {
    const m = pattern.exec(message || '');
    if (m) return say(m, value);
  }
  return message;
}
