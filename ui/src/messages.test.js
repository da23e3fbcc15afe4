import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from './messages.js';
import { t } from './i18n.js';

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return sources(path);
    }
    return /\.(js|jsx)$/.test(name) && !name.endsWith('.test.js') ? [path] : [];
  });
}

describe('messages', () => {
  it('has every literal key the code asks for', () => {
    const used = new Set();
    sources(new URL('.', import.meta.url).pathname).forEach((file) => {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\('([a-zA-Z0-9.]+)'/g)) {
        used.add(m[1]);
      }
      for (const m of text.matchAll(/label: '([a-zA-Z.]+)'/g)) {
        used.add(m[1]);
      }
    });
    expect([...used].filter((key) => messages[key] === undefined)).toEqual([]);
  });

  it('uses the .one form for a count of 1 where there is one', () => {
    expect(t('catalog.count', { count: 1 })).toBe('1 add-on');
    expect(t('catalog.count', { count: 0 })).toBe('0 add-ons');
    expect(t('kill.suspendAll', { count: 1 })).toBe('Suspend every installation (1)');
  });

  it('fills placeholders and shows a missing key as itself', () => {
    expect(t('catalog.count', { count: 3 })).toBe('3 add-ons');
    expect(t('no.such.key')).toBe('no.such.key');
  });
});
