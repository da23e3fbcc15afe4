import { useEffect, useState } from 'react';

/**
 * Hash routing (#/catalog, #/addons/{id}): the page itself is always index.html, so neither host has to send
 * index.html for client-side paths (OpenMRS's module resources servlet cannot), and a reload or a bookmark works.
 */

/** @returns {{path: string, query: URLSearchParams}} the route of a location hash */
export function parseHash(hash) {
  const raw = (hash || '').replace(/^#/, '') || '/';
  const [path, search] = raw.split('?');
  return { path: path.startsWith('/') ? path : `/${path}`, query: new URLSearchParams(search || '') };
}

/** @returns the href of a route */
export function href(path, query) {
  const qs = query ? new URLSearchParams(Object.entries(query).filter(([, v]) => v)).toString() : '';
  return `#${path}${qs ? `?${qs}` : ''}`;
}

export function navigate(path, query) {
  window.location.hash = href(path, query);
}

/** The current route, updated on every hash change. */
export function useRoute() {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const changed = () => setHash(window.location.hash);
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  return parseHash(hash);
}

/**
 * @param {string} pattern e.g. /addons/:id
 * @param {string} path e.g. /addons/org.example.bp
 * @returns the named segments, decoded, or null when the path does not match
 */
export function match(pattern, path) {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) {
    return null;
  }
  const params = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) {
      params[want[i].slice(1)] = decodeURIComponent(got[i]);
    } else if (want[i] !== got[i]) {
      return null;
    }
  }
  return params;
}
