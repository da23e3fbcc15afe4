import { describe, expect, it } from 'vitest';
import { visiblePages } from './privileges.js';

const ids = (privileges) => visiblePages(privileges).map((p) => p.id);

describe('visiblePages', () => {
  it('offers an auditor the catalog, the inventory and the log, never the approval queue', () => {
    expect(ids(['Browse Add-ons', 'View Add-on Access Log'])).toEqual(['catalog', 'inventory', 'audit']);
  });

  it('offers a clinician the catalog and their add-ons', () => {
    expect(ids(['Browse Add-ons', 'Install Add-ons', 'Use Add-ons'])).toEqual(['catalog', 'myAddons']);
  });

  it('offers an administrator the approval queue, installations and inventory', () => {
    expect(ids(['Browse Add-ons', 'Install Add-ons', 'Manage Add-ons', 'Grant Add-on Access'])).toEqual([
      'catalog', 'myAddons', 'approvals', 'installations', 'inventory',
    ]);
  });

  it('offers nothing to a user with none of the module privileges', () => {
    expect(ids([])).toEqual([]);
  });
});
