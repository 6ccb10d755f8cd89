// Signing in and out. The session lives in an HttpOnly cookie the page cannot read; the page
// learns who is signed in from GET /api/session and hides what that role may not do (the server
// refuses it anyway: hiding only spares the user a 403).
import { api, ApiError } from './api.js';
import { $ } from './dom.js';

const ROLES = ['translator', 'reviewer', 'admin'];

function showWorkbench(me) {
  document.body.dataset.role = me.role;
  for (const level of ROLES) {
    document.body.classList.toggle(`can-${level}`, ROLES.indexOf(me.role) >= ROLES.indexOf(level));
  }
  $('#account-name').textContent = `${me.username} (${me.role})`;
  $('#account').hidden = false;
  $('#panels-nav').hidden = false;
  $('#main').hidden = false;
  $('#signin').hidden = true;
}

function showSignIn() {
  delete document.body.dataset.role;
  $('#account').hidden = true;
  $('#panels-nav').hidden = true;
  $('#main').hidden = true;
  $('#signin').hidden = false;
  $('#signin-user').focus();
}

async function signIn(event) {
  event.preventDefault();
  const form = event.target;
  const error = $('#signin-error');
  error.textContent = '';
  try {
    await api.post('/api/session', { username: form.username.value, password: form.password.value });
    form.password.value = '';
    // A fresh page: every panel starts anew as the signed-in user.
    location.reload();
  } catch (e) {
    error.textContent = e instanceof ApiError && e.status === 401 ? 'Wrong user name or password.' : e.message;
  }
}

async function signOut() {
  try {
    await api.del('/api/session');
  } finally {
    location.reload();
  }
}

/** Shows the workbench to a signed-in user (then calls ready) or the sign-in form to anyone else. */
export async function start(ready) {
  $('#signin-form').addEventListener('submit', signIn);
  $('#sign-out').addEventListener('click', signOut);
  document.addEventListener('signed-out', showSignIn);
  try {
    showWorkbench(await api.get('/api/session'));
    ready();
  } catch {
    showSignIn();
  }
}
