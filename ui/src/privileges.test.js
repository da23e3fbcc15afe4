import { describe, expect, it } from 'vitest';
import { visiblePages } from './privileges.js';

const ids = (privileges) => visiblePages(privileges).map((p) => p.id);

describe('visiblePages', () => {
  it('offers an auditor the catalog, the inventory and the log, never the approval queue', () => {
    expect(ids(['Browse Add-ons', 'View Add-on Access Log'])).toEqual(['catalog', 'inventory', 'audit']);
  });

  it('offers a clinician the catalog, their add-ons and their notices', () => {
    expect(ids(['Browse Add-ons', 'Install Add-ons', 'Use Add-ons'])).toEqual(['catalog', 'myAddons', 'notices']);
  });

  it('offers an administrator the approval queue, installations, kill switch, publishers and inventory', () => {
    expect(ids(['Browse Add-ons', 'Install Add-ons', 'Manage Add-ons', 'Grant Add-on Access'])).toEqual([
      'catalog', 'myAddons', 'notices', 'approvals', 'installations', 'killSwitch', 'publishers', 'inventory',
    ]);
  });

  it('offers a grant-only approver the queue and the inventory, not the kill switch or the trust store', () => {
    expect(ids(['Browse Add-ons', 'Grant Add-on Access'])).toEqual(['catalog', 'approvals', 'inventory']);
  });

  it('offers a publisher publishing but no administration', () => {
    expect(ids(['Browse Add-ons', 'Publish Add-ons'])).toEqual(['catalog', 'publish']);
  });

  it('offers nothing to a user with none of the module privileges', () => {
    expect(ids([])).toEqual([]);
  });
});
