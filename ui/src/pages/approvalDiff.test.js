import { describe, expect, it } from 'vitest';
import { DIFF_COLOURS, diffLines, grantRequest, grows } from './approvalDiff.js';

describe('approval editor', () => {
  it('lists what an upgrade adds and widens before what it removes', () => {
    const lines = diffLines({
      added: ['patient/Condition.rs'], widened: [{ from: 'patient/Observation.r', to: 'patient/Observation.rs' }],
      removed: ['user/Notice.c'], egressAdded: ['https://x.example/'], systemScopesAdded: [],
    });
    expect(lines.map((l) => l.kind)).toEqual(['added', 'widened', 'egressAdded', 'removed']);
    expect(lines[1].text).toBe('patient/Observation.r → patient/Observation.rs');
  });

  it('sends only the ticked scopes and egress, and the expiry as the start of that day in UTC', () => {
    expect(grantRequest({
      scopes: { 'patient/Patient.r': false, 'user/Notice.c': true }, egress: { 'https://x/': false },
      rationale: ' ok ', expiresOn: '2027-01-31', lockVersion: 3,
    })).toEqual({ scopes: ['user/Notice.c'], egress: [], rationale: 'ok', expiresAt: '2027-01-31T00:00:00Z',
      lockVersion: 3 });
  });
});

describe('diff colours', () => {
  it('colours what an add-on gains red, what it may gain if chosen purple and what it gives up green', () => {
    const kinds = diffLines({
      added: ['a'], optionalAdded: ['o'], widened: [{ from: 'x', to: 'y' }], systemScopesAdded: ['s'],
      egressAdded: ['e'], narrowed: [{ from: 'y', to: 'x' }], removed: ['r'], egressRemoved: ['f'],
    }).map((l) => l.kind);
    expect(kinds.map((k) => DIFF_COLOURS[k])).toEqual(['red', 'purple', 'red', 'red', 'red', 'green', 'green', 'green']);
    expect(kinds.filter(grows)).toEqual(['added', 'widened', 'systemAdded', 'egressAdded']);
  });
});
