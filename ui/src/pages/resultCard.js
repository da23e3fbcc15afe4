import { noticeKind } from './notices.js';

function itemText(item) {
  if (item === null || item === undefined) {
    return '—';
  }
  if (typeof item !== 'object') {
    return String(item);
  }
  if (Array.isArray(item)) {
    return item.map(itemText).join(', ');
  }
  return Object.entries(item).map(([k, v]) => `${k}: ${typeof v === 'object' && v !== null ? JSON.stringify(v) : v}`)
    .join(' · ');
}

/**
 * What an action's result shows as a card. Add-ons return {title, text, items, severity} (the developer guide's
 * card); anything else is shown as JSON rather than dropped.
 *
 * @returns {{title: string|null, text: string|null, items: string[], kind: string, severity: string|null,
 *           raw: string|null}} kind is the Carbon notification kind of the severity
 */
export function resultView(result) {
  if (result === null || result === undefined) {
    return { title: null, text: null, items: [], kind: 'success', severity: null, raw: null };
  }
  if (typeof result !== 'object' || Array.isArray(result)) {
    return { title: null, text: null, items: [], kind: 'info', severity: null, raw: JSON.stringify(result, null, 2) };
  }
  const { title, text, items, severity, ...rest } = result;
  const known = title !== undefined || text !== undefined || items !== undefined;
  return {
    title: title === undefined ? null : String(title),
    text: text === undefined ? null : String(text),
    items: Array.isArray(items) ? items.map(itemText) : [],
    severity: severity || null,
    kind: severity ? noticeKind(severity) : 'success',
    raw: !known || Object.keys(rest).length > 0 ? JSON.stringify(known ? rest : result, null, 2) : null,
  };
}
