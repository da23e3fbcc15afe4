import { describe, expect, it } from 'vitest';
import { groupByPatient, noticeKind } from './notices.js';

const notice = (id, patient, createdAt, severity = 'info') => ({ id, patient, createdAt, severity });

describe('notices', () => {
  it('groups by patient, the patient with the newest notice first and newest first inside a group', () => {
    const groups = groupByPatient([
      notice('a1', 'p-a', '2026-11-29T08:00:00Z'),
      notice('b1', 'p-b', '2026-11-29T09:00:00Z', 'critical'),
      notice('a2', 'p-a', '2026-11-29T10:00:00Z', 'warning'),
      notice('n1', undefined, '2026-11-29T07:00:00Z'),
    ]);
    expect(groups.map((g) => g.patient)).toEqual(['p-a', 'p-b', null]);
    expect(groups[0].notices.map((n) => n.id)).toEqual(['a2', 'a1']);
    expect(groups[0].highest).toBe('warning');
    expect(groups[1].highest).toBe('critical');
  });

  it('shows nothing for no notices and maps severities to notification kinds', () => {
    expect(groupByPatient([])).toEqual([]);
    expect(groupByPatient(undefined)).toEqual([]);
    expect(['critical', 'warning', 'info', 'other'].map(noticeKind)).toEqual(['error', 'warning', 'info', 'info']);
  });
});
