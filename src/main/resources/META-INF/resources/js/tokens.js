// Your API tokens: made for a tool and shown once, listed with when each was last used, revoked
// here. The list comes from GET /api/tokens, which never carries a secret.
import { api } from './api.js';
import { $, $$, h, fill, iso, status, when } from './dom.js';
import { clearErrors, showErrors } from './forms.js';

export function start() {
  // A select's options cannot be hidden by style everywhere: those above the user's role go.
  for (const option of $$('#token-role option[data-needs]')) {
    if (!document.body.classList.contains(`can-${option.dataset.needs}`)) option.remove();
  }
  $('#token-form').addEventListener('submit', create);
  $('#token-copy').addEventListener('click', copy);
}

export function shown() {
  list();
}

async function list() {
  try {
    const tokens = await api.get('/api/tokens');
    fill($('#tokens-table tbody'), tokens.map(row));
    if (!tokens.length) fill($('#tokens-table tbody'), h('tr', {}, h('td', { colspan: 6, class: 'hint' }, 'No token yet.')));
  } catch (error) {
    status($('#tokens-status'), error.message, 'error');
  }
}

function row(token) {
  const revoked = Boolean(token.revokedAt);
  const expired = !revoked && token.expiresAt && new Date(token.expiresAt) < new Date();
  return h('tr', { dataset: { tokenId: token.id }, class: revoked || expired ? 'inactive' : '' },
    h('th', { scope: 'row' }, iso(token.name)),
    h('td', {}, token.role),
    h('td', {}, token.memoryId ? iso(token.memory ?? `#${token.memoryId}`) : 'all'),
    h('td', {}, token.lastUsedAt ? when(token.lastUsedAt) : 'never'),
    h('td', {}, revoked ? `revoked ${when(token.revokedAt)}` : `${expired ? 'expired' : ''} ${when(token.expiresAt)}`.trim()),
    h('td', {}, revoked ? null : h('button', { type: 'button', onclick: () => revoke(token) }, 'Revoke',
      h('span', { class: 'visually-hidden' }, ' ', iso(token.name)))));
}

async function create(event) {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  const fields = Object.fromEntries(new FormData(form));
  const request = { name: fields.name };
  if (fields.role) request.role = fields.role;
  if (fields.memory) request.memory = fields.memory;
  // The date picked is the last day the token works, in the translator's own time zone.
  if (fields.expiresAt) request.expiresAt = new Date(`${fields.expiresAt}T23:59:59`).toISOString();
  try {
    const made = await api.post('/api/tokens', request);
    form.reset();
    $('#token-secret').textContent = made.token;
    $('#token-created').hidden = false;
    $('#token-copy').focus();
    await list();
  } catch (error) {
    showErrors(form, error);
  }
}

async function copy() {
  try {
    await navigator.clipboard.writeText($('#token-secret').textContent);
    status($('#tokens-status'), 'Copied.');
  } catch {
    // Without clipboard access (plain HTTP on another host), the secret is selected for Ctrl+C.
    window.getSelection().selectAllChildren($('#token-secret'));
    status($('#tokens-status'), 'Press Ctrl+C to copy the selected token.');
  }
}

async function revoke(token) {
  if (!window.confirm(`Revoke “${token.name}”? Tools that use it stop at once.`)) return;
  try {
    await api.del(`/api/tokens/${token.id}`);
    status($('#tokens-status'), `Revoked “${token.name}”.`);
    $('#token-created').hidden = true;
    await list();
  } catch (error) {
    status($('#tokens-status'), error.message, 'error');
  }
}
