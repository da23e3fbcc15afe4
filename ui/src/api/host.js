/**
 * Where the app runs and so where its API is. The same build is served by two hosts:
 *
 * - the standalone server, at its root: the page is /index.html, the API /ws/rest/addonmarket/v1, sign-in POST /login;
 * - OpenMRS, as module resources: the page is /openmrs/moduleResources/addonmarket/index.html, the API
 *   /openmrs/ws/rest/addonmarket/v1, and users sign in on OpenMRS's own page.
 *
 * The web application's root is found from the page's own path (the part before /moduleResources/addonmarket/ in
 * OpenMRS, else the page's folder), so nothing is configured at build time and a reverse proxy that mounts the
 * standalone server under a prefix (e.g. /market/) works too.
 */

export const API_PATH = 'ws/rest/addonmarket/v1';

const MODULE_RESOURCES = /^(.*\/)moduleResources\/addonmarket\//;

/**
 * @param {string} pathname the page's location.pathname
 * @returns {{host: 'openmrs'|'standalone', root: string, api: string, signIn: string, signOut: string}}
 */
export function locate(pathname) {
  const path = pathname || '/';
  const inOpenmrs = MODULE_RESOURCES.exec(path);
  const root = inOpenmrs ? inOpenmrs[1] : path.replace(/[^/]*$/, '');
  if (inOpenmrs) {
    return {
      host: 'openmrs',
      root,
      api: root + API_PATH,
      signIn: root + 'login.htm',
      signOut: root + 'logout',
    };
  }
  return { host: 'standalone', root, api: root + API_PATH, signIn: root + 'login', signOut: root + 'logout' };
}

/** The host of the page this script runs in. */
export const here = locate(typeof window === 'undefined' ? '/' : window.location.pathname);
