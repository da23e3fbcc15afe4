/**
 * Notices from add-ons as the Notices page shows them: grouped by patient, the group with the newest notice first,
 * newest first inside each; notices about no patient in a group of their own.
 */

import { api } from '../api/client.js';

/**
 * GET /notices with this query; {absent: true} where the host has no notices endpoint (a 404 that is not the API's
 * own error: no code), so that the page can say so instead of failing.
 */
export async function loadNotices(query) {
  try {
    return await api.get('/notices', query);
  } catch (e) {
    if (e.status === 404 && !e.code) {
      return { absent: true, results: [], page: 0, size: 0, total: 0 };
    }
    throw e;
  }
}

const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 };

/** @returns the Carbon notification kind of a notice's severity */
export function noticeKind(severity) {
  switch (severity) {
    case 'critical':
      return 'error';
    case 'warning':
      return 'warning';
    default:
      return 'info';
  }
}

/**
 * @param {Array} notices notices in any order, each with createdAt (ISO) and patient (uuid or absent)
 * @returns [{patient, notices, newest, highest}] patient null for the group of notices about no patient; highest is
 *          the most severe severity in the group
 */
export function groupByPatient(notices) {
  const groups = new Map();
  (notices || []).forEach((notice) => {
    const key = notice.patient || null;
    if (!groups.has(key)) {
      groups.set(key, []);
    }
    groups.get(key).push(notice);
  });
  const newestFirst = (a, b) => String(b.createdAt).localeCompare(String(a.createdAt));
  return [...groups.entries()].map(([patient, list]) => {
    list.sort(newestFirst);
    const highest = list.map((n) => n.severity)
      .sort((a, b) => (SEVERITY_ORDER[a] ?? 3) - (SEVERITY_ORDER[b] ?? 3))[0] || 'info';
    return { patient, notices: list, newest: list[0].createdAt, highest };
  }).sort((a, b) => newestFirst({ createdAt: a.newest }, { createdAt: b.newest }));
}
