// A memory's access, for admins: every signed-in user (team), only its members (restricted), each
// member with or without the right to change its units, or everyone, signed in or not (public). The member inputs carry the API's
// field paths (members[1].username), so an unknown user's message lands beside its row.
import { api, memories } from './api.js';
import { $, $$, h, fill, iso, status } from './dom.js';
import { clearErrors, showErrors } from './forms.js';

let current = null;

export function start() {
  const form = $('#memory-access');
  form.addEventListener('submit', save);
  form.addEventListener('change', showMembers);
  $('#memory-access-add').addEventListener('click', () => $('input', addMember({ username: '', write: false })).focus());
  $('#memory-access-cancel').addEventListener('click', close);
}

/** What the memories table shows in its Access column: the level, and the members to an admin. */
export function describe(memory) {
  if (memory.access === 'public') return 'Public';
  if (memory.access !== 'restricted') return 'Team';
  if (!memory.members) return 'Restricted';
  const names = memory.members.map((m, i) => [i ? ', ' : '', iso(m.username), m.write ? ' (writes)' : '']);
  return ['Restricted', names.length ? [': ', names] : ' (admins only)'];
}

/** Opens the editor on a memory as the list shows it. */
export function edit(memory) {
  current = memory;
  const form = $('#memory-access');
  clearErrors(form);
  fill($('#memory-access-title'), 'Access to ', iso(memory.name));
  form.elements.namedItem('access').value = memory.access || 'team';
  fill($('#memory-access-list'));
  for (const member of memory.members || []) addMember(member);
  showMembers();
  form.hidden = false;
  status($('#memory-access-status'), '');
  $('input[name=access]:checked', form).focus();
  users();
}

function close() {
  $('#memory-access').hidden = true;
  current = null;
}

/** The members matter only to a restricted memory; they stay in the form while the admin hesitates. */
function showMembers() {
  $('#memory-access-members').hidden = $('#memory-access').elements.namedItem('access').value !== 'restricted';
}

function addMember(member) {
  const row = h('li', { class: 'row member' },
    h('label', {}, 'User', h('input', { type: 'text', value: member.username, list: 'memory-access-users', dir: 'auto' })),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', checked: member.write || null }), ' May change its units'),
    h('button', { type: 'button', onclick: () => { row.remove(); number(); } }, 'Remove'));
  $('#memory-access-list').append(row);
  number();
  return row;
}

/** Names each row's inputs after its place in the list, as the API's violations name them. */
function number() {
  $$('#memory-access-list li').forEach((row, i) => {
    const [name, write] = $$('input', row);
    name.name = `members[${i}].username`;
    write.name = `members[${i}].write`;
  });
}

async function users() {
  try {
    const list = await api.get('/api/users');
    fill($('#memory-access-users'), list.map((u) => h('option', { value: u.username })));
  } catch {
    // Suggestions only: the names can still be typed.
  }
}

async function save(event) {
  event.preventDefault();
  const form = event.target;
  const access = form.elements.namedItem('access').value;
  const members = access !== 'restricted' ? [] : $$('#memory-access-list li').map((row) => {
    const [name, write] = $$('input', row);
    return { username: name.value.trim(), write: write.checked };
  });
  try {
    const saved = await api.put(`/api/memories/${current.id}/access`, { access, members });
    const name = current.name;
    close();
    status($('#memory-access-status'), `Access to ${name} saved: ${saved.access}.`);
    await memories.refresh();
  } catch (error) {
    showErrors(form, error);
  }
}
