import { describe, expect, it } from 'vitest';
import { href, match, parseHash } from './router.js';

describe('router', () => {
  it('parses a hash with a query', () => {
    const route = parseHash('#/audit?installation=abc&outcome=DENY');
    expect(route.path).toBe('/audit');
    expect(route.query.get('installation')).toBe('abc');
  });

  it('treats an empty hash as the root', () => {
    expect(parseHash('').path).toBe('/');
  });

  it('matches named segments and decodes them', () => {
    expect(match('/addons/:id', '/addons/org.example.bp%2Dalert')).toEqual({ id: 'org.example.bp-alert' });
    expect(match('/addons/:id', '/addons')).toBeNull();
    expect(match('/my-addons/:uuid', '/addons/x')).toBeNull();
  });

  it('leaves empty query values out of an href', () => {
    expect(href('/audit', { installation: 'u1', patient: '' })).toBe('#/audit?installation=u1');
  });
});
