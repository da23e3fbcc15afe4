import { describe, expect, it } from 'vitest';
import { flowView, flowViews, resourceOf } from './dataFlow.js';

const OBS = 'patient/Observation.rs?code=http://loinc.org|8480-6';

describe('data flow', () => {
  it('marks each declared scope and destination used or not, and what was touched without being declared', () => {
    const view = flowView({
      addonId: 'a',
      declared: { scopes: [OBS, 'user/Notice.c'], egress: ['https://api.example.org/'] },
      observed: { scopesUsed: [OBS], resourceTypesRead: ['Observation', 'Condition'], resourceTypesWritten: [],
        egressDestinations: ['https://api.example.org/risk', 'https://evil.example/'] },
      drift: [{ kind: 'SCOPE_UNUSED', subject: 'user/Notice.c', explanation: 'unused' }],
    });
    expect(view.scopes).toEqual([{ scope: OBS, used: true }, { scope: 'user/Notice.c', used: false }]);
    expect(view.egress).toEqual([{ url: 'https://api.example.org/', used: true }]);
    expect(view.undeclared).toEqual(['Condition', 'https://evil.example/']);
    expect(view.drifting).toBe(true);
  });

  it('marks each scope granted now used or not', () => {
    const view = flowView({
      addonId: 'a',
      declared: { scopes: [OBS, 'user/Notice.c'], egress: [], granted: [OBS, 'patient/Patient.r'] },
      observed: { scopesUsed: [OBS] },
      drift: [{ kind: 'SCOPE_UNUSED', subject: 'patient/Patient.r', explanation: 'the grant could be narrowed' }],
    });
    expect(view.granted).toEqual([{ scope: OBS, used: true }, { scope: 'patient/Patient.r', used: false }]);
    expect(flowView({ addonId: 'b', declared: { scopes: [], egress: [] }, observed: {}, drift: [] }).granted).toEqual([]);
  });

  it('puts add-ons with drift first', () => {
    const report = { addons: [
      { addonId: 'a', declared: { scopes: [], egress: [] }, observed: {}, drift: [] },
      { addonId: 'b', declared: { scopes: [], egress: [] }, observed: {}, drift: [{ kind: 'EGRESS_UNDECLARED' }] },
    ] };
    expect(flowViews(report).map((v) => v.addonId)).toEqual(['b', 'a']);
    expect(flowViews(null)).toEqual([]);
    expect(resourceOf('system/*.rs')).toBe('*');
  });
});
