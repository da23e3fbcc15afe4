import { describe, expect, it } from 'vitest';
import { compareVersions, upgradeTarget } from './versions.js';

describe('versions', () => {
  it('orders by number, not by text, and a pre-release before its release', () => {
    expect(compareVersions('1.10.0', '1.9.3')).toBeGreaterThan(0);
    expect(compareVersions('2.0.0-rc.1', '2.0.0')).toBeLessThan(0);
    expect(compareVersions('2.0.0-rc.2', '2.0.0-rc.10')).toBeLessThan(0);
    expect(compareVersions('1.2.0', '1.2.0')).toBe(0);
  });

  it('offers the newest version to a running installation only when it is newer and not already waiting', () => {
    expect(upgradeTarget({ version: '1.2.0', state: 'ACTIVE' }, '1.3.0')).toBe('1.3.0');
    expect(upgradeTarget({ version: '1.3.0', state: 'ACTIVE' }, '1.3.0')).toBeNull();
    expect(upgradeTarget({ version: '1.2.0', pendingVersion: '1.3.0', state: 'ACTIVE' }, '1.3.0')).toBeNull();
    expect(upgradeTarget({ version: '1.2.0', pendingVersion: '1.3.0', state: 'ACTIVE' }, '1.4.0')).toBe('1.4.0');
    expect(upgradeTarget({ version: '1.2.0', state: 'SUSPENDED' }, '1.3.0')).toBeNull();
  });
});
