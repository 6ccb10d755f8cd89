// The Dragoman REST API as the page uses it. Every call goes to the page's own origin; failures
// arrive as application/problem+json and are thrown as ApiError with the field violations.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.violations = problem.violations || [];
  }

  /** A one-line message for a status line, with the file position when the server gave one. */
  describe() {
    const p = this.problem;
    if (this.status >= 500 && (p.raw || /internal-error$/.test(p.type || ''))) {
      // The server's detail names the log entry; a proxy's error page says nothing useful.
      const reference = /under (\S+)/.exec(p.detail || '');
      return `The server failed to do this (HTTP ${this.status}); nothing was changed. Try again`
        + (reference ? `, or give your administrator the reference ${reference[1]}.` : '.');
    }
    const where = p.line ? ` (${p.file ? p.file + ', ' : ''}line ${p.line}${p.column ? ', column ' + p.column : ''})` : '';
    const what = !p.detail || p.detail === p.title ? p.title || 'Error' : `${p.title || 'Error'}: ${p.detail}`;
    return `${what}${where}`;
  }
}

/**
 * Headers every call of the page carries: X-Requested-With, so that a 401 offers no Basic
 * challenge (the browser would open its own password dialog), and on writes the CSRF proof: the
 * value of the dragoman_csrf cookie, which another site can neither read nor send as a header.
 */
export function pageHeaders(method) {
  const headers = { 'X-Requested-With': 'fetch' };
  if (!['GET', 'HEAD'].includes(method)) {
    const csrf = document.cookie.split('; ').find((c) => c.startsWith('dragoman_csrf='));
    if (csrf) headers['X-CSRF-Token'] = decodeURIComponent(csrf.slice('dragoman_csrf='.length));
  }
  return headers;
}

async function request(method, path, { query, json, body, headers = {}, signal } = {}) {
  const url = new URL(path, document.baseURI);
  for (const [key, value] of Object.entries(query || {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, value);
  }
  const init = { method, headers: { Accept: 'application/json', ...pageHeaders(method), ...headers }, signal };
  if (json !== undefined) {
    init.body = JSON.stringify(json);
    init.headers['Content-Type'] = 'application/json';
  } else if (body !== undefined) {
    init.body = body;
  }
  const response = await fetch(url, init);
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json() : await response.text();
  if (response.status === 401 && path !== '/api/session') document.dispatchEvent(new CustomEvent('signed-out'));
  if (!response.ok) {
    throw new ApiError(response.status, typeof data === 'object' && data
      ? data : { title: response.statusText, detail: String(data).slice(0, 300), raw: true });
  }
  return data;
}

export const api = {
  get: (path, query, signal) => request('GET', path, { query, signal }),
  post: (path, json, query, signal) => request('POST', path, { json, query, signal }),
  put: (path, json) => request('PUT', path, { json }),
  del: (path) => request('DELETE', path),
  upload: (path, file, query) => request('POST', path, {
    body: file, query, headers: { 'Content-Type': file.type || 'application/octet-stream' },
  }),
};

/** The memories, fetched once and refreshed after a change; other panels read names from here. */
export const memories = {
  list: [],
  async refresh() {
    this.list = await api.get('/api/memories');
    document.dispatchEvent(new CustomEvent('memories-changed'));
    return this.list;
  },
  name(id) {
    const memory = this.list.find((m) => m.id === id);
    return memory ? memory.name : `#${id}`;
  },
};
