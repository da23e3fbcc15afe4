/** The audit page's filters, as they travel: in the page's hash query and in the API's query. */

export const FILTERS = ['addonId', 'installation', 'patient', 'user', 'outcome', 'kind', 'from', 'to'];

/** @returns the filters of a hash query (URLSearchParams), each '' when absent */
export function filtersOf(query) {
  return Object.fromEntries(FILTERS.map((name) => [name, query.get(name) || '']));
}

/** A datetime-local value (the reader's local time) as an ISO instant, or '' */
export function toInstant(local) {
  if (!local) {
    return '';
  }
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** An ISO instant as a datetime-local value in the reader's time zone, or '' */
export function toLocal(instant) {
  if (!instant) {
    return '';
  }
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) {
    return '';
  }
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** @returns the API query of these filters and page: empty filters left out */
export function apiQuery(filters, page, size) {
  const query = {};
  FILTERS.forEach((name) => {
    if (filters[name]) {
      query[name] = filters[name];
    }
  });
  if (page !== undefined) {
    query.page = page;
    query.size = size;
  }
  return query;
}
