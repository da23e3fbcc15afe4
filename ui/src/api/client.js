import { t } from '../i18n.js';
import { here } from './host.js';

/**
 * The one way the app talks to the REST API: same-origin cookies, JSON in and out, the session's CSRF token on every
 * change, and errors turned into {@link ApiError} with the API's error shape
 * ({"error": {"code", "message", "field", "errors": [{"code", "field", "message"}]}}).
 */

const CSRF_HEADER = 'X-CSRF-TOKEN';

let csrfToken = null;
let onSignedOut = () => {};

/** An answer other than 2xx, with the API's error fields. */
export class ApiError extends Error {
  constructor(status, body, fallback) {
    const error = (body && body.error) || {};
    super(error.message || fallback || `HTTP ${status}`);
    this.status = status;
    this.code = error.code || null;
    this.field = error.field || null;
    this.errors = Array.isArray(error.errors) ? error.errors : [];
  }
}

/** Called when the API answers 401 to a signed-in app: the session ended (timeout, sign-out elsewhere). */
export function whenSignedOut(callback) {
  onSignedOut = callback;
}

/** @returns the URL of an API path, e.g. for a download link */
export function apiUrl(path, query) {
  const qs = query ? toQuery(query) : '';
  return here.api + path + (qs ? `?${qs}` : '');
}

/** @returns a query string of the non-empty values */
export function toQuery(params) {
  const search = new URLSearchParams();
  Object.entries(params).forEach(([name, value]) => {
    if (value !== undefined && value !== null && value !== '') {
      search.set(name, String(value));
    }
  });
  return search.toString();
}

async function send(url, { method = 'GET', body, form, signedInCall = true } = {}) {
  const headers = { Accept: 'application/json' };
  const init = { method, credentials: 'same-origin', headers };
  if (method !== 'GET' && csrfToken) {
    headers[CSRF_HEADER] = csrfToken;
  }
  if (form instanceof FormData) {
    init.body = form;
  } else if (form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    init.body = new URLSearchParams(form).toString();
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(url, init);
  } catch (e) {
    throw new ApiError(0, null, t('error.unreachable', { detail: e.message }));
  }
  const token = response.headers.get(CSRF_HEADER);
  if (token) {
    csrfToken = token;
  }
  const text = response.status === 204 ? '' : await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    if (response.status === 401 && signedInCall) {
      onSignedOut();
    }
    throw new ApiError(response.status, data);
  }
  return data;
}

export const api = {
  get: (path, query) => send(apiUrl(path, query)),
  post: (path, body) => send(apiUrl(path), { method: 'POST', body: body === undefined ? {} : body }),
  put: (path, body) => send(apiUrl(path), { method: 'PUT', body }),
  delete: (path) => send(apiUrl(path), { method: 'DELETE' }),
  upload: (path, formData) => send(apiUrl(path), { method: 'POST', form: formData }),
  /** GET /session: the signed-in user, or null; keeps the CSRF token it answers with either way. */
  async session() {
    try {
      return await send(apiUrl('/session'), { signedInCall: false });
    } catch (e) {
      if (e.status === 401) {
        return null;
      }
      throw e;
    }
  },
  /** Signs in with the standalone server's form; answers the session. */
  async signIn(username, password) {
    if (!csrfToken) {
      await api.session();
    }
    return send(here.signIn, { method: 'POST', form: { username, password }, signedInCall: false });
  },
  async signOut() {
    await send(here.signOut, { method: 'POST', signedInCall: false });
    csrfToken = null;
  },
};
