import { messages } from './messages.js';

/**
 * @param {string} key a key of messages.js
 * @param {Object} [values] the values of its {placeholders}
 * @returns the English text; a missing key shows as itself, so that it is noticed
 */
export function t(key, values) {
  const text = messages[key];
  if (text === undefined) {
    return key;
  }
  if (!values) {
    return text;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name) => (values[name] === undefined ? whole : String(values[name])));
}
