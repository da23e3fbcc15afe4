import { messages } from './messages.js';

/**
 * @param {string} key a key of messages.js
 * @param {Object} [values] the values of its {placeholders}; with count 1, the key's `.one` form is used if it has one
 * @returns the English text; a missing key shows as itself, so that it is noticed
 */
export function t(key, values) {
  // English has one plural rule: a message may have a `.one` form for a count of exactly 1.
  const singular = values && Number(values.count) === 1 ? messages[`${key}.one`] : undefined;
  const text = singular === undefined ? messages[key] : singular;
  if (text === undefined) {
    return key;
  }
  if (!values) {
    return text;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name) => (values[name] === undefined ? whole : String(values[name])));
}
